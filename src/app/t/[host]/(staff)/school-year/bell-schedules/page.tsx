import { getTranslations } from "next-intl/server";
import { BellScheduleForm } from "@/features/school-year/components/bell-schedule-form";
import { listBellSchedules } from "@/features/school-year/queries";
import { requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("bellSchedules");

export default async function BellSchedulesPage() {
  const user = await requirePermission("calendar.manage");
  const t = await getTranslations("schoolYear.bells");
  const schedules = await withTenant(user.tenantId, (db) => listBellSchedules(db));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </div>
      {schedules.map((s) => (
        <section
          key={s.id}
          aria-labelledby={`bells-${s.id}`}
          className="rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id={`bells-${s.id}`} className="mb-3 text-xl font-semibold">
            {s.name}
            {s.isDefault ? <span className="ml-2 text-base font-normal"> ({t("default")})</span> : null}
          </h2>
          <BellScheduleForm
            scheduleId={s.id}
            initial={{ name: s.name, isDefault: s.isDefault, periods: s.periods }}
          />
        </section>
      ))}
      <section aria-labelledby="bells-new" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="bells-new" className="mb-3 text-xl font-semibold">
          {t("newTitle")}
        </h2>
        <BellScheduleForm
          initial={{
            name: "",
            isDefault: schedules.length === 0,
            periods: (schedules.find((s) => s.isDefault)?.periods ?? []).map((p) => ({ ...p })),
          }}
        />
      </section>
    </div>
  );
}
