import { notFound } from "next/navigation";
import { LanguageChoice } from "@/features/portal/components/language-choice";
import { getLocale, getTranslations } from "next-intl/server";
import { todayIn } from "@/lib/calendar";
import { formatDay } from "@/lib/dates";
import { getCurrentTenant } from "@/server/tenancy/current-tenant";

export const dynamic = "force-dynamic";

export default async function SchoolHome({ params }: { params: Promise<{ host: string }> }) {
  const tenant = await getCurrentTenant(decodeURIComponent((await params).host));
  if (!tenant) notFound();
  const today = todayIn(tenant.timezone);
  const t = await getTranslations("schoolHome");
  const locale = await getLocale();
  return (
    <div>
      <div className="flex justify-end">
        <LanguageChoice />
      </div>
      <h1 className="text-3xl font-bold tracking-tight">{t("welcome", { school: tenant.name })}</h1>
      <p className="mt-2 text-slate-700" data-testid="school-today">
        {t.rich("today", { day: () => <time dateTime={today}>{formatDay(today, locale)}</time> })}
      </p>
      <div className="mt-8 grid gap-4 sm:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 className="text-lg font-semibold">{t("staffTitle")}</h2>
          <p className="mt-2 text-slate-700">{t("staffText")}</p>
          <a href="/login" className="mt-3 inline-block font-medium text-blue-800 underline">
            {t("signIn")}
          </a>
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 className="text-lg font-semibold">{t("familiesTitle")}</h2>
          <p className="mt-2 text-slate-700">{t("familiesText")}</p>
          <a href="/portal" className="mt-3 inline-block font-medium text-blue-800 underline">
            {t("portal")}
          </a>
        </section>
      </div>
    </div>
  );
}
