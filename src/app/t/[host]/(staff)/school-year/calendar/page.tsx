import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CalendarDayEditor } from "@/features/school-year/components/calendar-day-editor";
import { calendarMonth, listBellSchedules, loadSchoolCalendar } from "@/features/school-year/queries";
import { addDays, todayIn, weekday, type Day } from "@/lib/calendar";
import { dateTimeFormat } from "@/lib/date-time-format";
import { formatDay } from "@/lib/dates";
import { dayStatus, type DayStatus } from "@/lib/school-calendar";
import { can } from "@/server/auth/permissions";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("calendar");

type Props = { searchParams: Promise<{ month?: string }> };

const monthOf = (day: Day) => day.slice(0, 7);
const shiftMonth = (month: string, by: number) => {
  const date = new Date(`${month}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + by);
  return date.toISOString().slice(0, 7);
};

export default async function CalendarPage({ searchParams }: Props) {
  const user = await requirePermission("classes.read");
  const tenant = (await currentTenantOfRequest())!;
  const t = await getTranslations("schoolYear");
  const today = todayIn(tenant.timezone);
  const asked = (await searchParams).month;
  const month = typeof asked === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : monthOf(today);
  const first = `${month}-01`;
  const editable = can(user, "calendar.manage");
  const { exceptions, calendar, schedules } = await withTenant(user.tenantId, async (db) => ({
    exceptions: await calendarMonth(db, month),
    calendar: await loadSchoolCalendar(db, first),
    schedules: await listBellSchedules(db),
  }));
  // Weeks from Monday: the grid's first cell is the Monday on or before the 1st.
  const start = addDays(first, -((weekday(first) + 6) % 7));
  const weeks: Day[][] = [];
  for (let day = start; monthOf(day) <= month; day = addDays(day, 7))
    weeks.push(Array.from({ length: 7 }, (_, k) => addDays(day, k)));
  const monthLabel = dateTimeFormat(tenant.locale, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${first}T00:00:00Z`));
  const weekdayLabel = (day: Day) =>
    dateTimeFormat(tenant.locale, { weekday: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
  const bellName = new Map(schedules.map((s) => [s.id, s.name]));
  const describe = (day: Day) => {
    const status: DayStatus = calendar ? dayStatus(calendar, day) : { open: false, why: "outside_year" };
    if (!status.open) return { open: false, text: status.reason ?? t(`why.${status.why}`) };
    const exception = status.exception;
    if (!exception) return { open: true, text: t("calendar.schoolDay") };
    const bells = exception.bellScheduleId ? bellName.get(exception.bellScheduleId) : null;
    return { open: true, text: [exception.reason, bells].filter(Boolean).join(" · ") };
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{t("calendar.title")}</h1>
          <p className="mt-1 text-slate-700">
            {editable ? t("calendar.intro") : t("calendar.introReadOnly")}
          </p>
        </div>
        <nav aria-label={t("calendar.months")} className="flex items-center gap-3">
          <Link href={`?month=${shiftMonth(month, -1)}`} className="text-blue-800 underline">
            {t("calendar.previous")}
          </Link>
          <Link href={`?month=${monthOf(today)}`} className="text-blue-800 underline">
            {t("calendar.thisMonth")}
          </Link>
          <Link href={`?month=${shiftMonth(month, 1)}`} className="text-blue-800 underline">
            {t("calendar.next")}
          </Link>
        </nav>
      </div>
      {!calendar ? <p role="status">{t("calendar.noYear")}</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[44rem] table-fixed border-collapse bg-white text-sm">
          <caption className="mb-2 text-left text-xl font-semibold">{monthLabel}</caption>
          <thead>
            <tr>
              {weeks[0]!.map((day) => (
                <th key={day} scope="col" className="border border-slate-300 bg-slate-100 p-2 text-left">
                  {weekdayLabel(day)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((day) => {
                  const inMonth = monthOf(day) === month;
                  const { open, text } = describe(day);
                  const current = exceptions.get(day);
                  return (
                    <td
                      key={day}
                      data-day={day}
                      className={`h-24 border border-slate-300 p-1.5 align-top ${
                        !inMonth ? "bg-slate-50 text-slate-600" : open ? "" : "bg-amber-50"
                      } ${day === today ? "outline outline-2 -outline-offset-2 outline-blue-700" : ""}`}
                    >
                      <div className="font-semibold">
                        {Number(day.slice(8))}
                        {day === today ? <span className="sr-only"> ({t("calendar.today")})</span> : null}
                      </div>
                      {inMonth ? (
                        <>
                          <p className={open ? "text-slate-700" : "font-medium text-amber-900"}>{text}</p>
                          {editable && calendar && day >= calendar.startsOn && day <= calendar.endsOn ? (
                            <CalendarDayEditor
                              label={t("calendar.edit", { day: Number(day.slice(8)) })}
                              day={day}
                              dayLabel={formatDay(day, tenant.locale)}
                              current={
                                current?.kind
                                  ? {
                                      kind: current.kind,
                                      reason: current.reason ?? "",
                                      bellScheduleId: current.bellScheduleId,
                                    }
                                  : null
                              }
                              bellSchedules={schedules.map((s) => ({ id: s.id, name: s.name }))}
                            />
                          ) : null}
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
