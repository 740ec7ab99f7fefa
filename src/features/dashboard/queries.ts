import "server-only";
// The figures the dashboards show. Office: the school at a glance. Teacher: their own day.
import { addDays, dateToDay, dayToDate, type Day } from "@/lib/calendar";
import { dayKeyOf, meetingOf } from "@/lib/meeting-times";
import { attendanceFigure, type AttendanceFigure } from "@/lib/attendance";
import { pausedSignIns } from "@/server/auth/throttle";
import type { TenantDb } from "@/server/db/with-tenant";
import { unmarkedClassesWhere } from "../classes/queries";
import { readStudentCounts } from "../students/queries";
import { readSchoolCounts, type SchoolFigure } from "./school-counts";
import { ACTIVE_STUDENT } from "@/lib/student-status";
import { teacherClassIds } from "@/server/access/ownership";
import type { DayStatus } from "@/lib/school-calendar";
import { schoolDayAt } from "../school-year/queries";
import { coveredClassIds } from "../attendance/queries";

/** Why nothing is expected today ("Snow day", "weekend"), for a closed day. */
export type ClosedDay = { why: string; reason: string | null };
const closedDay = (status: DayStatus): ClosedDay | null =>
  status.open ? null : { why: status.why, reason: status.reason ?? null };

// Changes to the school's records (sign-ins and other account events are not "changes").
const RECORD_CHANGES = [
  "student_created",
  "student_updated",
  "student_status_changed",
  "student_deleted",
  "teacher_created",
  "teacher_updated",
  "teacher_deleted",
  "class_created",
  "class_updated",
  "students_enrolled",
  "enrollment_ended",
  "enrollment_notes_updated",
  "user_invited",
  "role_changed",
  "status_changed",
];

export interface DayRate extends AttendanceFigure {
  day: Day;
}

/**
 * The attendance figure per day, for the last `days` days with any marks: the whole school's from
 * the counts the database keeps per day (attendance_daily_counts, docs/decisions/018), so a
 * district school pays what a small one does; some classes' from their marks.
 */
async function attendanceRates(
  db: TenantDb,
  today: Day,
  days: number,
  classIds?: string[],
): Promise<DayRate[]> {
  const dates = { gte: dayToDate(addDays(today, -days * 2)), lte: dayToDate(today) };
  const rows = classIds
    ? (
        await db.attendance.groupBy({
          by: ["attendanceDate", "status"],
          where: { attendanceDate: dates, classId: { in: classIds } },
          _count: { _all: true },
        })
      ).map((r) => ({ attendanceDate: r.attendanceDate, status: r.status, marks: r._count._all }))
    : await db.attendanceDailyCount.findMany({
        where: { attendanceDate: dates, marks: { gt: 0 } },
        select: { attendanceDate: true, status: true, marks: true },
      });
  const byDay = new Map<Day, Record<string, number>>();
  for (const row of rows) {
    const day = dateToDay(row.attendanceDate);
    const counts = byDay.get(day) ?? {};
    counts[row.status] = (counts[row.status] ?? 0) + row.marks;
    byDay.set(day, counts);
  }
  return [...byDay.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .slice(-days)
    .map(([day, counts]) => ({ day, ...attendanceFigure(counts) }));
}

const UNMARKED_LIST_LENGTH = 15;

/**
 * Who still needs marking today. A school that takes attendance per class (any class mark in the
 * last two weeks) sees the classes meeting today without marks; one that keeps a daily register
 * sees how many students on the roll have no mark today. Either way the figures beside it count
 * the same people: students on the roll, classes meeting today.
 */
async function stillToMark(db: TenantDb, today: Day, activeStudents: number) {
  const { status, currentYear } = await schoolDayAt(db, today);
  const closed = closedDay(status);
  if (closed) return { mode: "closed" as const, studentsMarked: 0, closed };
  const perClass = await db.attendance.findFirst({
    where: { classId: { not: null }, attendanceDate: { gte: dayToDate(addDays(today, -14)) } },
    select: { id: true },
  });
  const studentsMarked = await db.student.count({
    where: { AND: [ACTIVE_STUDENT, { attendance: { some: { attendanceDate: dayToDate(today) } } }] },
  });
  if (!perClass)
    return { mode: "daily" as const, studentsMarked, studentsUnmarked: activeStudents - studentsMarked };
  const meeting = unmarkedClassesWhere(today, currentYear);
  const meetingToday = await db.class.count({
    where: {
      status: meeting.status,
      schedule: meeting.schedule,
      ...(meeting.academicYear ? { academicYear: meeting.academicYear } : {}),
    },
  });
  const unmarkedCount = await db.class.count({ where: meeting });
  const unmarked = await db.class.findMany({
    where: meeting,
    orderBy: [{ classCode: "asc" }, { id: "asc" }],
    take: UNMARKED_LIST_LENGTH,
    select: { id: true, name: true, classCode: true },
  });
  return {
    mode: "class" as const,
    studentsMarked,
    meetingToday,
    unmarkedCount,
    unmarked: unmarked.map((c) => ({ id: c.id, label: `${c.classCode} ${c.name}` })),
  };
}

export async function officeDashboard(db: TenantDb, today: Day, role: "admin" | "principal") {
  // The school-wide figures, as the database keeps them (student_counts, school_counts).
  const activeStudents = (await readStudentCounts(db)).count({ status: "active" });
  const figures = await readSchoolCounts(db);
  const activeTeachers = figures.teachers_active;
  const activeClasses = figures.classes_active;
  const activeEnrollments = figures.enrollments_active;
  const trend = await attendanceRates(db, today, 10);
  const todayRate = trend.find((d) => d.day === today) ?? null;
  const toMark = await stillToMark(db, today, activeStudents);
  const recent = await db.auditLog.findMany({
    where: { action: { in: RECORD_CHANGES }, success: true },
    orderBy: { createdAt: "desc" },
    take: 8,
    select: { id: true, action: true, resourceType: true, userEmail: true, createdAt: true },
  });
  return {
    counts: { activeStudents, activeTeachers, activeClasses, activeEnrollments },
    todayRate,
    trend,
    toMark,
    focus:
      role === "admin" ? { role, ...(await accountsToLookAt(db)) } : { role, ...classesToLookAt(figures) },
    recent: recent.map((r) => ({
      id: r.id,
      action: r.action.replace(/_/g, " "),
      by: r.userEmail,
      at: r.createdAt?.toISOString() ?? "",
    })),
  };
}

/** The administrator runs accounts and access: invitations not taken up, paused sign-ins, staff without two-factor. */
async function accountsToLookAt(db: TenantDb) {
  const staff = { role: { in: ["admin", "principal", "teacher"] }, status: "active" };
  const [invitationsPending, withoutTwoFactor, paused] = [
    await db.user.count({ where: { status: "active", security: { invitationPending: true } } }),
    await db.user.count({ where: { ...staff, twoFactorEnabled: { not: true } } }),
    await pausedSignIns(db),
  ];
  return { invitationsPending, withoutTwoFactor, signInsPaused: paused.size };
}

/** The principal runs teaching: classes without a teacher, full classes, students with support plans. */
function classesToLookAt(figures: Record<SchoolFigure, number>) {
  return {
    withoutTeacher: figures.classes_active_without_teacher,
    full: figures.classes_active_full,
    supportPlans: figures.students_active_with_support_plan,
  };
}

export async function teacherDashboard(db: TenantDb, userId: string, today: Day) {
  const ids = await teacherClassIds(db, userId);
  // Classes this teacher covers today take their register too.
  const covering = (await coveredClassIds(db, userId, today)).filter((id) => !ids.includes(id));
  const { status, currentYear } = await schoolDayAt(db, today);
  const classes = await db.class.findMany({
    where: {
      id: { in: [...ids, ...covering] },
      status: "active",
      ...(currentYear ? { academicYear: currentYear } : {}),
    },
    select: {
      id: true,
      name: true,
      classCode: true,
      roomNumber: true,
      schedule: true,
      currentEnrollment: true,
    },
  });
  const todayKey = dayKeyOf(today);
  const closed = closedDay(status);
  const todays = (closed ? [] : classes)
    .map((c) => ({ c, meeting: meetingOf(c.schedule) }))
    .filter(({ meeting }) => meeting?.days.includes(todayKey))
    .map(({ c, meeting }) => ({
      id: c.id,
      label: `${c.classCode} ${c.name}`,
      room: c.roomNumber,
      start: meeting?.start ?? "",
      end: meeting?.end ?? "",
      students: c.currentEnrollment ?? 0,
      covering: covering.includes(c.id),
    }))
    .sort((x, y) => x.start.localeCompare(y.start));
  const taken = new Set(
    (
      await db.attendance.findMany({
        where: { attendanceDate: dayToDate(today), classId: { in: todays.map((c) => c.id) } },
        select: { classId: true },
        distinct: ["classId"],
      })
    ).map((a) => a.classId),
  );
  const toGrade = await db.grade.groupBy({
    by: ["classId"],
    where: { classId: { in: ids }, status: { in: ["submitted", "late"] }, pointsEarned: null },
    _count: { _all: true },
  });
  const toGradeByClass = new Map(toGrade.map((g) => [g.classId, g._count._all]));
  return {
    todays: todays.map((c) => ({
      ...c,
      attendanceTaken: taken.has(c.id),
      toGrade: toGradeByClass.get(c.id) ?? 0,
    })),
    attendanceToTake: todays.filter((c) => !taken.has(c.id)).length,
    closed,
    workToGrade: toGrade.reduce((sum, g) => sum + g._count._all, 0),
    classCount: classes.length,
  };
}
