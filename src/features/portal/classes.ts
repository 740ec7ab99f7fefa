import "server-only";
// A child's classes as the portal shows them: each active enrolment's class with its teachers
// (school email), room, meeting times and its grading rules, read once per page.
import type { TenantDb } from "@/server/db/with-tenant";

const TEACHER = { select: { firstName: true, lastName: true, email: true } } as const;

export async function childClasses(db: TenantDb, studentId: string) {
  const rows = await db.enrollment.findMany({
    where: { studentId, status: "active" },
    select: {
      enrollmentDate: true,
      class: {
        select: {
          id: true,
          name: true,
          classCode: true,
          subject: true,
          roomNumber: true,
          semester: true,
          schedule: true,
          academicYear: true,
          gradingScale: true,
          gradeCategories: true,
          gradebookSettings: true,
          teacher: TEACHER,
          coTeacher: TEACHER,
        },
      },
    },
  });
  return rows
    .map((r) => ({
      ...r.class,
      enrolledOn: r.enrollmentDate,
      teachers: [r.class.teacher, r.class.coTeacher].flatMap((t) =>
        t ? [{ name: `${t.firstName} ${t.lastName}`, email: t.email }] : [],
      ),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
export type ChildClass = Awaited<ReturnType<typeof childClasses>>[number];
