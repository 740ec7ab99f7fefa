import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SavedNotice } from "@/components/ui/saved-notice";
import { SchoolYearForm } from "@/features/school-year/components/school-year-form";
import { getYearWithPeriods } from "@/features/school-year/queries";
import { requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("editSchoolYear");

export default async function EditSchoolYearPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("calendar.manage");
  const t = await getTranslations("schoolYear");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const year = await withTenant(user.tenantId, (db) => getYearWithPeriods(db, id));
  if (!year) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("editYearTitle", { name: year.name })}</h1>
      <SavedNotice created={t("yearAdded")} />
      <SchoolYearForm
        yearId={id}
        initial={{
          name: year.name,
          startsOn: year.startsOn,
          endsOn: year.endsOn,
          isCurrent: year.isCurrent,
          periods: year.periods.map((p) => ({ ...p, weight: p.weight })),
        }}
      />
    </div>
  );
}
