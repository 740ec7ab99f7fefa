// What a school starts with before it edits anything: the year under way in its timezone, US
// federal holidays and the usual breaks, two semesters of two quarters, and a six-period day with
// a half-day alternative. New schools (the console) and the demo schools both start here.
import {
  academicYearOf,
  addDays,
  firstDayOfSchool,
  nthWeekday,
  weekday,
  todayIn,
  type Day,
} from "./calendar.ts";
import type { CalendarDayKind } from "./school-calendar.ts";
import type { PeriodRow } from "./grading-periods.ts";

export interface YearDates {
  name: string;
  startsOn: Day;
  endsOn: Day;
}

/** "2026-2027": first day the first Monday on or after 18 August, last day 5 June. */
export function defaultYearDates(name: string): YearDates {
  return { name, startsOn: firstDayOfSchool(name), endsOn: `${Number(name.slice(0, 4)) + 1}-06-05` };
}

/** The year under way at a school right now (a new year starts on 1 July). */
export function currentYearName(timeZone: string, now: Date = new Date()): string {
  return academicYearOf(todayIn(timeZone, now));
}

/** The year after "2026-2027". */
export function nextYearName(name: string): string {
  const start = Number(name.slice(0, 4)) + 1;
  return `${start}-${start + 1}`;
}

export interface DefaultCalendarDay {
  day: Day;
  kind: CalendarDayKind;
  reason: string;
}

const lastWeekdayOf = (year: number, month: number, dayOfWeek: number): Day => {
  const firstOfNext = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
  const last = addDays(firstOfNext, -1);
  return addDays(last, -((weekday(last) - dayOfWeek + 7) % 7));
};

/** A fixed-date holiday on a weekend is kept on the Friday before or the Monday after (federal rule). */
const observed = (day: Day): Day =>
  weekday(day) === 6 ? addDays(day, -1) : weekday(day) === 0 ? addDays(day, 1) : day;

/** US federal holidays, winter and spring break and a half day before Thanksgiving, inside the year. */
export function defaultCalendarDays(year: YearDates): DefaultCalendarDay[] {
  const y = Number(year.name.slice(0, 4));
  const thanksgiving = nthWeekday(y, 11, 4, 4);
  const days: DefaultCalendarDay[] = [
    { day: nthWeekday(y, 9, 1, 1), kind: "holiday", reason: "Labor Day" },
    { day: nthWeekday(y, 10, 1, 2), kind: "holiday", reason: "Indigenous Peoples' Day" },
    { day: observed(`${y}-11-11`), kind: "holiday", reason: "Veterans Day" },
    { day: addDays(thanksgiving, -1), kind: "half_day", reason: "Early dismissal before Thanksgiving" },
    { day: thanksgiving, kind: "holiday", reason: "Thanksgiving" },
    { day: addDays(thanksgiving, 1), kind: "break", reason: "Thanksgiving break" },
    { day: nthWeekday(y + 1, 1, 1, 3), kind: "holiday", reason: "Martin Luther King Jr. Day" },
    { day: nthWeekday(y + 1, 2, 1, 3), kind: "holiday", reason: "Presidents' Day" },
    { day: lastWeekdayOf(y + 1, 5, 1), kind: "holiday", reason: "Memorial Day" },
    { day: observed(`${y + 1}-06-19`), kind: "holiday", reason: "Juneteenth" },
  ];
  for (let day: Day = `${y}-12-22`; day <= `${y + 1}-01-02`; day = addDays(day, 1))
    days.push({ day, kind: day === observed(`${y}-12-25`) ? "holiday" : "break", reason: "Winter break" });
  const springBreak = nthWeekday(y + 1, 4, 1, 1);
  for (let k = 0; k < 5; k++)
    days.push({ day: addDays(springBreak, k), kind: "break", reason: "Spring break" });
  const seen = new Set<Day>();
  return days
    .filter((d) => d.day >= year.startsOn && d.day <= year.endsOn && weekday(d.day) % 6 !== 0)
    .filter((d) => !seen.has(d.day) && seen.add(d.day))
    .sort((a, b) => a.day.localeCompare(b.day));
}

/** The Monday on or after the day halfway between two days. */
function mondayAfterMiddle(from: Day, to: Day): Day {
  const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  const middle = addDays(from, Math.round(span / 2));
  return addDays(middle, (1 - weekday(middle) + 7) % 7);
}

/** Fall and spring semesters (50 % each of the year), each of two quarters (50 % of the semester). */
export function defaultGradingPeriods(year: YearDates): PeriodRow[] {
  const y = Number(year.name.slice(0, 4));
  // The spring semester starts the day after Martin Luther King Jr. Day.
  const spring = addDays(nthWeekday(y + 1, 1, 1, 3), 1);
  const q2 = mondayAfterMiddle(year.startsOn, addDays(spring, -1));
  const q4 = mondayAfterMiddle(spring, year.endsOn);
  const row = (code: string, name: string, parentCode: string | null, startsOn: Day, endsOn: Day) => ({
    code,
    name,
    parentCode,
    startsOn,
    endsOn,
    weight: 50,
  });
  return [
    row("fall", "Fall semester", null, year.startsOn, addDays(spring, -1)),
    row("q1", "Quarter 1", "fall", year.startsOn, addDays(q2, -1)),
    row("q2", "Quarter 2", "fall", q2, addDays(spring, -1)),
    row("spring", "Spring semester", null, spring, year.endsOn),
    row("q3", "Quarter 3", "spring", spring, addDays(q4, -1)),
    row("q4", "Quarter 4", "spring", q4, year.endsOn),
  ];
}

export interface BellPeriodRow {
  code: string;
  name: string;
  start: string;
  end: string;
}

/** The regular day: six 50-minute periods, lunch between the fourth and fifth. */
export const DEFAULT_BELL_PERIODS: readonly BellPeriodRow[] = [
  { code: "1", name: "Period 1", start: "08:00", end: "08:50" },
  { code: "2", name: "Period 2", start: "08:55", end: "09:45" },
  { code: "3", name: "Period 3", start: "09:50", end: "10:40" },
  { code: "4", name: "Period 4", start: "10:45", end: "11:35" },
  { code: "5", name: "Period 5", start: "12:10", end: "13:00" },
  { code: "6", name: "Period 6", start: "13:05", end: "13:55" },
];

/** A half day: the same six periods, 30 minutes each, out before lunch. */
const HALF_DAY_BELL_PERIODS: readonly BellPeriodRow[] = [
  { code: "1", name: "Period 1", start: "08:00", end: "08:30" },
  { code: "2", name: "Period 2", start: "08:35", end: "09:05" },
  { code: "3", name: "Period 3", start: "09:10", end: "09:40" },
  { code: "4", name: "Period 4", start: "09:45", end: "10:15" },
  { code: "5", name: "Period 5", start: "10:20", end: "10:50" },
  { code: "6", name: "Period 6", start: "10:55", end: "11:25" },
];

const DEFAULT_BELL_SCHEDULES = [
  { name: "Regular day", isDefault: true, periods: DEFAULT_BELL_PERIODS },
  { name: "Half day", isDefault: false, periods: HALF_DAY_BELL_PERIODS },
] as const;

/** The rows of a school's first year, ready to write (days "YYYY-MM-DD", times "HH:MM"). */
export interface FirstYearRows {
  schoolYear: { id: string; tenantId: string; name: string; startsOn: Day; endsOn: Day; isCurrent: boolean };
  gradingPeriods: {
    id: string;
    tenantId: string;
    schoolYearId: string;
    parentId: string | null;
    code: string;
    name: string;
    startsOn: Day;
    endsOn: Day;
    weight: number;
    position: number;
  }[];
  bellSchedules: { id: string; tenantId: string; name: string; isDefault: boolean }[];
  bellPeriods: {
    id: string;
    tenantId: string;
    bellScheduleId: string;
    code: string;
    name: string;
    startsAt: string;
    endsAt: string;
    position: number;
  }[];
  calendarDays: {
    id: string;
    tenantId: string;
    schoolYearId: string;
    day: Day;
    kind: CalendarDayKind;
    reason: string;
    bellScheduleId: string | null;
  }[];
}

/**
 * A school's first year as the defaults have it; `id` makes each row's id (random in the app,
 * seeded in the demo). Half days run on the half-day bell schedule.
 */
export function firstYearRows(tenantId: string, name: string, id: () => string): FirstYearRows {
  const dates = defaultYearDates(name);
  const schoolYear = { id: id(), tenantId, ...dates, isCurrent: true };
  const codes = new Map<string, string>();
  const gradingPeriods = defaultGradingPeriods(dates).map((p, position) => {
    const row = {
      id: id(),
      tenantId,
      schoolYearId: schoolYear.id,
      parentId: p.parentCode ? codes.get(p.parentCode)! : null,
      code: p.code,
      name: p.name,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      weight: p.weight,
      position,
    };
    codes.set(p.code, row.id);
    return row;
  });
  const bellSchedules = DEFAULT_BELL_SCHEDULES.map((s) => ({
    id: id(),
    tenantId,
    name: s.name,
    isDefault: s.isDefault,
  }));
  const bellPeriods = DEFAULT_BELL_SCHEDULES.flatMap((s, k) =>
    s.periods.map((p, position) => ({
      id: id(),
      tenantId,
      bellScheduleId: bellSchedules[k]!.id,
      code: p.code,
      name: p.name,
      startsAt: p.start,
      endsAt: p.end,
      position,
    })),
  );
  const halfDay = bellSchedules.find((s) => !s.isDefault)!.id;
  const calendarDays = defaultCalendarDays(dates).map((d) => ({
    id: id(),
    tenantId,
    schoolYearId: schoolYear.id,
    day: d.day,
    kind: d.kind,
    reason: d.reason,
    bellScheduleId: d.kind === "half_day" ? halfDay : null,
  }));
  return { schoolYear, gradingPeriods, bellSchedules, bellPeriods, calendarDays };
}
