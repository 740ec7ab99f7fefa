"use server";
import { after } from "next/server";
import { writeAudit } from "@/server/audit/write-audit";
import { acceptInvitation, confirmEmail, issueEmailToken } from "@/server/auth/email-tokens";
import { requestPasswordReset, resetPassword } from "@/server/auth/password-reset";
import { publicSchoolAction } from "@/server/auth/public-action";
import { accountAction } from "@/server/auth/school-actions";
import { deliverQueuedMail } from "@/server/mail/outbox";
import { acceptInvitationSchema, emailTokenSchema, forgotPasswordSchema, noInputSchema, resetPasswordSchema } from "./schemas";

// The answer goes back before any lookup: the work runs after the response (next/server's after()),
// so an address with an account and one without take the same time to answer.
export const requestPasswordResetAction = publicSchoolAction(forgotPasswordSchema, "/forgot", async ({ tenant, input, request }) => {
  after(async () => {
    try {
      await requestPasswordReset({ tenant, email: input.email, request });
      await deliverQueuedMail(tenant.id);
    } catch (error) {
      console.error("password reset request failed", error);
    }
  });
  return { ok: true };
});

export const resetPasswordAction = publicSchoolAction(resetPasswordSchema, "/reset", async ({ tenant, input, request }) => {
  const result = await resetPassword({ tenant, token: input.token, password: input.password, request });
  if (result.ok) return { ok: true };
  if (result.error === "weak_password") return { ok: false, fieldErrors: { password: result.problems } };
  return { ok: false, formError: "This link has expired or has already been used. Ask for a new one." };
});

export const acceptInvitationAction = publicSchoolAction(acceptInvitationSchema, "/verify", async ({ tenant, input, request }) => {
  const result = await acceptInvitation({ tenant, token: input.token, password: input.password, request });
  if (result.ok) return { ok: true };
  if (result.error === "weak_password") return { ok: false, fieldErrors: { password: result.problems } };
  return { ok: false, formError: "This invitation has expired or has already been used. Ask your school for a new one." };
});

export const confirmEmailAction = publicSchoolAction(emailTokenSchema, "/verify", async ({ tenant, input, request }) => {
  if (await confirmEmail({ tenant, token: input.token, request })) return { ok: true };
  return { ok: false, formError: "This link has expired or has already been used. Ask for a new one from your account page." };
});

export const sendVerificationEmailAction = accountAction({ schema: noInputSchema, path: "/account/security" }, async (ctx) => {
  const me = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
  if (me.emailVerified) return { ok: false, formError: "Your email address is already confirmed." };
  await issueEmailToken(ctx.db, ctx.tenant, me, "verification");
  await writeAudit(ctx.db, ctx.tenant.id, ctx.actor, ctx.request, { action: "email_verification_sent", resourceType: "user", resourceId: me.id });
  ctx.afterCommit(() => deliverQueuedMail(ctx.tenant.id));
  return { ok: true };
});
