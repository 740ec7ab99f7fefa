"use server";
import { requestPasswordReset, resetPassword } from "@/server/auth/password-reset";
import { publicSchoolAction } from "@/server/auth/public-action";
import { deliverQueuedMail } from "@/server/mail/outbox";
import { forgotPasswordSchema, resetPasswordSchema } from "./schemas";

export const requestPasswordResetAction = publicSchoolAction(forgotPasswordSchema, "/forgot", async ({ tenant, input, request }) => {
  await requestPasswordReset({ tenant, email: input.email, request });
  void deliverQueuedMail(tenant.id).catch((error) => console.error("mail delivery failed", error));
  return { ok: true };
});

export const resetPasswordAction = publicSchoolAction(resetPasswordSchema, "/reset", async ({ tenant, input, request }) => {
  const result = await resetPassword({ tenant, token: input.token, password: input.password, request });
  if (result.ok) return { ok: true };
  if (result.error === "weak_password") return { ok: false, fieldErrors: { password: result.problems } };
  return { ok: false, formError: "This link has expired or has already been used. Ask for a new one." };
});
