import { z } from "zod";
import { optionalPhone } from "@/lib/field-rules";
import { SHIPPED_LOCALES } from "@/i18n/locales";

export { mailPreferencesSchema } from "@/lib/mail-preferences";

export const languageSchema = z.strictObject({ language: z.enum(SHIPPED_LOCALES, "rules.portal.language") });

/** A family member's own phone and email (the email is also how they sign in). */
export const contactSchema = z.strictObject({
  phone: optionalPhone,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "rules.portal.email")
    .max(255)
    .pipe(z.email("rules.field.email")),
});
export type ContactValues = z.input<typeof contactSchema>;
