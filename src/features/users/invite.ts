import "server-only";
// Invitations: an administrator creates the account; the person chooses their own password from
// the emailed link (server/auth/email-tokens.ts). Until then no password signs in to it.
import { writeUnique, type UniqueFields } from "@/server/db/errors";
import { writeAudit } from "@/server/audit/write-audit";
import { issueEmailToken } from "@/server/auth/email-tokens";
import { NO_PASSWORD_YET } from "@/server/auth/passwords";
import { NotFoundError, UserFacingError } from "@/server/errors";
import type { z } from "zod";
import type { inviteUserSchema } from "./schemas.ts";
import type { SchoolContext } from "@/server/school-context";

const EMAIL_TAKEN = "rules.user.emailTaken";
const UNIQUE: UniqueFields = { unique_email_per_tenant: { field: "email", message: EMAIL_TAKEN } };

export async function inviteUser(ctx: SchoolContext, input: z.output<typeof inviteUserSchema>) {
  if (await ctx.db.user.findFirst({ where: { email: input.email }, select: { id: true } }))
    throw new UserFacingError(EMAIL_TAKEN, "email");
  // Two administrators inviting the same address at once: the unique index decides.
  const user = await writeUnique(UNIQUE, () =>
    ctx.db.user.create({
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
    }),
  );
  await issueEmailToken(ctx.db, ctx.tenant, user, "invitation", ctx.user.name);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "user_invited",
    resourceType: "user",
    resourceId: user.id,
    newValues: { email: user.email, firstName: user.firstName, lastName: user.lastName, role: user.role },
  });
  return user;
}

export async function resendInvitation(ctx: SchoolContext, userId: string) {
  const user = await ctx.db.user.findUnique({ where: { id: userId }, include: { security: true } });
  if (!user || user.role === "super_admin") throw new NotFoundError("user");
  if (!user.security?.invitationPending)
    throw new UserFacingError("rules.user.alreadyAccepted", undefined, {
      name: `${user.firstName} ${user.lastName}`,
    });
  await issueEmailToken(ctx.db, ctx.tenant, user, "invitation", ctx.user.name);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "invitation_resent",
    resourceType: "user",
    resourceId: user.id,
  });
}
