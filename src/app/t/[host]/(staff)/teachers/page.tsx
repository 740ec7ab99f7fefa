import Link from "next/link";
import { FilterSearch, FilterSelect, labelled } from "@/components/ui/filter-fields";
import { Pager } from "@/components/ui/pager";
import { TeachersTable } from "@/features/teachers/components/teachers-table";
import { departments, listTeachers } from "@/features/teachers/queries";
import { EMPLOYMENT_STATUSES, teacherListQuerySchema } from "@/features/teachers/schemas";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/i18n/server-vocabulary";

export const generateMetadata = pageTitle("teachers");

export default async function TeachersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("teachers.read");
  const t = await getTranslations("teachers");
  const v = await getVocabulary();
  const query = teacherListQuerySchema.parse(await searchParams);
  const [list, depts] = await withTenant(
    user.tenantId,
    async (db) => [await listTeachers(db, query), await departments(db)] as const,
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">{t("list.title")}</h1>
        {can(user, "teachers.write") ? (
          <Link href="/teachers/new" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">
            {t("list.add")}
          </Link>
        ) : null}
      </div>
      <form role="search" method="get" className="grid gap-3 md:grid-cols-[2fr_1fr_1fr_auto] md:items-end">
        {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : null}
        <FilterSearch id="teacher-q" label={t("list.search")} value={query.q} />
        <FilterSelect
          id="teacher-dept"
          name="department"
          label={t("field.department")}
          value={query.department}
          anyLabel={t("list.allDepartments")}
          options={labelled(depts, (d) => d)}
        />
        <FilterSelect
          id="teacher-status"
          name="status"
          label={t("list.status")}
          value={query.status}
          anyLabel={t("list.anyStatus")}
          options={v.options(EMPLOYMENT_STATUSES, v.employmentStatus)}
        />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">
          {t("list.apply")}
        </button>
      </form>
      <TeachersTable rows={list.rows} />
      <Pager page={list.page} pageCount={list.pageCount} counted={t("list.counted", { count: list.total })} />
    </div>
  );
}
