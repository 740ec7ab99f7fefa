import "server-only";
// classes.current_enrollment always equals the class's active enrolments: every change to
// enrolments recounts the classes it touched, in the same transaction.
import type { TenantDb } from "@/server/db/with-tenant";
import { refreshEnrollmentTotals } from "../attendance/service";

export async function recountClasses(db: TenantDb, classIds: Iterable<string>): Promise<void> {
  for (const classId of new Set(classIds)) {
    const active = await db.enrollment.count({ where: { classId, status: "active" } });
    await db.class.updateMany({ where: { id: classId }, data: { currentEnrollment: active } });
  }
}

/** Ends a student's active enrolments (they left or finished school) and recounts those classes. */
export async function closeActiveEnrollments(
  db: TenantDb,
  studentId: string,
  status: "withdrawn" | "completed",
  on: Date,
): Promise<number> {
  const open = await db.enrollment.findMany({
    where: { studentId, status: "active" },
    select: { id: true, classId: true },
  });
  if (open.length === 0) return 0;
  await db.enrollment.updateMany({
    where: { id: { in: open.map((e) => e.id) } },
    data: status === "completed" ? { status, completionDate: on } : { status: "withdrawn", dropDate: on },
  });
  await refreshEnrollmentTotals(db, [studentId]);
  await recountClasses(
    db,
    open.map((e) => e.classId),
  );
  return open.length;
}
