import "server-only";
// Reads of a school's year: its years and grading periods, its calendar as the one school-day
// function takes it (src/lib/school-calendar.ts), and its bell schedules.
import { dateToDay, dayToDate, type Day } from "@/lib/calendar";
import { dayStatus, type CalendarDayKind, type DayStatus, type SchoolCalendar } from "@/lib/school-calendar";
import type { TenantDb } from "@/server/db/with-tenant";
import { UserFacingError } from "@/server/errors";

/** "08:05" from a TIME column (Prisma reads it as a time on 1 January 1970, UTC). */
export const timeOfDay = (value: Date): string => value.toISOString().slice(11, 16);
export const timeValue = (hhmm: string): Date => new Date(`1970-01-01T${hhmm}:00Z`);

export interface YearSummary {
  id: string;
  name: string;
  startsOn: Day;
  endsOn: Day;
  isCurrent: boolean;
}

const yearSummary = (y: { id: string; name: string; startsOn: Date; endsOn: Date; isCurrent: boolean }) => ({
  id: y.id,
  name: y.name,
  startsOn: dateToDay(y.startsOn),
  endsOn: dateToDay(y.endsOn),
  isCurrent: y.isCurrent,
});

export async function listYears(db: TenantDb): Promise<YearSummary[]> {
  const years = await db.schoolYear.findMany({ orderBy: { name: "desc" } });
  return years.map(yearSummary);
}

/** The school's year names, newest first (what academic_year may hold). */
export async function yearNames(db: TenantDb): Promise<string[]> {
  const years = await db.schoolYear.findMany({ orderBy: { name: "desc" }, select: { name: true } });
  return years.map((y) => y.name);
}

export async function currentYearOf(db: TenantDb): Promise<string | null> {
  return (
    (await db.schoolYear.findFirst({ where: { isCurrent: true }, select: { name: true } }))?.name ?? null
  );
}

/** The year a day falls in, or else the school's current year; null when the school has none. */
async function yearOfDay(db: TenantDb, day: Day): Promise<YearSummary | null> {
  const date = dayToDate(day);
  const year =
    (await db.schoolYear.findFirst({ where: { startsOn: { lte: date }, endsOn: { gte: date } } })) ??
    (await db.schoolYear.findFirst({ where: { isCurrent: true } }));
  return year ? yearSummary(year) : null;
}

/**
 * The calendar of the year that holds `day` (school days are counted within one year). A school
 * with no year around the day has no school days then: null.
 */
export async function loadSchoolCalendar(db: TenantDb, day: Day): Promise<SchoolCalendar | null> {
  const year = await yearOfDay(db, day);
  if (!year) return null;
  const days = await db.calendarDay.findMany({
    where: { schoolYearId: year.id },
    select: { day: true, kind: true, reason: true, bellScheduleId: true },
  });
  return {
    startsOn: year.startsOn,
    endsOn: year.endsOn,
    exceptions: new Map(
      days.map((d) => [
        dateToDay(d.day),
        { kind: d.kind as CalendarDayKind, reason: d.reason, bellScheduleId: d.bellScheduleId },
      ]),
    ),
  };
}

/**
 * One day at the school, for pages about today: what the calendar makes of it, and the school's
 * current year. Two small reads (the years around the day, that day's calendar entry), not the
 * year's whole calendar.
 */
export async function schoolDayAt(
  db: TenantDb,
  day: Day,
): Promise<{ status: DayStatus; currentYear: string | null }> {
  const date = dayToDate(day);
  const years = await db.schoolYear.findMany({
    where: { OR: [{ isCurrent: true }, { startsOn: { lte: date }, endsOn: { gte: date } }] },
  });
  const current = years.find((y) => y.isCurrent) ?? null;
  // As loadSchoolCalendar: the year holding the day, else the current one.
  const year = years.find((y) => y.startsOn <= date && y.endsOn >= date) ?? current;
  if (!year) return { status: { open: false, why: "outside_year" }, currentYear: null };
  const entry = await db.calendarDay.findFirst({
    where: { day: date },
    select: { kind: true, reason: true, bellScheduleId: true },
  });
  const calendar: SchoolCalendar = {
    startsOn: dateToDay(year.startsOn),
    endsOn: dateToDay(year.endsOn),
    exceptions: new Map(entry ? [[day, { ...entry, kind: entry.kind as CalendarDayKind }]] : []),
  };
  return { status: dayStatus(calendar, day), currentYear: current?.name ?? null };
}

export async function getYearWithPeriods(db: TenantDb, id: string) {
  const year = await db.schoolYear.findUnique({
    where: { id },
    include: { gradingPeriods: { orderBy: [{ position: "asc" }, { startsOn: "asc" }] } },
  });
  if (!year) return null;
  const codeOf = new Map(year.gradingPeriods.map((p) => [p.id, p.code]));
  return {
    ...yearSummary(year),
    periods: year.gradingPeriods.map((p) => ({
      code: p.code,
      name: p.name,
      parentCode: p.parentId ? (codeOf.get(p.parentId) ?? "") : "",
      startsOn: dateToDay(p.startsOn),
      endsOn: dateToDay(p.endsOn),
      weight: p.weight.toString(),
    })),
  };
}

export interface BellScheduleView {
  id: string;
  name: string;
  isDefault: boolean;
  periods: { code: string; name: string; start: string; end: string }[];
}

export async function listBellSchedules(db: TenantDb): Promise<BellScheduleView[]> {
  const schedules = await db.bellSchedule.findMany({
    orderBy: [{ isDefault: "desc" }, { name: "asc" }],
    include: { periods: { orderBy: [{ position: "asc" }, { startsAt: "asc" }] } },
  });
  return schedules.map((s) => ({
    id: s.id,
    name: s.name,
    isDefault: s.isDefault,
    periods: s.periods.map((p) => ({
      code: p.code,
      name: p.name,
      start: timeOfDay(p.startsAt),
      end: timeOfDay(p.endsAt),
    })),
  }));
}

/** The periods of the default bell schedule, the ones a class's meeting times name. */
export async function defaultBellPeriods(db: TenantDb) {
  return (await listBellSchedules(db)).find((s) => s.isDefault)?.periods ?? [];
}

export interface CalendarMonthDay {
  day: Day;
  kind: CalendarDayKind | null;
  reason: string | null;
  bellScheduleId: string | null;
}

/** One month's exceptions (the page draws the grid; the school-day function says what each day is). */
export async function calendarMonth(db: TenantDb, month: string): Promise<Map<Day, CalendarMonthDay>> {
  const first = `${month}-01`;
  const next = new Date(`${first}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const rows = await db.calendarDay.findMany({
    where: { day: { gte: dayToDate(first), lt: next } },
    select: { day: true, kind: true, reason: true, bellScheduleId: true },
  });
  return new Map(
    rows.map((r) => [
      dateToDay(r.day),
      {
        day: dateToDay(r.day),
        kind: r.kind as CalendarDayKind,
        reason: r.reason,
        bellScheduleId: r.bellScheduleId,
      },
    ]),
  );
}

/** academic_year must name a year of the school (a foreign key): said on the field, before writing. */
export async function checkYearExists(db: TenantDb, name: string) {
  if (!(await db.schoolYear.findFirst({ where: { name }, select: { id: true } })))
    throw new UserFacingError("rules.year.unknown", "academicYear", { name });
}

/** A year's active classes as the master schedule places them, optionally one teacher's, room's or grade's. */
export async function masterScheduleClasses(
  db: TenantDb,
  filter: { year: string; teacherId?: string; room?: string; gradeLevel?: string },
) {
  const classes = await db.class.findMany({
    where: {
      academicYear: filter.year,
      status: "active",
      ...(filter.teacherId
        ? { OR: [{ teacherId: filter.teacherId }, { coTeacherId: filter.teacherId }] }
        : {}),
      ...(filter.room ? { roomNumber: filter.room } : {}),
      ...(filter.gradeLevel ? { gradeLevel: filter.gradeLevel } : {}),
    },
    orderBy: [{ classCode: "asc" }, { id: "asc" }],
    select: {
      id: true,
      classCode: true,
      name: true,
      gradeLevel: true,
      semester: true,
      roomNumber: true,
      schedule: true,
      teacher: { select: { id: true, firstName: true, lastName: true } },
      coTeacher: { select: { id: true, firstName: true, lastName: true } },
    },
  });
  return classes.map(({ teacher, coTeacher, ...c }) => ({
    ...c,
    teachers: [teacher, coTeacher]
      .filter((t) => t !== null)
      .map((t) => ({ id: t.id, name: `${t.firstName} ${t.lastName}` })),
  }));
}

/** The filters' choices: the year's teachers, rooms and grades. */
export async function masterScheduleChoices(db: TenantDb, year: string) {
  const classes = await db.class.findMany({
    where: { academicYear: year, status: "active" },
    select: {
      roomNumber: true,
      gradeLevel: true,
      teacher: { select: { id: true, firstName: true, lastName: true } },
    },
  });
  const teachers = new Map<string, string>();
  for (const c of classes)
    if (c.teacher) teachers.set(c.teacher.id, `${c.teacher.lastName}, ${c.teacher.firstName}`);
  return {
    teachers: [...teachers]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    rooms: [...new Set(classes.map((c) => c.roomNumber).filter((r): r is string => !!r))].sort((a, b) =>
      a.localeCompare(b, undefined, { numeric: true }),
    ),
    grades: [...new Set(classes.map((c) => c.gradeLevel))],
  };
}

/**
 * A class's meeting in a period of the regular day takes that period's times, whatever the form
 * sent: the bell schedule is the authority, and double-booking checks compare those times.
 */
export async function withBellTimes<V extends { schedule: { period: string; start: string; end: string } }>(
  db: TenantDb,
  values: V,
): Promise<V> {
  if (!values.schedule.period) return values;
  const period = (await defaultBellPeriods(db)).find((p) => p.code === values.schedule.period);
  return period
    ? { ...values, schedule: { ...values.schedule, start: period.start, end: period.end } }
    : values;
}

/** The calendar of one named year (a class's academic_year), or null when the school has no such year. */
export async function calendarOfYear(db: TenantDb, name: string): Promise<SchoolCalendar | null> {
  const year = await db.schoolYear.findFirst({ where: { name }, select: { startsOn: true } });
  return year ? loadSchoolCalendar(db, dateToDay(year.startsOn)) : null;
}
