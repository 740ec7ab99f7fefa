import type { Metadata } from "next";
import { TeacherForm } from "@/features/teachers/components/teacher-form";
import { blankTeacher, linkableAccounts } from "@/features/teachers/queries";
import { todayIn } from "@/lib/calendar";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";

export const metadata: Metadata = { title: "Add a teacher" };

export default async function NewTeacherPage() {
  const user = await requirePermission("teachers.write");
  const tenant = (await currentTenantOfRequest())!;
  const accounts = await withTenant(user.tenantId, (db) => linkableAccounts(db));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Add a teacher</h1>
      <TeacherForm initial={blankTeacher(todayIn(tenant.timezone))} accounts={accounts} subjects={[]} />
    </div>
  );
}
