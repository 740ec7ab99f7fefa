import "server-only";
// The figures the dashboards show. Office: the school at a glance. Teacher: their own day.
import { addDays, dateToDay, dayToDate, weekday, type Day } from "@/lib/calendar";
import type { TenantDb } from "@/server/db/with-tenant";
import { teacherClassIds } from "../students/queries";

const DAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
type Schedule = { days?: string[]; period?: number | string; start?: string; end?: string };
const meetsOn = (schedule: unknown, day: Day) => ((schedule ?? {}) as Schedule).days?.includes(DAY_KEYS[weekday(day)]!) ?? false;

// Changes to the school's records (sign-ins and other account events are not "changes").
const RECORD_CHANGES = [
  "student_created", "student_updated", "student_status_changed", "student_deleted", "teacher_created", "teacher_updated", "teacher_deleted",
  "class_created", "class_updated", "students_enrolled", "enrollment_ended", "enrollment_notes_updated", "user_invited", "role_changed", "status_changed",
];

export interface DayRate { day: Day; rate: number | null; marked: number }

/** Share of marks that were present or tardy, per day, for the last `days` days with any marks. */
async function attendanceRates(db: TenantDb, today: Day, days: number, classIds?: string[]): Promise<DayRate[]> {
  const since = dayToDate(addDays(today, -days * 2));
  const rows = await db.attendance.groupBy({
    by: ["attendanceDate", "status"],
    where: { attendanceDate: { gte: since, lte: dayToDate(today) }, ...(classIds ? { classId: { in: classIds } } : {}) },
    _count: { _all: true },
  });
  const byDay = new Map<Day, { present: number; marked: number }>();
  for (const row of rows) {
    const day = dateToDay(row.attendanceDate);
    const entry = byDay.get(day) ?? { present: 0, marked: 0 };
    entry.marked += row._count._all;
    if (row.status === "present" || row.status === "tardy") entry.present += row._count._all;
    byDay.set(day, entry);
  }
  return [...byDay.entries()].sort(([x], [y]) => x.localeCompare(y)).slice(-days)
    .map(([day, e]) => ({ day, marked: e.marked, rate: e.marked ? e.present / e.marked : null }));
}

export async function officeDashboard(db: TenantDb, today: Day) {
  const activeStudents = await db.student.count({ where: { status: "active" } });
  const activeTeachers = await db.teacher.count({ where: { employmentStatus: "active" } });
  const classes = await db.class.findMany({ where: { status: "active" }, select: { id: true, name: true, classCode: true, schedule: true } });
  const activeEnrollments = await db.enrollment.count({ where: { status: "active" } });
  const trend = await attendanceRates(db, today, 10);
  const todayRate = trend.find((d) => d.day === today) ?? null;
  const meetingToday = classes.filter((c) => meetsOn(c.schedule, today));
  const taken = new Set((await db.attendance.findMany({
    where: { attendanceDate: dayToDate(today), classId: { in: meetingToday.map((c) => c.id) } }, select: { classId: true }, distinct: ["classId"],
  })).map((a) => a.classId));
  const withoutAttendance = meetingToday.filter((c) => !taken.has(c.id));
  const recent = await db.auditLog.findMany({
    where: { action: { in: RECORD_CHANGES }, success: true },
    orderBy: { createdAt: "desc" }, take: 8, select: { id: true, action: true, resourceType: true, userEmail: true, createdAt: true },
  });
  return {
    counts: { activeStudents, activeTeachers, activeClasses: classes.length, activeEnrollments },
    todayRate, trend, meetingToday: meetingToday.length,
    withoutAttendance: withoutAttendance.map((c) => ({ id: c.id, label: `${c.classCode} ${c.name}` })),
    recent: recent.map((r) => ({ id: r.id, action: r.action.replace(/_/g, " "), by: r.userEmail, at: r.createdAt?.toISOString() ?? "" })),
  };
}

export async function teacherDashboard(db: TenantDb, userId: string, today: Day) {
  const ids = await teacherClassIds(db, userId);
  const classes = await db.class.findMany({ where: { id: { in: ids }, status: "active" }, select: { id: true, name: true, classCode: true, roomNumber: true, schedule: true, currentEnrollment: true } });
  const todays = classes.filter((c) => meetsOn(c.schedule, today))
    .map((c) => ({ id: c.id, label: `${c.classCode} ${c.name}`, room: c.roomNumber, start: (c.schedule as Schedule).start ?? "", end: (c.schedule as Schedule).end ?? "", students: c.currentEnrollment ?? 0 }))
    .sort((x, y) => x.start.localeCompare(y.start));
  const taken = new Set((await db.attendance.findMany({
    where: { attendanceDate: dayToDate(today), classId: { in: todays.map((c) => c.id) } }, select: { classId: true }, distinct: ["classId"],
  })).map((a) => a.classId));
  const toGrade = await db.grade.groupBy({ by: ["classId"], where: { classId: { in: ids }, status: { in: ["submitted", "late"] }, pointsEarned: null }, _count: { _all: true } });
  const toGradeByClass = new Map(toGrade.map((g) => [g.classId, g._count._all]));
  return {
    todays: todays.map((c) => ({ ...c, attendanceTaken: taken.has(c.id), toGrade: toGradeByClass.get(c.id) ?? 0 })),
    attendanceToTake: todays.filter((c) => !taken.has(c.id)).length,
    workToGrade: toGrade.reduce((sum, g) => sum + g._count._all, 0),
    classCount: classes.length,
  };
}
