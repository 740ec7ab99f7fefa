import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BulkInvite } from "@/features/guardians/components/bulk-invite";
import { gradesWithStudents, guardianInviteRuns } from "@/features/guardians/queries";
import { getVocabulary } from "@/i18n/server-vocabulary";
import { pageTitle } from "@/i18n/page-title";
import { requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";

export const generateMetadata = pageTitle("guardianInvites");

/** The office invites every guardian of a grade, or of the school, to the family portal. */
export default async function GuardianInvitesPage() {
  const user = await requirePermission("students.write");
  const t = await getTranslations("guardians.bulk");
  const v = await getVocabulary();
  const format = await getFormatter();
  const [grades, runs] = await withTenant(user.tenantId, (db) =>
    Promise.all([gradesWithStudents(db), guardianInviteRuns(db)]),
  );
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">
        <Link href="/students" className="underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <BulkInvite
        gradeLevels={grades.map((g) => ({ value: g, label: v.grade(g) }))}
        runs={runs.map(({ createdAt, ...r }) => ({
          ...r,
          scope: r.gradeLevel ? v.grade(r.gradeLevel) : t("wholeSchool"),
          when: createdAt ? format.dateTime(createdAt, { dateStyle: "medium", timeStyle: "short" }) : "",
        }))}
      />
    </div>
  );
}
