import "server-only";
// Students' school days as attendance makes them: each day's marks rolled up by the school's rule
// (src/lib/attendance-day.ts rollUpDay) — a class register's periods weighed by their minutes on
// that day's bell schedule, else the daily register's one mark. One reading for the chronic-absence
// list and a student's calendar, so the two always agree.
import { dateToDay, dayToDate, type Day } from "@/lib/calendar";
import { minutesBetween, rollUpDay, type DayResult, type PeriodMark } from "@/lib/attendance-day";
import type { TenantDb } from "@/server/db/with-tenant";
import { attendanceRules, codeBook } from "./codes";
import { bellPeriodsByDay } from "./meetings";

const MARK_FIELDS = {
  studentId: true,
  classId: true,
  attendanceDate: true,
  period: true,
  status: true,
  attendanceCodeId: true,
} as const;
type Mark = {
  studentId: string;
  classId: string | null;
  attendanceDate: Date;
  period: string | null;
  status: string;
  attendanceCodeId: string | null;
};

/** Rolls marks up into each student's days. */
async function rollUp(db: TenantDb, marks: Mark[]): Promise<Map<string, Map<Day, DayResult>>> {
  const [codes, rule] = [await codeBook(db), await attendanceRules(db)];
  // student → day → { class periods, daily mark }
  const grouped = new Map<string, Map<Day, { periods: Mark[]; daily: Mark[] }>>();
  const periodDays = new Set<Day>();
  for (const m of marks) {
    const day = dateToDay(m.attendanceDate);
    const days = grouped.get(m.studentId) ?? new Map();
    grouped.set(m.studentId, days);
    const entry = days.get(day) ?? { periods: [], daily: [] };
    days.set(day, entry);
    (m.classId ? entry.periods : entry.daily).push(m);
    if (m.classId) periodDays.add(day);
  }
  const bells = await bellPeriodsByDay(db, periodDays);
  const result = new Map<string, Map<Day, DayResult>>();
  for (const [studentId, days] of grouped) {
    const out = new Map<Day, DayResult>();
    for (const [day, entry] of days) {
      // A class register's marks make the day; the daily register only where no class took one.
      const chosen = entry.periods.length ? entry.periods : entry.daily.slice(0, 1);
      const periodMarks: PeriodMark[] = chosen.map((m) => {
        const bell = m.period ? bells.get(day)?.get(m.period) : undefined;
        return { minutes: bell ? minutesBetween(bell.start, bell.end) : 1, presence: codes.presenceOf(m) };
      });
      out.set(day, rollUpDay(periodMarks, rule)!);
    }
    result.set(studentId, out);
  }
  return result;
}

/** Every marked day of these students (or of everyone) between two days. */
export async function studentDays(
  db: TenantDb,
  from: Day,
  to: Day,
  studentIds?: string[],
): Promise<Map<string, Map<Day, DayResult>>> {
  const marks = await db.attendance.findMany({
    where: {
      attendanceDate: { gte: dayToDate(from), lte: dayToDate(to) },
      ...(studentIds ? { studentId: { in: studentIds } } : {}),
    },
    select: MARK_FIELDS,
  });
  return rollUp(db, marks);
}

/**
 * The same days as studentDays, for the whole school, but only those on which a student missed
 * something (a mark counting absent or excused): every other marked day is a whole day present
 * (tardy attends), so a school's year is read from its absences, not from every mark.
 */
export async function daysMissed(
  db: TenantDb,
  from: Day,
  to: Day,
): Promise<Map<string, Map<Day, DayResult>>> {
  const codes = await codeBook(db);
  const awayCodes = codes.all
    .filter((c) => c.countsAs === "absent" || c.countsAs === "excused")
    .map((c) => c.id);
  const range = { gte: dayToDate(from), lte: dayToDate(to) };
  const away = await db.attendance.findMany({
    where: {
      attendanceDate: range,
      OR: [
        { attendanceCodeId: { in: awayCodes } },
        // A mark without a code counts as its status: present, tardy and late attend.
        { attendanceCodeId: null, status: { notIn: ["present", "tardy", "late"] } },
      ],
    },
    select: MARK_FIELDS,
  });
  // On a day no class took a register, a student's day is their daily mark: the one just read.
  // On a day some class did, every mark of those students that day is read, so the roll-up
  // weighs all their periods.
  const registerDays = new Set(
    (
      await db.attendance.groupBy({
        by: ["attendanceDate"],
        where: { attendanceDate: range, classId: { not: null } },
      })
    ).map((g) => dateToDay(g.attendanceDate)),
  );
  const marks: Mark[] = away.filter((m) => !registerDays.has(dateToDay(m.attendanceDate)));
  const studentsOn = new Map<Day, Set<string>>();
  for (const m of away) {
    const day = dateToDay(m.attendanceDate);
    if (registerDays.has(day)) studentsOn.set(day, (studentsOn.get(day) ?? new Set()).add(m.studentId));
  }
  for (const [day, students] of studentsOn)
    marks.push(
      ...(await db.attendance.findMany({
        where: { attendanceDate: dayToDate(day), studentId: { in: [...students] } },
        select: MARK_FIELDS,
      })),
    );
  return rollUp(db, marks);
}
