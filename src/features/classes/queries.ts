import "server-only";
// Reads for class pages. A teacher sees the classes they teach or co-teach; the office sees all.
import type { Prisma } from "@/generated/prisma/client";
import { dayToDate, type Day } from "@/lib/calendar";
import { dayKeyOf } from "@/lib/meeting-times";
import { HEALTH_FIELDS } from "@/lib/student-health";
import type { TenantDb } from "@/server/db/with-tenant";
import { classesVisibleTo, type Viewer } from "@/server/access/ownership";
import { pageWindow, searchWords } from "@/lib/list-query";

/**
 * Active classes that meet on a day (by their weekly schedule) and have no attendance mark for it.
 * The dashboard counts with it and the class list filters with it, so the two always agree.
 */
export function unmarkedClassesWhere(day: Day, academicYear: string | null): Prisma.ClassWhereInput {
  return {
    status: "active",
    // This year's classes: last year's, kept as history after a rollover, meet no more.
    ...(academicYear ? { academicYear } : {}),
    schedule: { path: ["days"], array_contains: [dayKeyOf(day)] },
    attendance: { none: { attendanceDate: dayToDate(day) } },
  };
}

export async function listClasses(
  db: TenantDb,
  query: { q?: string; page?: number; unmarkedOn?: Day; year?: string | null },
  viewer: Viewer,
) {
  const words = searchWords(query.q);
  const where: Prisma.ClassWhereInput = {
    AND: [
      await classesVisibleTo(db, viewer),
      ...(query.year ? [{ academicYear: query.year }] : []),
      ...(query.unmarkedOn ? [unmarkedClassesWhere(query.unmarkedOn, query.year ?? null)] : []),
      ...words.map((word) => ({
        OR: [
          { name: { contains: word, mode: "insensitive" as const } },
          { classCode: { startsWith: word, mode: "insensitive" as const } },
          { subject: { contains: word, mode: "insensitive" as const } },
        ],
      })),
    ],
  };
  const total = await db.class.count({ where });
  const { page, pageCount, skip, size } = pageWindow(total, query.page);
  const classes = await db.class.findMany({
    where,
    orderBy: [{ classCode: "asc" }, { id: "asc" }],
    skip,
    take: size,
    include: { teacher: { select: { firstName: true, lastName: true } } },
  });
  return {
    total,
    page,
    pageCount,
    rows: classes.map((c) => ({
      id: c.id,
      code: c.classCode,
      name: c.name,
      subject: c.subject,
      gradeLevel: c.gradeLevel,
      room: c.roomNumber,
      teacher: c.teacher ? `${c.teacher.firstName} ${c.teacher.lastName}` : null,
      enrolled: c.currentEnrollment ?? 0,
      capacity: c.maxStudents ?? 30,
    })),
  };
}

const ROSTER_STUDENT = {
  id: true,
  studentId: true,
  firstName: true,
  lastName: true,
  preferredName: true,
  gradeLevel: true,
  ...HEALTH_FIELDS,
} as const;

/**
 * A class and its roster. Enrolments and their students are read separately and joined here, so
 * an enrolment whose student row is missing (restored from a damaged archive, or written with the
 * database's checks switched off) is counted and logged instead of failing the whole page.
 */
export async function getClassWithRoster(db: TenantDb, id: string, viewer: Viewer) {
  const cls = await db.class.findFirst({
    where: { AND: [{ id }, await classesVisibleTo(db, viewer)] },
    include: {
      teacher: { select: { firstName: true, lastName: true } },
      coTeacher: { select: { firstName: true, lastName: true } },
    },
  });
  if (!cls) return null;
  const rows = await db.enrollment.findMany({
    where: { classId: cls.id },
    orderBy: [{ status: "asc" }, { enrollmentDate: "asc" }, { id: "asc" }],
  });
  const students = await db.student.findMany({
    where: { id: { in: [...new Set(rows.map((e) => e.studentId))] } },
    select: ROSTER_STUDENT,
  });
  const byId = new Map(students.map((s) => [s.id, s]));
  const enrollments = rows.flatMap((e) => {
    const student = byId.get(e.studentId);
    return student ? [{ ...e, student }] : [];
  });
  const damaged = rows.filter((e) => !byId.has(e.studentId)).map((e) => e.id);
  if (damaged.length) console.error(`class ${cls.id}: enrolments without their student row`, damaged);
  const byName = (x: (typeof enrollments)[number], y: (typeof enrollments)[number]) =>
    (x.status ?? "").localeCompare(y.status ?? "") ||
    x.student.lastName.localeCompare(y.student.lastName) ||
    x.student.firstName.localeCompare(y.student.firstName);
  return { ...cls, enrollments: enrollments.sort(byName), damagedEnrollments: damaged.length };
}

/** One class as stored, for its edit form (the office only; the page checks the permission). */
export function getClass(db: TenantDb, id: string) {
  return db.class.findUnique({ where: { id } });
}

export async function teacherOptions(db: TenantDb) {
  const teachers = await db.teacher.findMany({
    where: { employmentStatus: { in: ["active", "on_leave"] } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, department: true },
  });
  return teachers.map((t) => ({
    value: t.id,
    label: `${t.lastName}, ${t.firstName}${t.department ? ` (${t.department})` : ""}`,
  }));
}
