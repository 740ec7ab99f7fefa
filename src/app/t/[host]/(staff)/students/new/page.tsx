import { StudentForm } from "@/features/students/components/student-form";
import { blankStudent } from "@/features/students/form-values";
import { studentAccounts } from "@/features/students/queries";
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
  const accounts = await withTenant(user.tenantId, (db) => studentAccounts(db));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("list.add")}</h1>
      <StudentForm
        initial={blankStudent(todayIn(tenant.timezone))}
        showSensitive={can(user, "students.read_sensitive")}
        accounts={accounts}
      />
    </div>
  );
}
