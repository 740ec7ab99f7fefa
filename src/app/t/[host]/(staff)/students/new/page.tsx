import { StudentForm } from "@/features/students/components/student-form";
import { blankStudent } from "@/features/students/form-values";
import { studentAccounts } from "@/features/students/queries";
import { currentYearOf, yearNames } from "@/features/school-year/queries";
import { withTenant } from "@/server/db/with-tenant";
import { todayIn } from "@/lib/calendar";
import { can } from "@/server/auth/permissions";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("addAStudent");

export default async function NewStudentPage() {
  const user = await requirePermission("students.write");
  const t = await getTranslations("students");
  const tenant = (await currentTenantOfRequest())!;
  const { accounts, years, current } = await withTenant(user.tenantId, async (db) => ({
    accounts: await studentAccounts(db),
    years: await yearNames(db),
    current: await currentYearOf(db),
  }));
  const blank = blankStudent(todayIn(tenant.timezone));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("list.add")}</h1>
      <StudentForm
        initial={{ ...blank, academicYear: current ?? blank.academicYear }}
        showSensitive={can(user, "students.read_sensitive")}
        accounts={accounts}
        years={years}
      />
    </div>
  );
}
