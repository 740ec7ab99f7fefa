"use server";
import { after } from "next/server";
import { acceptInvitation, confirmEmail } from "@/server/auth/email-tokens";
import { requestPasswordReset, resetPassword } from "@/server/auth/password-reset";
import { publicSchoolAction } from "@/server/auth/public-action";
import { passwordProblems } from "@/server/auth/passwords";
import { accountAction, accountActorOf as actorOf } from "@/server/auth/school-actions";
import { proveIdentity } from "@/server/auth/step-up";
import { disableTwoFactor, twoFactorRequired } from "@/server/auth/two-factor";
import { sendQueuedMailSoon } from "@/server/mail/outbox";
import {
  changePasswordSchema,
  emailTokenSchema,
  forgotPasswordSchema,
  noInputSchema,
  resetPasswordSchema,
  stepUpSchema,
} from "./schemas";
import { changePassword, sendVerificationEmail } from "./service";

// The answer goes back before any lookup: the work runs after the response (next/server's after()),
// so an address with an account and one without take the same time to answer.
export const requestPasswordResetAction = publicSchoolAction(
  forgotPasswordSchema,
  "/forgot",
  async ({ tenant, input, request }) => {
    after(async () => {
      try {
        await requestPasswordReset({ tenant, email: input.email, request });
        await sendQueuedMailSoon(tenant.id);
      } catch (error) {
        console.error("password reset request failed", error);
      }
    });
    return { ok: true };
  },
);

export const resetPasswordAction = publicSchoolAction(
  resetPasswordSchema,
  "/reset",
  async ({ tenant, input, request }) => {
    const result = await resetPassword({ tenant, token: input.token, password: input.password, request });
    if (result.ok) return { ok: true };
    if (result.error === "weak_password") return { ok: false, fieldErrors: { password: result.problems } };
    return { ok: false, formError: "rules.account.resetLinkExpired" };
  },
);

export const acceptInvitationAction = publicSchoolAction(
  resetPasswordSchema,
  "/verify",
  async ({ tenant, input, request }) => {
    const result = await acceptInvitation({ tenant, token: input.token, password: input.password, request });
    if (result.ok) return { ok: true };
    if (result.error === "weak_password") return { ok: false, fieldErrors: { password: result.problems } };
    return {
      ok: false,
      formError: "rules.account.invitationExpired",
    };
  },
);

export const confirmEmailAction = publicSchoolAction(
  emailTokenSchema,
  "/verify",
  async ({ tenant, input, request }) => {
    if (await confirmEmail({ tenant, token: input.token, request })) return { ok: true };
    return {
      ok: false,
      formError: "rules.account.confirmLinkExpired",
    };
  },
);

export const sendVerificationEmailAction = accountAction(
  { schema: noInputSchema, path: "/account/security" },
  async (ctx) => {
    await sendVerificationEmail(ctx);
    ctx.afterCommit(() => sendQueuedMailSoon(ctx.tenant.id));
    return { ok: true };
  },
);

export const changePasswordAction = accountAction(
  { schema: changePasswordSchema, path: "/account/security" },
  async (ctx) => {
    const proof = await proveIdentity(ctx.db, actorOf(ctx), ctx.input, ctx.request);
    if (!proof.ok) return proof;
    const problems = passwordProblems(ctx.input.password, { email: ctx.user.email });
    if (problems.length) return { ok: false, fieldErrors: { password: problems } };
    await changePassword(ctx, ctx.input.password);
    return { ok: true };
  },
);

export const disableTwoFactorAction = accountAction(
  { schema: stepUpSchema, path: "/account/security" },
  async (ctx) => {
    if (twoFactorRequired(ctx.user.role, ctx.tenant.features)) {
      return {
        ok: false,
        formError: "rules.account.twoFactorRequired",
      };
    }
    const proof = await proveIdentity(ctx.db, actorOf(ctx), ctx.input, ctx.request);
    if (!proof.ok) return proof;
    await disableTwoFactor(actorOf(ctx), ctx.request, { db: ctx.db });
    return { ok: true };
  },
);
