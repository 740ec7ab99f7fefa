import "server-only";
// Account administration inside one school: role, status, unlock. Every change is audited with
// its old and new values and ends the user's sessions, so it takes effect at once.
import { writeAudit } from "@/server/audit/write-audit";
import { bumpSessionVersion } from "@/server/auth/session-version";
import { clearSignInFailures } from "@/server/auth/throttle";
import type { SchoolContext } from "@/server/school-context";
import { NotFoundError, UserFacingError } from "@/server/errors";

export { NotFoundError } from "@/server/errors";
export class ForbiddenChangeError extends UserFacingError {
  override name = "ForbiddenChangeError";
}

type Ctx = SchoolContext;

async function target(ctx: Ctx, userId: string) {
  // Scoped to the school: another school's id is simply not found.
  const user = await ctx.db.user.findUnique({ where: { id: userId } });
  if (!user || user.role === "super_admin") throw new NotFoundError("user");
  return user;
}

export async function changeRole(ctx: Ctx, userId: string, role: string) {
  const user = await target(ctx, userId);
  if (user.id === ctx.actor.id) throw new ForbiddenChangeError("rules.user.ownRole");
  if (user.role === role) return user;
  const updated = await ctx.db.user.update({ where: { id: user.id }, data: { role } });
  await bumpSessionVersion(ctx.db, ctx.tenantId, user.id);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "role_changed",
    resourceType: "user",
    resourceId: user.id,
    oldValues: { role: user.role },
    newValues: { role },
  });
  return updated;
}

export async function setUserStatus(ctx: Ctx, userId: string, status: "active" | "inactive" | "suspended") {
  const user = await target(ctx, userId);
  if (user.id === ctx.actor.id && status !== "active")
    throw new ForbiddenChangeError("rules.user.ownAccount");
  if (user.status === status) return user;
  const updated = await ctx.db.user.update({ where: { id: user.id }, data: { status } });
  await bumpSessionVersion(ctx.db, ctx.tenantId, user.id);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "status_changed",
    resourceType: "user",
    resourceId: user.id,
    oldValues: { status: user.status },
    newValues: { status },
  });
  return updated;
}

export async function unlockUser(ctx: Ctx, userId: string) {
  const user = await target(ctx, userId);
  const updated = await ctx.db.user.update({
    where: { id: user.id },
    data: { lockedUntil: null, loginAttempts: 0 },
  });
  await clearSignInFailures(ctx.db, user.email);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "account_unlocked",
    resourceType: "user",
    resourceId: user.id,
    oldValues: { lockedUntil: user.lockedUntil },
    newValues: { lockedUntil: null },
  });
  return updated;
}
