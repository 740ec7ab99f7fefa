import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listYears } from "@/features/school-year/queries";
import { formatDay } from "@/lib/dates";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("schoolYear");

const SECTIONS = [
  { href: "/school-year/calendar", key: "calendar" },
  { href: "/school-year/bell-schedules", key: "bells" },
  { href: "/school-year/master-schedule", key: "master" },
  { href: "/school-year/rollover", key: "rollover" },
] as const;

export default async function SchoolYearPage() {
  const user = await requirePermission("calendar.manage");
  const tenant = (await currentTenantOfRequest())!;
  const t = await getTranslations("schoolYear.hub");
  const years = await withTenant(user.tenantId, (db) => listYears(db));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {SECTIONS.map((s) => (
          <li key={s.key} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={s.href} className="font-semibold text-blue-800 underline">
              {t(s.key)}
            </Link>
            <p className="mt-1 text-sm text-slate-700">{t(`${s.key}Hint`)}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="years-title" className="space-y-3">
        <div className="flex items-center justify-between">
          <h2 id="years-title" className="text-xl font-semibold">
            {t("years")}
          </h2>
          <Link
            href="/school-year/new"
            className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast"
          >
            {t("newYear")}
          </Link>
        </div>
        {years.length === 0 ? (
          <p>{t("noYears")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {years.map((y) => (
              <li key={y.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
                <div>
                  <span className="font-semibold">{y.name}</span>{" "}
                  {y.isCurrent ? (
                    <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-sm text-green-900">
                      {t("current")}
                    </span>
                  ) : null}
                  <p className="text-sm text-slate-700">
                    {t("dates", {
                      from: formatDay(y.startsOn, tenant.locale, "medium"),
                      to: formatDay(y.endsOn, tenant.locale, "medium"),
                    })}
                  </p>
                </div>
                <Link href={`/school-year/${y.id}`} className="text-blue-800 underline">
                  {t("edit", { name: y.name })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
