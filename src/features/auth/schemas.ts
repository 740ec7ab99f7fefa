import { z } from "zod";

// Shared by the sign-in form (zodResolver) and the server: one schema, one set of messages.
export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(255).email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
});
export type SignInValues = z.infer<typeof signInSchema>;
