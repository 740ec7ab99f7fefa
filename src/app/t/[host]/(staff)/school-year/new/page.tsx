import { getTranslations } from "next-intl/server";
import { SchoolYearForm } from "@/features/school-year/components/school-year-form";
import { listYears } from "@/features/school-year/queries";
import {
  currentYearName,
  defaultGradingPeriods,
  defaultYearDates,
  nextYearName,
} from "@/lib/school-year-defaults";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("newSchoolYear");

export default async function NewSchoolYearPage() {
  const user = await requirePermission("calendar.manage");
  const tenant = (await currentTenantOfRequest())!;
  const t = await getTranslations("schoolYear");
  const years = await withTenant(user.tenantId, (db) => listYears(db));
  // The year after the school's latest, laid out as a new school's year is.
  const name = years[0] ? nextYearName(years[0].name) : currentYearName(tenant.timezone);
  const dates = defaultYearDates(name);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("newYearTitle")}</h1>
      <SchoolYearForm
        initial={{
          name,
          startsOn: dates.startsOn,
          endsOn: dates.endsOn,
          isCurrent: false,
          periods: defaultGradingPeriods(dates).map((p) => ({ ...p, parentCode: p.parentCode ?? "" })),
        }}
      />
    </div>
  );
}
