import { notFound } from "next/navigation";
import { StudentForm } from "@/features/students/components/student-form";
import { studentToInput } from "@/features/students/form-values";
import { getStudentProfile, studentAccounts } from "@/features/students/queries";
import { yearNames } from "@/features/school-year/queries";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("editStudent");

export default async function EditStudentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("students.write");
  const t = await getTranslations("students");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const loaded = await withTenant(user.tenantId, async (db) => {
    const profile = await getStudentProfile(db, id, user);
    return profile ? { profile, accounts: await studentAccounts(db, id), years: await yearNames(db) } : null;
  });
  if (!loaded) notFound();
  const {
    profile: { student },
    accounts,
    years,
  } = loaded;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">
        {t("form.editTitle", { name: `${student.firstName} ${student.lastName}` })}
      </h1>
      <StudentForm
        studentId={student.id}
        initial={studentToInput(student)}
        showSensitive={can(user, "students.read_sensitive")}
        accounts={accounts}
        years={years}
      />
    </div>
  );
}
