import "server-only";
// The seed's attendance totals on each enrolment (total_days, days_present, days_absent,
// days_tardy), recomputed in the transaction of every change that moves them: a register saved,
// a mark excused or deleted, an enrolment ending, a day closed on the calendar. Definition
// (docs/decisions/025): the school days of the class's year, inside the enrolment, on which the
// student was marked — by the class's own register, else by the school's daily register — each
// counted as that mark counts (src/lib/attendance-day.ts enrollmentTotals).
import { dateToDay, dayToDate, type Day } from "@/lib/calendar";
import { enrollmentTotals, type EnrollmentTotals, type Presence } from "@/lib/attendance-day";
import { schoolDays } from "@/lib/school-calendar";
import type { TenantDb } from "@/server/db/with-tenant";
import { calendarOfYear } from "../school-year/queries";
import { codeBook } from "./codes";

const ENROLMENT_FIELDS = {
  id: true,
  studentId: true,
  classId: true,
  enrollmentDate: true,
  dropDate: true,
  completionDate: true,
  totalDays: true,
  daysPresent: true,
  daysAbsent: true,
  daysTardy: true,
  class: { select: { academicYear: true } },
} as const;

type EnrolmentRow = {
  id: string;
  studentId: string;
  classId: string;
  enrollmentDate: Date;
  dropDate: Date | null;
  completionDate: Date | null;
  totalDays: number | null;
  daysPresent: number | null;
  daysAbsent: number | null;
  daysTardy: number | null;
  class: { academicYear: string | null };
};

/** What the totals of these enrolments should be, from the marks and the calendar. */
async function expectedTotals(
  db: TenantDb,
  enrolments: EnrolmentRow[],
): Promise<Map<string, EnrollmentTotals>> {
  const codes = await codeBook(db);
  const daysOfYear = new Map<string, Set<Day>>();
  for (const name of new Set(enrolments.map((e) => e.class.academicYear ?? ""))) {
    const calendar = name ? await calendarOfYear(db, name) : null;
    daysOfYear.set(name, new Set(calendar ? schoolDays(calendar, calendar.startsOn, calendar.endsOn) : []));
  }
  const studentIds = [...new Set(enrolments.map((e) => e.studentId))];
  const classIds = [...new Set(enrolments.map((e) => e.classId))];
  const marks = await db.attendance.findMany({
    where: { studentId: { in: studentIds }, OR: [{ classId: null }, { classId: { in: classIds } }] },
    select: { studentId: true, classId: true, attendanceDate: true, status: true, attendanceCodeId: true },
  });
  // student → class ("" for the daily register) → day → what it counted as
  const byStudent = new Map<string, Map<string, Map<Day, Presence>>>();
  for (const m of marks) {
    const perClass = byStudent.get(m.studentId) ?? new Map<string, Map<Day, Presence>>();
    byStudent.set(m.studentId, perClass);
    const days = perClass.get(m.classId ?? "") ?? new Map<Day, Presence>();
    perClass.set(m.classId ?? "", days);
    days.set(dateToDay(m.attendanceDate), codes.presenceOf(m));
  }
  const expected = new Map<string, EnrollmentTotals>();
  for (const e of enrolments) {
    const schoolDaysOfYear = daysOfYear.get(e.class.academicYear ?? "")!;
    const from = dateToDay(e.enrollmentDate);
    const dropped = e.dropDate ? dateToDay(e.dropDate) : null;
    const completed = e.completionDate ? dateToDay(e.completionDate) : null;
    const inside = (day: Day) =>
      schoolDaysOfYear.has(day) &&
      day >= from &&
      (!dropped || day < dropped) &&
      (!completed || day <= completed);
    const own = byStudent.get(e.studentId)?.get(e.classId) ?? new Map<Day, Presence>();
    const daily = byStudent.get(e.studentId)?.get("") ?? new Map<Day, Presence>();
    const counted: Presence[] = [];
    for (const [day, presence] of own) if (inside(day)) counted.push(presence);
    for (const [day, presence] of daily) if (!own.has(day) && inside(day)) counted.push(presence);
    expected.set(e.id, enrollmentTotals(counted));
  }
  return expected;
}

const differs = (e: EnrolmentRow, t: EnrollmentTotals) =>
  (e.totalDays ?? 0) !== t.totalDays ||
  (e.daysPresent ?? 0) !== t.daysPresent ||
  (e.daysAbsent ?? 0) !== t.daysAbsent ||
  (e.daysTardy ?? 0) !== t.daysTardy;

/**
 * Recomputes the totals of these students' enrolments (of one class only, when only its register
 * changed) and writes the ones that moved. Returns how many were written.
 */
export async function refreshEnrollmentTotals(
  db: TenantDb,
  studentIds: readonly string[],
  onlyClassId?: string,
): Promise<number> {
  if (studentIds.length === 0) return 0;
  const enrolments = await db.enrollment.findMany({
    where: { studentId: { in: [...studentIds] }, ...(onlyClassId ? { classId: onlyClassId } : {}) },
    select: ENROLMENT_FIELDS,
  });
  const expected = await expectedTotals(db, enrolments);
  let written = 0;
  for (const e of enrolments) {
    const totals = expected.get(e.id)!;
    if (!differs(e, totals)) continue;
    await db.enrollment.update({ where: { id: e.id }, data: totals });
    written++;
  }
  return written;
}

/** Every enrolment of the school whose stored totals are not what the marks and calendar say. */
export async function totalsDrift(db: TenantDb): Promise<{ checked: number; wrong: string[] }> {
  const students = await db.student.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  let checked = 0;
  const wrong: string[] = [];
  for (let i = 0; i < students.length; i += 300) {
    const ids = students.slice(i, i + 300).map((s) => s.id);
    const enrolments = await db.enrollment.findMany({
      where: { studentId: { in: ids } },
      select: ENROLMENT_FIELDS,
    });
    const expected = await expectedTotals(db, enrolments);
    checked += enrolments.length;
    for (const e of enrolments) if (differs(e, expected.get(e.id)!)) wrong.push(e.id);
  }
  return { checked, wrong };
}

/** After a day changed on the calendar (closed, reopened): every student marked that day. */
export async function refreshTotalsForDay(db: TenantDb, day: Day): Promise<number> {
  const marked = await db.attendance.findMany({
    where: { attendanceDate: dayToDate(day) },
    select: { studentId: true },
    distinct: ["studentId"],
  });
  let written = 0;
  const ids = marked.map((m) => m.studentId);
  for (let i = 0; i < ids.length; i += 300)
    written += await refreshEnrollmentTotals(db, ids.slice(i, i + 300));
  return written;
}
