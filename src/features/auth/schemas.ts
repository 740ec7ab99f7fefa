import { z } from "zod";
import "@/i18n/zod-messages";

// Shared by the sign-in form and the server: one schema, one set of messages (catalogue keys).
const yourEmail = z.string().trim().min(1, "rules.account.email").max(255).email("rules.field.email");
export const signInSchema = z.strictObject({
  email: yourEmail,
  password: z.string().min(1, "rules.account.password").max(1024, "rules.account.passwordTooLong"),
  code: z.string().trim().max(20).optional(),
});
export type SignInValues = z.infer<typeof signInSchema>;

export const forgotPasswordSchema = z.strictObject({
  email: yourEmail,
});

const newPassword = z.string().min(12, "rules.password.tooShort").max(128, "rules.password.tooLong");
const samePasswordTwice: [
  (v: { password: string; confirm: string }) => boolean,
  { path: string[]; message: string },
] = [(v) => v.password === v.confirm, { path: ["confirm"], message: "rules.password.differ" }];

/** Choosing a password from an emailed link: a reset, or accepting an invitation (a first password). */
export const resetPasswordSchema = z
  .strictObject({
    token: z.string().min(20).max(100),
    password: newPassword,
    confirm: z.string(),
  })
  .refine(...samePasswordTwice);

export const emailTokenSchema = z.strictObject({ token: z.string().min(20).max(100) });
export const noInputSchema = z.strictObject({});

/** Step-up (server/auth/step-up.ts): the current password, and a code where two-factor is on. */
const stepUpFields = {
  currentPassword: z
    .string()
    .min(1, "rules.account.currentPassword")
    .max(1024, "rules.account.passwordTooLong"),
  code: z.string().trim().max(20, "rules.account.codeTooLong").optional(),
};
export const stepUpSchema = z.strictObject(stepUpFields);
export type StepUpValues = z.infer<typeof stepUpSchema>;

export const changePasswordSchema = z
  .strictObject({ ...stepUpFields, password: newPassword, confirm: z.string() })
  .refine(...samePasswordTwice);

/** The code that turns two-factor on (school accounts and the console alike). */
export const twoFactorCodeSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "rules.account.sixDigits"),
});
