// Which days a school is open: the one answer for everything that counts "school days"
// (attendance expected today, attendance rates, chronic absence, membership days). A school day is
// a weekday between the year's first and last day that the school's calendar does not close.
// Days are school-local ("YYYY-MM-DD"); "today" comes from the school's timezone.
import { addDays, todayIn, weekday, type Day } from "./calendar.ts";

/** What a calendar day can be, as calendar_days.kind stores it. */
export const CALENDAR_DAY_KINDS = [
  "holiday",
  "break",
  "teacher_work_day",
  "closure",
  "half_day",
  "alternate_schedule",
] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** Kinds on which students do not come in. */
const CLOSED: ReadonlySet<CalendarDayKind> = new Set(["holiday", "break", "teacher_work_day", "closure"]);

export const isClosedKind = (kind: CalendarDayKind): boolean => CLOSED.has(kind);

export interface CalendarException {
  kind: CalendarDayKind;
  reason: string;
  /** The bell schedule the day runs on instead of the default one. */
  bellScheduleId?: string | null;
}

export interface SchoolCalendar {
  /** The school year's first and last day. */
  startsOn: Day;
  endsOn: Day;
  /** Days that differ from a normal school day. */
  exceptions: ReadonlyMap<Day, CalendarException>;
}

export type DayStatus =
  | { open: false; why: "weekend" | "outside_year" | CalendarDayKind; reason?: string }
  | { open: true; half: boolean; exception?: CalendarException };

export function dayStatus(calendar: SchoolCalendar, day: Day): DayStatus {
  if (day < calendar.startsOn || day > calendar.endsOn) return { open: false, why: "outside_year" };
  const exception = calendar.exceptions.get(day);
  if (exception && isClosedKind(exception.kind))
    return { open: false, why: exception.kind, reason: exception.reason };
  const dow = weekday(day);
  // A weekend day opens only when the calendar says so (a make-up Saturday).
  if ((dow === 0 || dow === 6) && !exception) return { open: false, why: "weekend" };
  return exception
    ? { open: true, half: exception.kind === "half_day", exception }
    : { open: true, half: false };
}

function isSchoolDay(calendar: SchoolCalendar, day: Day): boolean {
  return dayStatus(calendar, day).open;
}

/** The school days from `from` to `to`, both included, in order. */
export function schoolDays(calendar: SchoolCalendar, from: Day, to: Day): Day[] {
  const days: Day[] = [];
  const first = from < calendar.startsOn ? calendar.startsOn : from;
  const last = to > calendar.endsOn ? calendar.endsOn : to;
  for (let day = first; day <= last; day = addDays(day, 1)) if (isSchoolDay(calendar, day)) days.push(day);
  return days;
}

export function countSchoolDays(calendar: SchoolCalendar, from: Day, to: Day): number {
  return schoolDays(calendar, from, to).length;
}

/** The school's day right now and whether students are expected: the school's timezone decides "today". */
export function schoolToday(
  calendar: SchoolCalendar,
  timeZone: string,
  now: Date = new Date(),
): { day: Day; status: DayStatus } {
  const day = todayIn(timeZone, now);
  return { day, status: dayStatus(calendar, day) };
}

/** The last `count` school days up to and including `until` (most recent last). */
export function lastSchoolDays(calendar: SchoolCalendar, until: Day, count: number): Day[] {
  const days: Day[] = [];
  for (let day = until; days.length < count && day >= calendar.startsOn; day = addDays(day, -1))
    if (isSchoolDay(calendar, day)) days.unshift(day);
  return days;
}
