import "server-only";
// Whose records a person may see, in one place: the office sees the whole school; a teacher their
// own classes (taught or co-taught) and the students active in them; a parent the children whose
// guardian the office linked them to (student_guardians); a student their own record. Every query
// and action that narrows by person asks here, so a rule changes once. Nothing here is cached: a
// link the office removes counts from the next request on.
import type { Prisma } from "@/generated/prisma/client";
import type { TenantDb } from "@/server/db/with-tenant";

export interface Viewer {
  id: string;
  role: string;
  permissions: unknown;
}

const OFFICE_ROLES = new Set(["admin", "principal"]);
const NOBODY = { id: { in: [] as string[] } };

/** The classes a teacher teaches or co-teaches (a short list, looked up once per request). */
export async function teacherClassIds(db: TenantDb, userId: string): Promise<string[]> {
  const teachers = await db.teacher.findMany({ where: { userId }, select: { id: true } });
  if (teachers.length === 0) return [];
  const ids = teachers.map((t) => t.id);
  const classes = await db.class.findMany({
    where: { OR: [{ teacherId: { in: ids } }, { coTeacherId: { in: ids } }] },
    select: { id: true },
  });
  return classes.map((c) => c.id);
}

/** The students linked to this person as their guardian. */
const guardianOf = (userId: string): Prisma.StudentWhereInput => ({ guardians: { some: { userId } } });

/** Classes a viewer may see. Resolving the class ids first keeps the filter a plain IN list. */
export async function classesVisibleTo(db: TenantDb, viewer: Viewer): Promise<Prisma.ClassWhereInput> {
  if (OFFICE_ROLES.has(viewer.role)) return {};
  if (viewer.role === "teacher") return { id: { in: await teacherClassIds(db, viewer.id) } };
  return NOBODY;
}

/** Students a viewer may see at all; anyone else (an unknown role) sees no one. */
/** The office sees every student of the school (studentsVisibleTo adds no condition). */
export const seesEveryStudent = (viewer: Viewer) => OFFICE_ROLES.has(viewer.role);

export async function studentsVisibleTo(db: TenantDb, viewer: Viewer): Promise<Prisma.StudentWhereInput> {
  if (seesEveryStudent(viewer)) return {};
  if (viewer.role === "teacher") {
    return {
      enrollments: { some: { status: "active", classId: { in: await teacherClassIds(db, viewer.id) } } },
    };
  }
  if (viewer.role === "parent") return guardianOf(viewer.id);
  if (viewer.role === "student") return { userId: viewer.id };
  return NOBODY;
}
