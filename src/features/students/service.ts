import "server-only";
// The rules of a student record: unique student IDs, the school's plan limit, status changes with
// their dates, and deletion that says what goes with it. Every change is audited in its transaction.
import { checkYearExists } from "../school-year/queries";
import { dateToDay, dayToDate } from "@/lib/calendar";
import { AUDIT_REDACTED, auditValue, keepSensitiveFields } from "@/lib/student-health";
import { auditChanges } from "@/server/audit/diff";
import { writeAudit } from "@/server/audit/write-audit";
import { writeUnique, type UniqueFields } from "@/server/db/errors";
import type { TenantDb } from "@/server/db/with-tenant";
import type { SchoolContext } from "@/server/school-context";
import { NotFoundError, UserFacingError } from "@/server/errors";
import { closeActiveEnrollments, recountClasses } from "../enrollments/service";
import { ACTIVE_STUDENT } from "./queries";
import type { StudentValues } from "./schemas";

const ID_TAKEN = "rules.student.idTaken";
// Health and support details never go into the audit trail in clear: the trail says they changed.

function toData(values: StudentValues) {
  const { dateOfBirth, enrollmentDate, graduationDate, documents, ...rest } = values;
  return {
    ...rest,
    dateOfBirth: dayToDate(dateOfBirth),
    enrollmentDate: dayToDate(enrollmentDate),
    graduationDate: graduationDate ? dayToDate(graduationDate) : null,
    documents,
  };
}

/** A new record's values as its audit row holds them: health details only as "(recorded)". */
function auditable(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      value instanceof Date ? dateToDay(value) : auditValue(key, value),
    ]),
  );
}

async function findStudent(db: TenantDb, id: string) {
  const student = await db.student.findUnique({ where: { id } });
  if (!student) throw new NotFoundError("student");
  return student;
}

/** A linked portal account must be a student account of this school, not linked to anyone else. */
async function checkAccount(db: TenantDb, userId: string | null, exceptStudentId?: string) {
  if (!userId) return;
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!user || user.role !== "student")
    throw new UserFacingError("rules.student.accountNotStudent", "userId");
  const taken = await db.student.findFirst({
    where: { userId, ...(exceptStudentId ? { id: { not: exceptStudentId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new UserFacingError("rules.student.accountTaken", "userId");
}

const UNIQUE: UniqueFields = {
  unique_student_id_per_tenant: { field: "studentId", message: ID_TAKEN },
  unique_student_user_per_tenant: {
    field: "userId",
    message: "rules.student.accountTaken",
  },
};
const write = <T>(work: () => Promise<T>) => writeUnique(UNIQUE, work);

export async function createStudent(ctx: SchoolContext, values: StudentValues) {
  if (await ctx.db.student.findFirst({ where: { studentId: values.studentId }, select: { id: true } }))
    throw new UserFacingError(ID_TAKEN, "studentId");
  await checkYearExists(ctx.db, values.academicYear);
  await checkAccount(ctx.db, values.userId);
  const active = await ctx.db.student.count({ where: ACTIVE_STUDENT });
  if (active >= ctx.tenant.maxStudents) {
    throw new UserFacingError("rules.student.planLimit", undefined, { limit: ctx.tenant.maxStudents });
  }
  const student = await write(() =>
    ctx.db.student.create({
      data: { ...toData(values), tenantId: ctx.tenantId, status: "active", createdBy: ctx.actor.id },
    }),
  );
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "student_created",
    resourceType: "student",
    resourceId: student.id,
    newValues: auditable(values),
  });
  return student;
}

/** `keepSensitive`: the editor may not see health details, so the form did not carry them. */
export async function updateStudent(
  ctx: SchoolContext,
  id: string,
  submitted: StudentValues,
  options: { keepSensitive?: boolean } = {},
) {
  const before = await findStudent(ctx.db, id);
  const values = options.keepSensitive ? keepSensitiveFields(submitted, before) : submitted;
  await checkYearExists(ctx.db, values.academicYear);
  const clash = await ctx.db.student.findFirst({
    where: { studentId: values.studentId, id: { not: id } },
    select: { id: true },
  });
  if (clash) throw new UserFacingError(ID_TAKEN, "studentId");
  await checkAccount(ctx.db, values.userId, id);
  const updated = await write(() => ctx.db.student.update({ where: { id }, data: toData(values) }));
  const { oldValues, newValues, changed } = auditChanges(before, values, { redact: AUDIT_REDACTED });
  if (changed) {
    await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
      action: "student_updated",
      resourceType: "student",
      resourceId: id,
      oldValues,
      newValues,
    });
  }
  return updated;
}

export async function changeStudentStatus(
  ctx: SchoolContext,
  input: { id: string; status: string; effectiveDate: string; note: string | null },
) {
  const student = await findStudent(ctx.db, input.id);
  if (student.status === input.status)
    throw new UserFacingError("rules.student.alreadyStatus", "status", { status: input.status });
  if (input.effectiveDate < dateToDay(student.enrollmentDate))
    throw new UserFacingError("rules.student.beforeEnrolment", "effectiveDate");
  if (
    input.status === "active" &&
    (await ctx.db.student.count({ where: ACTIVE_STUDENT })) >= ctx.tenant.maxStudents
  ) {
    throw new UserFacingError("rules.student.planLimitReturn", undefined, {
      limit: ctx.tenant.maxStudents,
    });
  }
  const on = dayToDate(input.effectiveDate);
  const leaving = ["graduated", "transferred", "withdrawn"].includes(input.status);
  await ctx.db.student.update({
    where: { id: student.id },
    data: { status: input.status, ...(input.status === "graduated" ? { graduationDate: on } : {}) },
  });
  const closed = leaving
    ? await closeActiveEnrollments(
        ctx.db,
        student.id,
        input.status === "graduated" ? "completed" : "withdrawn",
        on,
      )
    : 0;
  await ctx.db.studentStatusChange.create({
    data: {
      tenantId: ctx.tenantId,
      studentId: student.id,
      fromStatus: student.status,
      toStatus: input.status,
      effectiveDate: on,
      note: input.note,
      createdBy: ctx.actor.id,
    },
  });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "student_status_changed",
    resourceType: "student",
    resourceId: student.id,
    oldValues: { status: student.status },
    newValues: {
      status: input.status,
      effectiveDate: input.effectiveDate,
      note: input.note,
      enrolmentsClosed: closed,
    },
  });
}

/** What deleting a student also deletes, for the confirmation to say. */
export async function deletionImpact(db: TenantDb, id: string) {
  await findStudent(db, id);
  const enrollments = await db.enrollment.count({ where: { studentId: id } });
  const attendance = await db.attendance.count({ where: { studentId: id } });
  return completeDeletionImpact(db, id, { enrollments, attendance });
}

/**
 * What deleting a student removes with them, for the confirmation and the audit row. The profile
 * has already read the enrolments and the attendance marks, so it passes their counts.
 */
export async function completeDeletionImpact(
  db: TenantDb,
  id: string,
  counted: { enrollments: number; attendance: number },
) {
  return { ...counted, grades: await db.grade.count({ where: { studentId: id } }) };
}

export async function deleteStudent(ctx: SchoolContext, id: string) {
  const student = await findStudent(ctx.db, id);
  const impact = await deletionImpact(ctx.db, id);
  const classIds = (
    await ctx.db.enrollment.findMany({ where: { studentId: id }, select: { classId: true } })
  ).map((e) => e.classId);
  await ctx.db.student.delete({ where: { id } });
  await recountClasses(ctx.db, classIds);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "student_deleted",
    resourceType: "student",
    resourceId: id,
    oldValues: {
      studentId: student.studentId,
      firstName: student.firstName,
      lastName: student.lastName,
      gradeLevel: student.gradeLevel,
      ...impact,
    },
  });
  return impact;
}
