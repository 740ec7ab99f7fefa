import "server-only";
// Enrolling students in classes. Capacity is a count followed by inserts, so callers run these in
// a serializable transaction: of two requests for the last seat exactly one commits.
import { dateToDay, dayToDate } from "@/lib/calendar";
import { writeAudit } from "@/server/audit/write-audit";
import type { SchoolContext } from "@/server/school-context";
import { NotFoundError, UserFacingError } from "@/server/errors";
import { recountClasses } from "./roster-counts";
import { refreshEnrollmentTotals } from "../attendance/service";

// Other features keep class counts right through this entry (a student withdrawn, deleted).
export { closeActiveEnrollments, recountClasses } from "./roster-counts";

export async function enrollStudents(
  ctx: SchoolContext,
  input: { classId: string; studentIds: string[]; enrollmentDate: string },
) {
  const cls = await ctx.db.class.findUnique({ where: { id: input.classId } });
  if (!cls || cls.status === "archived") throw new NotFoundError("class");
  const ids = [...new Set(input.studentIds)];
  const students = await ctx.db.student.findMany({
    where: { id: { in: ids } },
    select: { id: true, firstName: true, lastName: true, status: true },
  });
  if (students.length !== ids.length) throw new NotFoundError("student");
  const inactive = students.find((s) => s.status !== "active");
  if (inactive)
    throw new UserFacingError("rules.enrollment.notActive", "studentIds", {
      name: `${inactive.firstName} ${inactive.lastName}`,
    });
  if (input.enrollmentDate < dateToDay(cls.startDate))
    throw new UserFacingError("rules.enrollment.notStarted", "enrollmentDate");

  const existing = await ctx.db.enrollment.findMany({ where: { classId: cls.id, studentId: { in: ids } } });
  const already = existing.filter((e) => e.status === "active");
  if (already.length) {
    const names = students
      .filter((s) => already.some((e) => e.studentId === s.id))
      .map((s) => `${s.firstName} ${s.lastName}`);
    throw new UserFacingError("rules.enrollment.already", "studentIds", {
      names: names.join(", "),
      count: names.length,
      className: cls.name,
    });
  }
  const active = await ctx.db.enrollment.count({ where: { classId: cls.id, status: "active" } });
  const capacity = cls.maxStudents ?? 30;
  if (active + ids.length > capacity) {
    const left = Math.max(0, capacity - active);
    throw new UserFacingError(
      left === 0 ? "rules.enrollment.full" : "rules.enrollment.seatsLeft",
      "studentIds",
      { className: cls.name, capacity, left },
    );
  }
  const on = dayToDate(input.enrollmentDate);
  // A student who left the class earlier comes back on their old row (one row per student and class).
  const returning = existing.map((e) => e.id);
  if (returning.length) {
    await ctx.db.enrollment.updateMany({
      where: { id: { in: returning } },
      data: { status: "active", enrollmentDate: on, dropDate: null, completionDate: null },
    });
  }
  const fresh = ids.filter((id) => !existing.some((e) => e.studentId === id));
  if (fresh.length) {
    await ctx.db.enrollment.createMany({
      data: fresh.map((studentId) => ({
        tenantId: ctx.tenantId,
        classId: cls.id,
        studentId,
        enrollmentDate: on,
        createdBy: ctx.actor.id,
      })),
    });
  }
  await recountClasses(ctx.db, [cls.id]);
  // A returning student's days count from their new start.
  if (existing.length)
    await refreshEnrollmentTotals(
      ctx.db,
      existing.map((e) => e.studentId),
      cls.id,
    );
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "students_enrolled",
    resourceType: "class",
    resourceId: cls.id,
    newValues: {
      studentIds: ids,
      enrollmentDate: input.enrollmentDate,
      activeBefore: active,
      activeAfter: active + ids.length,
    },
  });
  return { enrolled: ids.length };
}

export async function endEnrollment(
  ctx: SchoolContext,
  input: { enrollmentId: string; status: "dropped" | "withdrawn" | "completed"; date: string },
) {
  const enrollment = await ctx.db.enrollment.findUnique({ where: { id: input.enrollmentId } });
  if (!enrollment) throw new NotFoundError("enrolment");
  if (enrollment.status !== "active") throw new UserFacingError("rules.enrollment.ended");
  if (input.date < dateToDay(enrollment.enrollmentDate))
    throw new UserFacingError("rules.enrollment.beforeJoined", "date");
  const on = dayToDate(input.date);
  await ctx.db.enrollment.update({
    where: { id: enrollment.id },
    data:
      input.status === "completed"
        ? { status: "completed", completionDate: on }
        : { status: input.status, dropDate: on },
  });
  await recountClasses(ctx.db, [enrollment.classId]);
  // Days after it ends no longer count toward its totals.
  await refreshEnrollmentTotals(ctx.db, [enrollment.studentId], enrollment.classId);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "enrollment_ended",
    resourceType: "enrollment",
    resourceId: enrollment.id,
    oldValues: { status: enrollment.status },
    newValues: { status: input.status, date: input.date },
  });
}

export async function updateEnrollmentNotes(
  ctx: SchoolContext,
  input: { enrollmentId: string; notes: string | null; teacherComments: string | null },
) {
  const enrollment = await ctx.db.enrollment.findUnique({ where: { id: input.enrollmentId } });
  if (!enrollment) throw new NotFoundError("enrolment");
  await ctx.db.enrollment.update({
    where: { id: enrollment.id },
    data: { notes: input.notes, teacherComments: input.teacherComments },
  });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "enrollment_notes_updated",
    resourceType: "enrollment",
    resourceId: enrollment.id,
    oldValues: { notes: enrollment.notes, teacherComments: enrollment.teacherComments },
    newValues: { notes: input.notes, teacherComments: input.teacherComments },
  });
}
