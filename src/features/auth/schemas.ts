import { z } from "zod";

// Shared by the sign-in form (zodResolver) and the server: one schema, one set of messages.
export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(255).email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
  code: z.string().trim().max(20).optional(),
});
export type SignInValues = z.infer<typeof signInSchema>;

export const forgotPasswordSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(255).email("Enter a valid email address."),
});
export type ForgotPasswordValues = z.infer<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z.object({
  token: z.string().min(20).max(100),
  password: z.string().min(12, "Use at least 12 characters.").max(128, "Use at most 128 characters."),
  confirm: z.string(),
}).refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });
export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;

/** Accepting an invitation is choosing a first password: the same form and rules as a reset. */
export const acceptInvitationSchema = resetPasswordSchema;
export const emailTokenSchema = z.object({ token: z.string().min(20).max(100) });
export const noInputSchema = z.object({});
