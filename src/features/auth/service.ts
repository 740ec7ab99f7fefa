import "server-only";
// A signed-in person's own account: confirming their email address, changing their password.
// The action wrappers prove who they are (and step-up where asked) before these run.
import { writeAudit } from "@/server/audit/write-audit";
import { issueEmailToken } from "@/server/auth/email-tokens";
import { hashPassword } from "@/server/auth/passwords";
import { bumpSessionVersion } from "@/server/auth/session-version";
import type { TenantDb } from "@/server/db/with-tenant";
import { UserFacingError } from "@/server/errors";
import type { SchoolContext } from "@/server/school-context";

/** What the security page shows of the account. */
export function accountSecurityState(db: TenantDb, userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { twoFactorEnabled: true, emailVerified: true },
  });
}

/** Queues a confirmation link to the account's own address. */
export async function sendVerificationEmail(ctx: SchoolContext) {
  const me = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
  if (me.emailVerified) throw new UserFacingError("rules.account.alreadyConfirmed");
  await issueEmailToken(ctx.db, ctx.tenant, me, "verification");
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "email_verification_sent",
    resourceType: "user",
    resourceId: me.id,
  });
}

/** Sets a new password and ends every session, this one too: whoever knew the old one is out. */
export async function changePassword(ctx: SchoolContext, password: string) {
  await ctx.db.user.update({
    where: { id: ctx.user.id },
    data: { passwordHash: await hashPassword(password) },
  });
  await bumpSessionVersion(ctx.db, ctx.tenantId, ctx.user.id);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "password_changed",
    resourceType: "user",
    resourceId: ctx.user.id,
  });
}
