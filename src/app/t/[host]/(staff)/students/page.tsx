import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { StudentFilters } from "@/features/students/components/student-filters";
import { StudentsTable } from "@/features/students/components/students-table";
import { listStudents, studentListTransaction } from "@/features/students/queries";
import { studentListQuerySchema } from "@/features/students/schemas";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("students");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StudentsPage({ searchParams }: Props) {
  const user = await requirePermission("students.read");
  const t = await getTranslations("students");
  const raw = await searchParams;
  const query = studentListQuerySchema.parse(raw);
  const list = await withTenant(
    user.tenantId,
    (db) => listStudents(db, query, user),
    studentListTransaction(query),
  );
  const exportQuery = new URLSearchParams(
    Object.entries(query)
      .filter(([k, v]) => v !== undefined && k !== "page" && k !== "size")
      .map(([k, v]) => [k, String(v)]),
  );
  const hide = typeof raw.hide === "string" ? raw.hide : undefined;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{t("list.caption")}</h1>
          <p className="mt-1 text-slate-700">
            {user.role === "teacher" ? t("list.introTeacher") : t("list.intro")}
          </p>
        </div>
        <div className="flex gap-3">
          <a
            href={`/students/export.csv?${exportQuery}`}
            className="rounded border border-slate-400 px-4 py-2 font-medium text-slate-900 hover:bg-slate-100"
          >
            {t("list.export")}
          </a>
          {can(user, "students.write") ? (
            <Link
              href="/students/guardians"
              className="rounded border border-slate-400 px-4 py-2 font-medium text-slate-900 hover:bg-slate-100"
            >
              {t("list.inviteGuardians")}
            </Link>
          ) : null}
          {can(user, "students.write") ? (
            <Link
              href="/students/new"
              className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast"
            >
              {t("list.add")}
            </Link>
          ) : null}
        </div>
      </div>
      <StudentFilters
        query={query}
        years={list.options.years}
        grades={list.options.grades}
        {...(query.sort ? { sort: query.sort } : {})}
        {...(hide ? { hide } : {})}
      />
      <StudentsTable rows={list.rows} />
      <Pager
        page={list.page}
        pageCount={list.pageCount}
        counted={t("list.counted", { count: list.total })}
        pageSize={list.size}
      />
    </div>
  );
}
