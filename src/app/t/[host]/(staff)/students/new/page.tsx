import type { Metadata } from "next";
import { StudentForm } from "@/features/students/components/student-form";
import { blankStudent } from "@/features/students/form-values";
import { todayIn } from "@/lib/calendar";
import { can } from "@/server/auth/permissions";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";

export const metadata: Metadata = { title: "Add a student" };

export default async function NewStudentPage() {
  const user = await requirePermission("students.write");
  const tenant = (await currentTenantOfRequest())!;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Add a student</h1>
      <StudentForm initial={blankStudent(todayIn(tenant.timezone))} showSensitive={can(user, "students.read_sensitive")} />
    </div>
  );
}
