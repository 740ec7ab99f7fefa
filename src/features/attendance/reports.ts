import "server-only";
// The attendance reports: the rate by day, grade and class, the chronic-absence list and a
// student's month. Every rate is attendanceFigure (src/lib/attendance.ts) over what marks count
// as, the same function the dashboards use; chronic absence is chronicAbsence over the students'
// days (./days.ts). Over the school year so far.
import { addDays, dateToDay, dayToDate, todayIn, type Day } from "@/lib/calendar";
import { attendanceFigure, type AttendanceFigure } from "@/lib/attendance";
import { chronicAbsence, type ChronicAbsence, type DayResult } from "@/lib/attendance-day";
import { dayStatus, schoolDays, type DayStatus, type SchoolCalendar } from "@/lib/school-calendar";
import { ACTIVE_STUDENT } from "@/lib/student-status";
import type { TenantDb } from "@/server/db/with-tenant";
import { loadSchoolCalendar } from "../school-year/queries";
import { codeBook } from "./codes";
import { daysMissed, studentDays } from "./days";

export interface ReportRange {
  calendar: SchoolCalendar;
  from: Day;
  to: Day;
}

/** The school year so far (its first day to today, or to its last day once it is over). */
export async function yearSoFar(db: TenantDb, timeZone: string): Promise<ReportRange | null> {
  const today = todayIn(timeZone);
  const calendar = await loadSchoolCalendar(db, today);
  if (!calendar) return null;
  return { calendar, from: calendar.startsOn, to: today < calendar.endsOn ? today : calendar.endsOn };
}

export interface RateRow extends AttendanceFigure {
  key: string;
  label: string;
}

/** The whole school's rate per school day, from the counts the database keeps (decision 018). */
export async function ratesByDay(db: TenantDb, range: ReportRange): Promise<RateRow[]> {
  const rows = await db.attendanceDailyCount.findMany({
    where: { attendanceDate: { gte: dayToDate(range.from), lte: dayToDate(range.to) }, marks: { gt: 0 } },
    select: { attendanceDate: true, status: true, marks: true },
  });
  const byDay = new Map<Day, Record<string, number>>();
  for (const r of rows) {
    const day = dateToDay(r.attendanceDate);
    const counts = byDay.get(day) ?? {};
    counts[r.status] = (counts[r.status] ?? 0) + r.marks;
    byDay.set(day, counts);
  }
  return schoolDays(range.calendar, range.from, range.to)
    .filter((day) => byDay.has(day))
    .map((day) => ({ key: day, label: day, ...attendanceFigure(byDay.get(day)!) }));
}

/** Each grade's rate: its students' marks, counted as they count. */
export async function ratesByGrade(db: TenantDb, range: ReportRange): Promise<RateRow[]> {
  const codes = await codeBook(db);
  const groups = await db.attendance.groupBy({
    by: ["studentId", "status", "attendanceCodeId"],
    where: { attendanceDate: { gte: dayToDate(range.from), lte: dayToDate(range.to) } },
    _count: { _all: true },
  });
  const students = await db.student.findMany({
    where: { id: { in: [...new Set(groups.map((g) => g.studentId))] } },
    select: { id: true, gradeLevel: true },
  });
  const gradeOf = new Map(students.map((s) => [s.id, s.gradeLevel]));
  const byGrade = new Map<string, Record<string, number>>();
  for (const g of groups) {
    const grade = gradeOf.get(g.studentId);
    if (!grade) continue;
    const counts = byGrade.get(grade) ?? {};
    const presence = codes.presenceOf(g);
    counts[presence] = (counts[presence] ?? 0) + g._count._all;
    byGrade.set(grade, counts);
  }
  return [...byGrade.entries()]
    .sort(([x], [y]) => gradeOrder(x) - gradeOrder(y) || x.localeCompare(y))
    .map(([grade, counts]) => ({ key: grade, label: grade, ...attendanceFigure(counts) }));
}

const gradeOrder = (g: string) => (g === "PK" ? -2 : g === "K" ? -1 : /^\d+$/.test(g) ? Number(g) : 99);

/**
 * Each active class of the year: the days its students were recorded, as the enrolment totals
 * keep them (the class's own register, else the daily one), so the class page, this report and
 * the enrolment record agree.
 */
export async function ratesByClass(db: TenantDb, academicYear: string | null): Promise<RateRow[]> {
  const classes = await db.class.findMany({
    where: { status: "active", ...(academicYear ? { academicYear } : {}) },
    select: { id: true, name: true, classCode: true },
    orderBy: [{ classCode: "asc" }, { id: "asc" }],
  });
  const sums = await db.enrollment.groupBy({
    by: ["classId"],
    where: { classId: { in: classes.map((c) => c.id) } },
    _sum: { daysPresent: true, daysAbsent: true, daysTardy: true },
  });
  const sumOf = new Map(sums.map((s) => [s.classId, s._sum]));
  return classes.map((c) => {
    const s = sumOf.get(c.id);
    return {
      key: c.id,
      label: `${c.classCode} ${c.name}`,
      ...attendanceFigure({
        present: s?.daysPresent ?? 0,
        absent: s?.daysAbsent ?? 0,
        tardy: s?.daysTardy ?? 0,
      }),
    };
  });
}

export interface ChronicRow {
  studentId: string;
  studentNumber: string;
  name: string;
  gradeLevel: string;
  membershipDays: number;
  result: Extract<ChronicAbsence, { evaluated: true }>;
}

/**
 * Students on the roll absent on at least 10 % of their membership days (the school days since
 * they joined, this year): excused and unexcused alike, half days as halves. Most absent first.
 */
export async function chronicList(db: TenantDb, range: ReportRange): Promise<ChronicRow[]> {
  const students = await db.student.findMany({
    where: ACTIVE_STUDENT,
    select: {
      id: true,
      studentId: true,
      firstName: true,
      lastName: true,
      gradeLevel: true,
      enrollmentDate: true,
    },
  });
  const days = await daysMissed(db, range.from, range.to);
  const open = schoolDays(range.calendar, range.from, range.to);
  const rows: ChronicRow[] = [];
  for (const s of students) {
    const joined = dateToDay(s.enrollmentDate);
    const membership = open.filter((d) => d >= joined);
    const mine = days.get(s.id);
    let absentHalves = 0;
    for (const d of membership) absentHalves += 2 - (mine?.get(d)?.presentHalves ?? 2);
    const result = chronicAbsence(membership.length, absentHalves);
    if (result.evaluated && result.chronic)
      rows.push({
        studentId: s.id,
        studentNumber: s.studentId,
        name: `${s.lastName}, ${s.firstName}`,
        gradeLevel: s.gradeLevel,
        membershipDays: membership.length,
        result,
      });
  }
  return rows.sort(
    (x, y) => Number(y.result.percent) - Number(x.result.percent) || x.name.localeCompare(y.name),
  );
}

export interface MonthDay {
  day: Day;
  status: DayStatus;
  result: DayResult | null;
}

/** A student's month, day by day: closed days, unmarked days, and each marked day's result. */
export async function studentMonth(db: TenantDb, studentId: string, month: string): Promise<MonthDay[]> {
  const first = `${month}-01`;
  const calendar = await loadSchoolCalendar(db, first);
  const next = addDays(first, 31).slice(0, 7);
  const last = addDays(`${next}-01`, -1);
  const days = (await studentDays(db, first, last, [studentId])).get(studentId) ?? new Map();
  const out: MonthDay[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) {
    const status: DayStatus = calendar ? dayStatus(calendar, d) : { open: false, why: "outside_year" };
    out.push({ day: d, status, result: days.get(d) ?? null });
  }
  return out;
}
