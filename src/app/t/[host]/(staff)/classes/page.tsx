import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-fields";
import { Pager } from "@/components/ui/pager";
import { listClasses } from "@/features/classes/queries";
import { currentYearOf, yearNames } from "@/features/school-year/queries";
import { can } from "@/server/auth/permissions";
import { todayIn } from "@/lib/calendar";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/i18n/server-vocabulary";

export const generateMetadata = pageTitle("classes");

type Props = { searchParams: Promise<{ q?: string; page?: string; unmarked?: string; year?: string }> };

export default async function ClassesPage({ searchParams }: Props) {
  const user = await requirePermission("classes.read");
  const t = await getTranslations("classes");
  const v = await getVocabulary();
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  // ?unmarked=today: the dashboard's "classes without attendance today", in full.
  const unmarked = params.unmarked === "today";
  const tenant = (await currentTenantOfRequest())!;
  const { list, years, year } = await withTenant(user.tenantId, async (db) => {
    const years = await yearNames(db);
    // This year's classes unless another year (or every year: "all") is asked for.
    const asked = typeof params.year === "string" ? params.year : "";
    const year = asked === "all" ? null : years.includes(asked) ? asked : await currentYearOf(db);
    const list = await listClasses(
      db,
      { q, page, year, ...(unmarked ? { unmarkedOn: todayIn(tenant.timezone) } : {}) },
      user,
    );
    return { list, years, year };
  });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">
            {user.role === "teacher" ? t("list.mine") : t("list.title")}
          </h1>
          <p className="mt-1 text-slate-700">
            {user.role === "teacher" ? t("list.introTeacher") : t("list.intro")}
          </p>
        </div>
        {can(user, "classes.write") ? (
          <Link href="/classes/new" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">
            {t("list.add")}
          </Link>
        ) : null}
      </div>
      {unmarked ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("list.unmarkedOnly")}{" "}
          <Link href="/classes" className="underline">
            {t("list.showAll")}
          </Link>
        </p>
      ) : null}
      <form role="search" method="get" className="flex flex-wrap items-end gap-3">
        {unmarked ? <input type="hidden" name="unmarked" value="today" /> : null}
        <FilterSelect
          id="class-year"
          name="year"
          label={t("list.year")}
          value={year ?? "all"}
          options={[
            ...years.map((y) => ({ value: y, label: y })),
            { value: "all", label: t("list.allYears") },
          ]}
        />
        <div className="grow">
          <label htmlFor="class-q" className="block text-sm font-medium">
            {t("list.search")}
          </label>
          <input
            id="class-q"
            name="q"
            type="search"
            defaultValue={q}
            className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">
          {t("list.searchButton")}
        </button>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption className="sr-only">{t("list.title")}</caption>
          <thead className="bg-slate-50">
            <tr>
              {[
                t("list.class"),
                t("list.code"),
                t("field.subject"),
                t("list.grade"),
                t("field.teacher"),
                t("field.room"),
                t("list.enrolled"),
              ].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 font-semibold">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {list.rows.map((c) => (
              <tr key={c.id}>
                <td className="px-3 py-2">
                  <Link href={`/classes/${c.id}`} className="font-medium text-blue-800 underline">
                    {c.name}
                  </Link>
                </td>
                <td className="px-3 py-2">{c.code}</td>
                <td className="px-3 py-2">{c.subject}</td>
                <td className="px-3 py-2">{v.grade(c.gradeLevel)}</td>
                <td className="px-3 py-2">{c.teacher ?? "—"}</td>
                <td className="px-3 py-2">{c.room ?? "—"}</td>
                <td className="px-3 py-2">
                  {c.enrolled} / {c.capacity}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.rows.length === 0 ? (
          <p className="p-6 text-center text-slate-700">
            {unmarked ? t("list.allMarked") : q ? t("list.noMatch") : t("list.empty")}
          </p>
        ) : null}
      </div>
      <Pager page={list.page} pageCount={list.pageCount} counted={t("list.counted", { count: list.total })} />
    </div>
  );
}
