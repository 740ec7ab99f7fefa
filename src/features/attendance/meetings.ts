import "server-only";
// When a class meets on a day, as the register needs it: is the school open, does the class meet
// that weekday, which period (the value the marks are stored under) and for how long — the day's
// bell schedule decides the times, so a half day's shorter periods count as they ran.
import { dayToDate, type Day } from "@/lib/calendar";
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

/** The bell periods the school runs on a day (its calendar's other schedule, else the default). */
export async function bellPeriodsOn(db: TenantDb, day: Day) {
  const entry = await db.calendarDay.findFirst({
    where: { day: dayToDate(day) },
    select: { bellScheduleId: true },
  });
  const schedule = await db.bellSchedule.findFirst({
    where: entry?.bellScheduleId ? { id: entry.bellScheduleId } : { isDefault: true },
    select: { periods: { select: { code: true, startsAt: true, endsAt: true } } },
  });
  return new Map(
    (schedule?.periods ?? []).map((p) => [
      p.code,
      { start: timeOfDay(p.startsAt), end: timeOfDay(p.endsAt) },
    ]),
  );
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
  const bell = weekly?.period ? (await bellPeriodsOn(db, day)).get(weekly.period) : undefined;
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
