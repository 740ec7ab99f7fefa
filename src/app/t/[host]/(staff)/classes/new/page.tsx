import { ClassForm } from "@/features/classes/components/class-form";
import { blankClass } from "@/features/classes/form-values";
import { teacherOptions } from "@/features/classes/queries";
import { defaultBellPeriods, listYears, yearNames } from "@/features/school-year/queries";
import { todayIn } from "@/lib/calendar";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("addAClass");

export default async function NewClassPage() {
  const user = await requirePermission("classes.write");
  const t = await getTranslations("classes");
  const tenant = (await currentTenantOfRequest())!;
  const { teachers, bellPeriods, years, current } = await withTenant(user.tenantId, async (db) => ({
    teachers: await teacherOptions(db),
    bellPeriods: await defaultBellPeriods(db),
    years: await yearNames(db),
    current: (await listYears(db)).find((y) => y.isCurrent) ?? null,
  }));
  const blank = blankClass(todayIn(tenant.timezone));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("list.add")}</h1>
      <ClassForm
        initial={{
          ...blank,
          academicYear: current?.name ?? blank.academicYear,
          // A class added before its year begins starts on the year's first day.
          startDate: current && current.startsOn > blank.startDate ? current.startsOn : blank.startDate,
        }}
        teachers={teachers}
        bellPeriods={bellPeriods}
        years={years}
      />
    </div>
  );
}
