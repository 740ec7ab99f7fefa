import { getTranslations } from "next-intl/server";
import { Stat } from "@/features/dashboard/components/stat";
import { studentAttendance } from "@/features/attendance/queries";
import { childMarks, messagesSent } from "@/features/portal/attendance";
import { MarkLine } from "@/features/portal/components/mark-line";
import { portalChildPage } from "@/features/portal/page-context";
import { formatDay } from "@/lib/dates";
import { formatDecimalText } from "@/lib/number-format";
import { pageTitle } from "@/i18n/page-title";
import { withTenant } from "@/server/db/with-tenant";

export const generateMetadata = pageTitle("portalAttendance");

type Props = { params: Promise<{ childId: string }> };

/**
 * The year so far (the same figures as the office's page for this student), today's and the
 * last month's absences and late arrivals with their reasons, and the messages the school sent.
 */
export default async function ChildAttendance({ params }: Props) {
  const { child, user, tenant, today, locale } = await portalChildPage((await params).childId);
  const t = await getTranslations("portal.attendance");
  const data = await withTenant(user.tenantId, async (db) => ({
    summary: await studentAttendance(db, user, child.id, today.slice(0, 7), tenant.timezone),
    marks: await childMarks(db, child.id, today),
    messages: await messagesSent(db, child.id),
  }));
  const year = data.summary?.year;
  const byDay = new Map<string, typeof data.marks.recent>();
  for (const m of data.marks.recent) byDay.set(m.day, [...(byDay.get(m.day) ?? []), m]);
  return (
    <div className="space-y-5">
      {year ? (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label={t("membershipDays")} value={year.membershipDays} />
          <Stat label={t("absentDays")} value={formatDecimalText(year.absentDays, locale)} />
          <Stat label={t("tardies")} value={year.tardies} />
          <Stat
            label={t("rate")}
            value={
              year.chronic.evaluated
                ? t("absentPercent", { percent: formatDecimalText(year.chronic.percent, locale) })
                : t("tooEarly")
            }
          />
        </dl>
      ) : null}
      <section aria-labelledby="today-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="today-title" className="text-lg font-semibold">
          {t("today")}
        </h2>
        {data.marks.today.length === 0 ? (
          <p className="mt-1 text-slate-700">{t("noMarksToday")}</p>
        ) : (
          <ul className="mt-1">
            {data.marks.today.map((m, i) => (
              <MarkLine key={i} mark={m} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="recent-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="recent-title" className="text-lg font-semibold">
          {t("recent")}
        </h2>
        {byDay.size === 0 ? (
          <p className="mt-1 text-slate-700">{t("noneRecent")}</p>
        ) : (
          <ul className="mt-1 divide-y divide-slate-100">
            {[...byDay].map(([day, marks]) => (
              <li key={day} className="py-2">
                <h3 className="font-medium">{formatDay(day, locale)}</h3>
                <ul>
                  {marks.map((m, i) => (
                    <MarkLine key={i} mark={m} />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="messages-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="messages-title" className="text-lg font-semibold">
          {t("messages")}
        </h2>
        {data.messages.length === 0 ? (
          <p className="mt-1 text-slate-700">{t("noMessages")}</p>
        ) : (
          <ul className="mt-1 space-y-1" data-testid="messages-sent">
            {data.messages.map((m) => (
              <li key={m.day}>
                {t("messageLine", { day: formatDay(m.day, locale, "medium"), reason: m.reason ?? "absent" })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
