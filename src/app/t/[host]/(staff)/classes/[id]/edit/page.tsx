import { notFound } from "next/navigation";
import { ClassForm } from "@/features/classes/components/class-form";
import { classToInput } from "@/features/classes/form-values";
import { getClass, teacherOptions } from "@/features/classes/queries";
import { defaultBellPeriods, yearNames } from "@/features/school-year/queries";
import { requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("editClass");

export default async function EditClassPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("classes.write");
  const t = await getTranslations("classes");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const loaded = await withTenant(user.tenantId, async (db) => {
    const cls = await getClass(db, id);
    return cls
      ? {
          cls,
          teachers: await teacherOptions(db),
          bellPeriods: await defaultBellPeriods(db),
          years: await yearNames(db),
        }
      : null;
  });
  if (!loaded) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("form.editTitle", { name: loaded.cls.name })}</h1>
      <ClassForm
        classId={id}
        initial={classToInput(loaded.cls)}
        teachers={loaded.teachers}
        bellPeriods={loaded.bellPeriods}
        years={loaded.years}
      />
    </div>
  );
}
