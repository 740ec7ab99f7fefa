import "server-only";
// The office's attendance settings: the school's codes and its day rule, audited.
import { writeAudit } from "@/server/audit/write-audit";
import { NotFoundError, UserFacingError } from "@/server/errors";
import type { SchoolContext } from "@/server/school-context";
import { schoolCodes } from "./codes";
import type { CodeValues } from "./schemas";

export async function saveCode(ctx: SchoolContext, input: CodeValues) {
  const codes = await schoolCodes(ctx.db);
  const clash = codes.find((c) => c.code === input.code && c.id !== input.id);
  if (clash) throw new UserFacingError("rules.attendanceCode.taken", "code", { code: input.code });
  const { id, ...values } = input;
  if (!id) {
    const created = await ctx.db.attendanceCode.create({
      data: { tenantId: ctx.tenantId, ...values, position: codes.length },
    });
    await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
      action: "attendance_code_created",
      resourceType: "attendance_code",
      resourceId: created.id,
      newValues: values,
    });
    return { id: created.id };
  }
  const old = codes.find((c) => c.id === id);
  if (!old) throw new NotFoundError("attendance code");
  const meaningChanged = old.status !== values.status || old.countsAs !== values.countsAs;
  if (
    meaningChanged &&
    (await ctx.db.attendance.findFirst({ where: { attendanceCodeId: id }, select: { id: true } }))
  )
    throw new UserFacingError("rules.attendanceCode.inUse", "countsAs");
  // A tap on "Absent" needs a code to mark with: each status keeps an active one.
  const stillActive = (status: string) =>
    codes.some((c) => c.id !== id && c.isActive && c.status === status) ||
    (values.isActive && values.status === status);
  if (old.isActive && !stillActive(old.status))
    throw new UserFacingError("rules.attendanceCode.lastOfStatus", values.isActive ? "status" : "isActive");
  await ctx.db.attendanceCode.update({ where: { id }, data: values });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "attendance_code_updated",
    resourceType: "attendance_code",
    resourceId: id,
    oldValues: {
      code: old.code,
      name: old.name,
      status: old.status,
      countsAs: old.countsAs,
      isActive: old.isActive,
    },
    newValues: values,
  });
  return { id };
}

export async function saveAttendanceRules(
  ctx: SchoolContext,
  input: {
    fullDayPercent: number;
    halfDayPercent: number;
    alertsEnabled: boolean;
    alertDelayMinutes: number;
  },
) {
  const old = await ctx.db.attendanceSettings.findFirst();
  await ctx.db.attendanceSettings.upsert({
    where: { tenantId: ctx.tenantId },
    create: { tenantId: ctx.tenantId, ...input },
    update: input,
  });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "attendance_rules_updated",
    resourceType: "attendance_settings",
    resourceId: ctx.tenantId,
    oldValues: old
      ? {
          fullDayPercent: old.fullDayPercent,
          halfDayPercent: old.halfDayPercent,
          alertsEnabled: old.alertsEnabled,
          alertDelayMinutes: old.alertDelayMinutes,
        }
      : null,
    newValues: input,
  });
}
