import "server-only";
// Students' school days as attendance makes them: each day's marks rolled up by the school's rule
// (src/lib/attendance-day.ts rollUpDay) — a class register's periods weighed by their minutes on
// that day's bell schedule, else the daily register's one mark. One reading for the chronic-absence
// list and a student's calendar, so the two always agree.
import { dateToDay, dayToDate, type Day } from "@/lib/calendar";
import { rollUpDay, type DayResult, type PeriodMark } from "@/lib/attendance-day";
import type { TenantDb } from "@/server/db/with-tenant";
import { attendanceRules, codeBook } from "./codes";
import { bellPeriodsOn } from "./meetings";
import { minutesBetween } from "@/lib/attendance-day";

export async function studentDays(
  db: TenantDb,
  from: Day,
  to: Day,
  studentIds?: string[],
): Promise<Map<string, Map<Day, DayResult>>> {
  const [codes, rule] = [await codeBook(db), await attendanceRules(db)];
  const marks = await db.attendance.findMany({
    where: {
      attendanceDate: { gte: dayToDate(from), lte: dayToDate(to) },
      ...(studentIds ? { studentId: { in: studentIds } } : {}),
    },
    select: {
      studentId: true,
      classId: true,
      attendanceDate: true,
      period: true,
      status: true,
      attendanceCodeId: true,
    },
  });
  // student → day → { class periods, daily mark }
  const grouped = new Map<string, Map<Day, { periods: typeof marks; daily: typeof marks }>>();
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
  const bells = new Map<Day, Map<string, { start: string; end: string }>>();
  for (const day of periodDays) bells.set(day, await bellPeriodsOn(db, day));
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
