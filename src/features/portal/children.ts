import "server-only";
// The children a family member may open in the portal: a parent's linked children, a student
// themself (src/server/access/ownership.ts). Every portal page and download starts here, so a
// child outside the list is "not found" exactly like an id that does not exist.
import { studentsVisibleTo, type Viewer } from "@/server/access/ownership";
import type { TenantDb } from "@/server/db/with-tenant";

export interface PortalChild {
  id: string;
  /** The name the school calls them by (preferred first name). */
  name: string;
  firstName: string;
  lastName: string;
  gradeLevel: string;
  studentNumber: string;
  academicYear: string;
  enrolledOn: Date;
}

const CHILD_FIELDS = {
  id: true,
  firstName: true,
  preferredName: true,
  lastName: true,
  gradeLevel: true,
  studentId: true,
  academicYear: true,
  enrollmentDate: true,
} as const;

const childOf = (s: {
  id: string;
  firstName: string;
  preferredName: string | null;
  lastName: string;
  gradeLevel: string;
  studentId: string;
  academicYear: string;
  enrollmentDate: Date;
}): PortalChild => ({
  id: s.id,
  name: `${s.preferredName || s.firstName} ${s.lastName}`,
  firstName: s.preferredName || s.firstName,
  lastName: s.lastName,
  gradeLevel: s.gradeLevel,
  studentNumber: s.studentId,
  academicYear: s.academicYear,
  enrolledOn: s.enrollmentDate,
});

export async function portalChildren(db: TenantDb, viewer: Viewer): Promise<PortalChild[]> {
  const rows = await db.student.findMany({
    where: await studentsVisibleTo(db, viewer),
    select: CHILD_FIELDS,
    orderBy: [{ firstName: "asc" }, { id: "asc" }],
  });
  return rows.map(childOf);
}
