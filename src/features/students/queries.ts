import "server-only";
// Reads for the student pages. A teacher sees only the students of classes they teach or co-teach;
// health and support details only with students.read_sensitive.
import type { Prisma } from "@/generated/prisma/client";
import { dateToDay } from "@/lib/calendar";
import { can } from "@/server/auth/permissions";
import { healthAlert, type HealthAlertPart } from "@/lib/health-alert";
import type { TenantDb } from "@/server/db/with-tenant";
import { STUDENTS_PAGE_SIZE, type StudentListQuery } from "./schemas";

export interface Viewer { id: string; role: string; permissions: unknown }

/** The classes a teacher teaches or co-teaches (a short list, looked up once per request). */
export async function teacherClassIds(db: TenantDb, userId: string): Promise<string[]> {
  const teachers = await db.teacher.findMany({ where: { userId }, select: { id: true } });
  if (teachers.length === 0) return [];
  const ids = teachers.map((t) => t.id);
  const classes = await db.class.findMany({ where: { OR: [{ teacherId: { in: ids } }, { coTeacherId: { in: ids } }] }, select: { id: true } });
  return classes.map((c) => c.id);
}

/**
 * Students a viewer may see at all: everyone for the office, the students actively enrolled in
 * their own classes for teachers. Resolving the class ids first keeps the filter a plain IN list.
 */
export async function visibleTo(db: TenantDb, viewer: Viewer): Promise<Prisma.StudentWhereInput> {
  if (viewer.role !== "teacher") return {};
  return { enrollments: { some: { status: "active", classId: { in: await teacherClassIds(db, viewer.id) } } } };
}

export async function listWhere(db: TenantDb, query: StudentListQuery, viewer: Viewer): Promise<Prisma.StudentWhereInput> {
  const words = (query.q ?? "").split(/\s+/).filter(Boolean).slice(0, 4);
  const and: Prisma.StudentWhereInput[] = [await visibleTo(db, viewer)];
  for (const word of words) {
    and.push({ OR: [
      { firstName: { contains: word, mode: "insensitive" } },
      { lastName: { contains: word, mode: "insensitive" } },
      { preferredName: { contains: word, mode: "insensitive" } },
      { studentId: { startsWith: word, mode: "insensitive" } },
    ] });
  }
  if (query.grade) and.push({ gradeLevel: query.grade });
  if (query.status) and.push({ status: query.status });
  if (query.year) and.push({ academicYear: query.year });
  if (query.support === "iep") and.push({ iepStatus: true });
  if (query.support === "504") and.push({ section504Status: true });
  if (query.support === "any") and.push({ OR: [{ iepStatus: true }, { section504Status: true }] });
  return { AND: and };
}

function orderOf(sort: string | undefined): Prisma.StudentOrderByWithRelationInput[] {
  const [key, dir] = (sort ?? "name.asc").split(".") as [string, "asc" | "desc"];
  const then: Prisma.StudentOrderByWithRelationInput[] = [{ lastName: dir }, { firstName: dir }, { id: dir }];
  switch (key) {
    case "studentId": return [{ studentId: dir }, { id: dir }];
    case "gradeLevel": return [{ gradeLevel: dir }, ...then];
    case "status": return [{ status: dir }, ...then];
    case "enrollmentDate": return [{ enrollmentDate: dir }, ...then];
    default: return then;
  }
}

export interface StudentRow {
  id: string; studentId: string; name: string; gradeLevel: string; status: string; academicYear: string;
  enrollmentDate: string; support: string; guardian: string | null; guardianPhone: string | null;
  healthAlert: HealthAlertPart[];
}

const rowOf = (s: Prisma.StudentGetPayload<object>): StudentRow => ({
  id: s.id, studentId: s.studentId, name: `${s.lastName}, ${s.preferredName ?? s.firstName}`, gradeLevel: s.gradeLevel,
  status: s.status ?? "active", academicYear: s.academicYear, enrollmentDate: dateToDay(s.enrollmentDate),
  support: [s.iepStatus ? "IEP" : null, s.section504Status ? "504" : null].filter(Boolean).join(", "),
  guardian: s.parentGuardian1Name, guardianPhone: s.parentGuardian1Phone,
  healthAlert: healthAlert(s),
});

export async function listStudents(db: TenantDb, query: StudentListQuery, viewer: Viewer) {
  const where = await listWhere(db, query, viewer);
  const total = await db.student.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / STUDENTS_PAGE_SIZE));
  const page = Math.min(query.page ?? 1, pageCount);
  const students = await db.student.findMany({ where, orderBy: orderOf(query.sort), skip: (page - 1) * STUDENTS_PAGE_SIZE, take: STUDENTS_PAGE_SIZE });
  return { rows: students.map(rowOf), total, page, pageCount };
}

/** Every student of the filtered list, in list order, for the CSV export (capped for safety). */
export async function exportStudents(db: TenantDb, query: StudentListQuery, viewer: Viewer, limit = 20_000) {
  const students = await db.student.findMany({ where: await listWhere(db, query, viewer), orderBy: orderOf(query.sort), take: limit });
  return students.map(rowOf);
}

export async function academicYears(db: TenantDb): Promise<string[]> {
  const rows = await db.student.groupBy({ by: ["academicYear"], orderBy: { academicYear: "desc" } });
  return rows.map((r) => r.academicYear);
}

/** One student's profile, or null when it does not exist for this viewer. */
export async function getStudentProfile(db: TenantDb, id: string, viewer: Viewer) {
  const student = await db.student.findFirst({
    where: { AND: [{ id }, await visibleTo(db, viewer)] },
    include: {
      enrollments: { include: { class: { select: { id: true, name: true, classCode: true, subject: true, roomNumber: true } } }, orderBy: { enrollmentDate: "desc" } },
      statusChanges: { orderBy: { effectiveDate: "desc" } },
    },
  });
  if (!student) return null;
  const marks = await db.attendance.groupBy({ by: ["status"], where: { studentId: id }, _count: { _all: true } });
  const attendance = Object.fromEntries(marks.map((m) => [m.status, m._count._all]));
  const sensitive = can(viewer, "students.read_sensitive");
  return {
    // The health alert (allergies, conditions, medications) is for everyone who may see the
    // student: the teacher in the room must know. Special-needs notes need students.read_sensitive.
    student: sensitive ? student : { ...student, specialNeeds: null },
    healthAlert: healthAlert(student),
    sensitive,
    attendance,
  };
}

/** Student sign-in accounts that can be linked: not linked yet, or linked to this student. */
export async function studentAccounts(db: TenantDb, studentId?: string) {
  const users = await db.user.findMany({
    where: { role: "student", OR: [{ student: null }, ...(studentId ? [{ student: { id: studentId } }] : [])] },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }], select: { id: true, firstName: true, lastName: true, email: true }, take: 1000,
  });
  return users.map((u) => ({ value: u.id, label: `${u.lastName}, ${u.firstName} (${u.email})` }));
}
