import { TeacherForm } from "@/features/teachers/components/teacher-form";
import { blankTeacher, linkableAccounts } from "@/features/teachers/queries";
import { todayIn } from "@/lib/calendar";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("addATeacher");

export default async function NewTeacherPage() {
  const user = await requirePermission("teachers.write");
  const t = await getTranslations("teachers");
  const tenant = (await currentTenantOfRequest())!;
  const accounts = await withTenant(user.tenantId, (db) => linkableAccounts(db));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("list.add")}</h1>
      <TeacherForm initial={blankTeacher(todayIn(tenant.timezone))} accounts={accounts} subjects={[]} />
    </div>
  );
}
