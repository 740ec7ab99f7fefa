import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { TeachersTable } from "@/features/teachers/components/teachers-table";
import { departments, listTeachers } from "@/features/teachers/queries";
import { EMPLOYMENT_STATUS_LABELS, EMPLOYMENT_STATUSES, teacherListQuerySchema } from "@/features/teachers/schemas";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";

export const metadata: Metadata = { title: "Teachers" };

export default async function TeachersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("teachers.read");
  const query = teacherListQuerySchema.parse(await searchParams);
  const [list, depts] = await withTenant(user.tenantId, async (db) => [await listTeachers(db, query), await departments(db)] as const);
  const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">Teachers</h1>
        {can(user, "teachers.write") ? <Link href="/teachers/new" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">Add a teacher</Link> : null}
      </div>
      <form role="search" method="get" className="grid gap-3 md:grid-cols-[2fr_1fr_1fr_auto] md:items-end">
        {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : null}
        <div>
          <label htmlFor="teacher-q" className="block text-sm font-medium">Search by name, email or employee ID</label>
          <input id="teacher-q" name="q" type="search" defaultValue={query.q ?? ""} className={field} />
        </div>
        <div>
          <label htmlFor="teacher-dept" className="block text-sm font-medium">Department</label>
          <select id="teacher-dept" name="department" defaultValue={query.department ?? ""} className={field}>
            <option value="">All departments</option>
            {depts.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="teacher-status" className="block text-sm font-medium">Status</label>
          <select id="teacher-status" name="status" defaultValue={query.status ?? ""} className={field}>
            <option value="">Any status</option>
            {EMPLOYMENT_STATUSES.map((s) => <option key={s} value={s}>{EMPLOYMENT_STATUS_LABELS[s]}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">Apply</button>
      </form>
      <TeachersTable rows={list.rows} />
      <Pager page={list.page} pageCount={list.pageCount} total={list.total} noun="teacher" />
    </div>
  );
}
