import "server-only";
// Invitations: an administrator creates the account; the person chooses their own password from
// the emailed link (server/auth/email-tokens.ts). Until then no password signs in to it.
import { isUniqueViolation } from "@/server/db/errors";
import { writeAudit } from "@/server/audit/write-audit";
import { issueEmailToken } from "@/server/auth/email-tokens";
import { NO_PASSWORD_YET } from "@/server/auth/passwords";
import { NotFoundError, UserFacingError } from "@/server/errors";
import type { CurrentTenant } from "@/server/tenancy/current-tenant";
import type { z } from "zod";
import type { inviteUserSchema } from "./schemas.ts";
import type { UserAdminContext } from "./service.ts";

type School = Pick<CurrentTenant, "id" | "name" | "subdomain" | "domain">;
const EMAIL_TAKEN = "Someone at this school already has an account with this email address.";

export async function inviteUser(
  ctx: UserAdminContext & { tenant: School; inviterName: string },
  input: z.output<typeof inviteUserSchema>,
) {
  if (await ctx.db.user.findFirst({ where: { email: input.email }, select: { id: true } }))
    throw new UserFacingError(EMAIL_TAKEN, "email");
  let user;
  try {
    user = await ctx.db.user.create({
      data: {
        tenantId: ctx.tenantId,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        role: input.role,
        passwordHash: NO_PASSWORD_YET,
        status: "active",
        emailVerified: false,
        createdBy: ctx.actor.id,
      },
    });
  } catch (error) {
    // Two administrators inviting the same address at once: the unique index decides.
    if (isUniqueViolation(error)) throw new UserFacingError(EMAIL_TAKEN, "email");
    throw error;
  }
  await issueEmailToken(ctx.db, ctx.tenant, user, "invitation", ctx.inviterName);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "user_invited",
    resourceType: "user",
    resourceId: user.id,
    newValues: { email: user.email, firstName: user.firstName, lastName: user.lastName, role: user.role },
  });
  return user;
}

export async function resendInvitation(
  ctx: UserAdminContext & { tenant: School; inviterName: string },
  userId: string,
) {
  const user = await ctx.db.user.findUnique({ where: { id: userId }, include: { security: true } });
  if (!user || user.role === "super_admin") throw new NotFoundError("user");
  if (!user.security?.invitationPending)
    throw new UserFacingError(`${user.firstName} ${user.lastName} has already accepted the invitation.`);
  await issueEmailToken(ctx.db, ctx.tenant, user, "invitation", ctx.inviterName);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "invitation_resent",
    resourceType: "user",
    resourceId: user.id,
  });
}
