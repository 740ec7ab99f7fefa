import "server-only";
// The rules of a teacher record: unique employee ID, email and linked account; the plan's limit of
// active teachers; deletion that says which classes lose their teacher. All changes audited.
import { dayToDate } from "@/lib/calendar";
import { auditChanges } from "@/server/audit/diff";
import { writeAudit } from "@/server/audit/write-audit";
import { writeUnique, type UniqueFields } from "@/server/db/errors";
import type { TenantDb } from "@/server/db/with-tenant";
import type { SchoolContext } from "@/server/school-context";
import { NotFoundError, UserFacingError } from "@/server/errors";
import type { TeacherValues } from "./schemas";

const STAFF_ROLES = ["teacher", "principal", "admin"];

function toData(values: TeacherValues) {
  const { hireDate, workSchedule, ...rest } = values;
  return {
    ...rest,
    hireDate: dayToDate(hireDate),
    workSchedule: Object.fromEntries(
      Object.entries(workSchedule)
        .filter(([, d]) => d.works)
        .map(([day, d]) => [day, { start: d.start, end: d.end }]),
    ),
  };
}

async function checkUnique(ctx: SchoolContext, values: TeacherValues, exceptId?: string) {
  const others = (field: "employeeId" | "email" | "userId", value: string) =>
    ctx.db.teacher.findFirst({
      where: { [field]: value, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    });
  if (await others("employeeId", values.employeeId))
    throw new UserFacingError("rules.teacher.employeeIdTaken", "employeeId");
  if (await others("email", values.email)) throw new UserFacingError("rules.teacher.emailTaken", "email");
  if (values.userId) {
    const user = await ctx.db.user.findUnique({ where: { id: values.userId }, select: { role: true } });
    if (!user || !STAFF_ROLES.includes(user.role))
      throw new UserFacingError("rules.teacher.accountNotStaff", "userId");
    if (await others("userId", values.userId))
      throw new UserFacingError("rules.teacher.accountTaken", "userId");
  }
}

const UNIQUE: UniqueFields = {
  unique_employee_id_per_tenant: {
    field: "employeeId",
    message: "rules.teacher.employeeIdTaken",
  },
  unique_teacher_email_per_tenant: {
    field: "email",
    message: "rules.teacher.emailTaken",
  },
  unique_teacher_user_per_tenant: {
    field: "userId",
    message: "rules.teacher.accountTaken",
  },
};
const guarded = <T>(work: () => Promise<T>) => writeUnique(UNIQUE, work);

async function assertUnderLimit(ctx: SchoolContext, maxTeachers: number) {
  if ((await ctx.db.teacher.count({ where: { employmentStatus: "active" } })) >= maxTeachers) {
    throw new UserFacingError("rules.teacher.planLimit", undefined, { limit: maxTeachers });
  }
}

export async function createTeacher(ctx: SchoolContext, values: TeacherValues) {
  await checkUnique(ctx, values);
  if (values.employmentStatus === "active") await assertUnderLimit(ctx, ctx.tenant.maxTeachers);
  const teacher = await guarded(() =>
    ctx.db.teacher.create({ data: { ...toData(values), tenantId: ctx.tenantId, createdBy: ctx.actor.id } }),
  );
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "teacher_created",
    resourceType: "teacher",
    resourceId: teacher.id,
    newValues: { ...values },
  });
  return teacher;
}

export async function updateTeacher(ctx: SchoolContext, id: string, values: TeacherValues) {
  const before = await ctx.db.teacher.findUnique({ where: { id } });
  if (!before) throw new NotFoundError("teacher");
  await checkUnique(ctx, values, id);
  if (values.employmentStatus === "active" && before.employmentStatus !== "active")
    await assertUnderLimit(ctx, ctx.tenant.maxTeachers);
  const data = toData(values);
  const updated = await guarded(() => ctx.db.teacher.update({ where: { id }, data }));
  const { oldValues, newValues, changed } = auditChanges(before, data);
  if (changed)
    await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
      action: "teacher_updated",
      resourceType: "teacher",
      resourceId: id,
      oldValues,
      newValues,
    });
  return updated;
}

/** Classes that would be left without this teacher (they stay, unassigned). */
export async function teacherDeletionImpact(db: TenantDb, id: string) {
  if (!(await db.teacher.findUnique({ where: { id }, select: { id: true } })))
    throw new NotFoundError("teacher");
  const taught = await db.class.count({ where: { teacherId: id } });
  const coTaught = await db.class.count({ where: { coTeacherId: id } });
  return { taught, coTaught };
}

export async function deleteTeacher(ctx: SchoolContext, id: string) {
  const teacher = await ctx.db.teacher.findUnique({ where: { id } });
  if (!teacher) throw new NotFoundError("teacher");
  const impact = await teacherDeletionImpact(ctx.db, id);
  await ctx.db.class.updateMany({ where: { teacherId: id }, data: { teacherId: null } });
  await ctx.db.class.updateMany({ where: { coTeacherId: id }, data: { coTeacherId: null } });
  await ctx.db.teacher.delete({ where: { id } });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "teacher_deleted",
    resourceType: "teacher",
    resourceId: id,
    oldValues: {
      employeeId: teacher.employeeId,
      firstName: teacher.firstName,
      lastName: teacher.lastName,
      email: teacher.email,
      ...impact,
    },
  });
  return impact;
}
