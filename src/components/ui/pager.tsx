"use client";
import Link from "next/link";
import { useListHref } from "./data-table";

/** "Page 2 of 9" with previous/next links that keep the list's other URL parameters. */
export function Pager({ page, pageCount, total, noun }: { page: number; pageCount: number; total: number; noun: string }) {
  const href = useListHref();
  const link = "rounded border border-slate-400 px-3 py-1 font-medium text-slate-900 hover:bg-slate-100";
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-700">{total} {noun}{total === 1 ? "" : noun.endsWith("s") ? "es" : "s"} · page {page} of {pageCount}</p>
      <div className="flex gap-2">
        {page > 1 ? <Link className={link} href={href({ page: page === 2 ? null : String(page - 1) })}>Previous page</Link> : null}
        {page < pageCount ? <Link className={link} href={href({ page: String(page + 1) })}>Next page</Link> : null}
      </div>
    </nav>
  );
}
