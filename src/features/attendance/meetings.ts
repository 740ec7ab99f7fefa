import "server-only";
// When a class meets on a day, as the register needs it: is the school open, does the class meet
// that weekday, which period (the value the marks are stored under) and for how long — the day's
// bell schedule decides the times, so a half day's shorter periods count as they ran.
import { dateToDay, dayToDate, type Day } from "@/lib/calendar";
import { minutesBetween } from "@/lib/attendance-day";
import { dayKeyOf, meetingOf } from "@/lib/meeting-times";
import type { DayStatus } from "@/lib/school-calendar";
import type { TenantDb } from "@/server/db/with-tenant";
import { schoolDayAt, timeOfDay } from "../school-year/queries";

interface ClassMeeting {
  day: Day;
  /** What attendance.period holds for this class's marks: its bell period, else its class code. */
  period: string;
  start: string | null;
  end: string | null;
  minutes: number | null;
}

export type MeetingAnswer =
  | { meets: true; meeting: ClassMeeting; status: DayStatus }
  | { meets: false; why: "closed" | "not_scheduled"; status: DayStatus };

type BellPeriods = Map<string, { start: string; end: string }>;

/**
 * The bell periods the school runs on each of these days (its calendar's other schedule, else the
 * default): two reads however many days.
 */
export async function bellPeriodsByDay(db: TenantDb, days: Iterable<Day>): Promise<Map<Day, BellPeriods>> {
  const wanted = [...new Set(days)];
  const result = new Map<Day, BellPeriods>();
  if (wanted.length === 0) return result;
  const entries = await db.calendarDay.findMany({
    where: { day: { in: wanted.map(dayToDate) }, bellScheduleId: { not: null } },
    select: { day: true, bellScheduleId: true },
  });
  const schedules = await db.bellSchedule.findMany({
    select: { id: true, isDefault: true, periods: { select: { code: true, startsAt: true, endsAt: true } } },
  });
  const periodsOf = new Map<string, BellPeriods>(
    schedules.map((s) => [
      s.id,
      new Map(s.periods.map((p) => [p.code, { start: timeOfDay(p.startsAt), end: timeOfDay(p.endsAt) }])),
    ]),
  );
  const fallback = periodsOf.get(schedules.find((s) => s.isDefault)?.id ?? "") ?? new Map();
  const other = new Map(entries.map((e) => [dateToDay(e.day), e.bellScheduleId!]));
  for (const day of wanted) result.set(day, periodsOf.get(other.get(day) ?? "") ?? fallback);
  return result;
}

export async function classMeeting(
  db: TenantDb,
  cls: { classCode: string; schedule: unknown },
  day: Day,
): Promise<MeetingAnswer> {
  const { status } = await schoolDayAt(db, day);
  if (!status.open) return { meets: false, why: "closed", status };
  const weekly = meetingOf(cls.schedule);
  if (weekly && !weekly.days.includes(dayKeyOf(day))) return { meets: false, why: "not_scheduled", status };
  const bell = weekly?.period ? (await bellPeriodsByDay(db, [day])).get(day)!.get(weekly.period) : undefined;
  const start = bell?.start ?? weekly?.start ?? null;
  const end = bell?.end ?? weekly?.end ?? null;
  return {
    meets: true,
    status,
    meeting: {
      day,
      period: weekly?.period ?? cls.classCode,
      start,
      end,
      minutes: start && end ? minutesBetween(start, end) : null,
    },
  };
}
