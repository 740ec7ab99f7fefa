"use client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { PAGE_SIZES } from "@/lib/list-query";
import { useListHref } from "./data-table";

const LINK = "rounded border border-slate-400 px-3 py-1 font-medium text-slate-900 hover:bg-slate-100";
const FIELD = "rounded border border-slate-400 bg-white px-2 py-1";

/**
 * "Page 2 of 9" with previous/next links that keep the list's other URL parameters, a jump to any
 * page and, where the list offers it (pageSize given), a choice of rows per page.
 */
export function Pager({
  page,
  pageCount,
  counted,
  pageSize,
}: {
  page: number;
  pageCount: number;
  /** The list's total as the list says it ("812 students"). */
  counted: string;
  pageSize?: number;
}) {
  const href = useListHref();
  const t = useTranslations("pager");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-700">{t("summary", { counted, page, pageCount })}</p>
      <div className="flex flex-wrap items-center gap-3">
        {pageCount > 1 || pageSize !== undefined ? (
          <PageForm page={page} pageCount={pageCount} pageSize={pageSize} />
        ) : null}
        {page > 1 ? (
          <Link className={LINK} href={href({ page: page === 2 ? null : String(page - 1) })}>
            {t("previous")}
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link className={LINK} href={href({ page: String(page + 1) })}>
            {t("next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}

/** A plain GET form (works before the page is interactive) that carries the list's other parameters. */
function PageForm({
  page,
  pageCount,
  pageSize,
}: {
  page: number;
  pageCount: number;
  pageSize: number | undefined;
}) {
  const params = useSearchParams();
  const t = useTranslations("pager");
  const kept = [...params.entries()].filter(([key]) => key !== "page" && key !== "size");
  return (
    <form method="get" className="flex flex-wrap items-center gap-2">
      {kept.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      {pageCount > 1 ? (
        <>
          <label htmlFor="pager-page">{t("goTo")}</label>
          <input
            id="pager-page"
            name="page"
            type="number"
            min={1}
            max={pageCount}
            defaultValue={page}
            required
            className={`${FIELD} w-20`}
          />
        </>
      ) : null}
      {pageSize !== undefined ? (
        <>
          <label htmlFor="pager-size">{t("rows")}</label>
          <select id="pager-size" name="size" defaultValue={String(pageSize)} className={FIELD}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <button type="submit" className={LINK}>
        {t("show")}
      </button>
    </form>
  );
}
