import { notFound } from "next/navigation";
import { TeacherForm } from "@/features/teachers/components/teacher-form";
import { getTeacher, linkableAccounts, teacherToInput } from "@/features/teachers/queries";
import { requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("editTeacher");

export default async function EditTeacherPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("teachers.write");
  const t = await getTranslations("teachers");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const loaded = await withTenant(user.tenantId, async (db) => {
    const teacher = await getTeacher(db, id);
    return teacher ? { teacher, accounts: await linkableAccounts(db, id) } : null;
  });
  if (!loaded) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">
        {t("form.editTitle", { name: `${loaded.teacher.firstName} ${loaded.teacher.lastName}` })}
      </h1>
      <TeacherForm
        teacherId={id}
        initial={teacherToInput(loaded.teacher)}
        accounts={loaded.accounts}
        subjects={loaded.teacher.subjectsTaught}
      />
    </div>
  );
}
