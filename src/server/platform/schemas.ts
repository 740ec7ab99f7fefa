import { z } from "zod";
import { CUSTOM_CSS_MAX_BYTES } from "@/lib/css-sanitize";
import { optionalEmail, optionalPhone, optionalText, requiredText } from "@/lib/field-rules";
import { RESERVED_LABELS } from "@/server/tenancy/host";
import { MODULES } from "@/server/tenancy/features";
import { PLAN_NAMES } from "./plans.ts";

export const SCHOOL_TYPES = ["public", "private", "charter", "international"] as const;
export const SCHOOL_LEVELS = ["elementary", "middle", "high", "k12"] as const;
export const SCHOOL_LEVEL_LABELS: Record<string, string> = {
  elementary: "Elementary",
  middle: "Middle",
  high: "High",
  k12: "K-12",
};
export const LOCALES = ["en-US", "es-US"] as const;
export const LOCALE_LABELS: Record<string, string> = {
  "en-US": "English (United States)",
  "es-US": "Spanish (United States)",
};
export const TIMEZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/Puerto_Rico",
  "Europe/London",
  "Europe/Madrid",
  "Asia/Singapore",
  "Asia/Tokyo",
] as const;

/** A DNS label: what a school's slug and subdomain are made of. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const label = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .min(2, `Use at least 2 characters for the ${what}.`)
    .max(63, `Use at most 63 characters for the ${what}.`)
    .regex(
      LABEL,
      `Use lower-case letters, digits and dashes for the ${what}, not starting or ending with a dash.`,
    )
    .refine(
      (v) => !RESERVED_LABELS.has(v) && v !== "platform",
      `That ${what} is reserved by the platform; choose another.`,
    );

const optionalWebsite = z
  .string()
  .trim()
  .max(255, "Use at most 255 characters.")
  .refine(
    (v) => v === "" || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v),
    "Enter a web address starting with https://.",
  )
  .transform((v) => v || null);

const limit = (what: string, max: number) =>
  z.coerce
    .number(`Enter the most ${what} allowed.`)
    .int(`Enter a whole number of ${what}.`)
    .min(1, `Allow at least 1 of the ${what}.`)
    .max(max, `At most ${max.toLocaleString("en-US")} ${what}.`);

/** Everything the console edits about a school, apart from its address on the web and its look. */
export const tenantSettingsSchema = z.strictObject({
  name: requiredText(255, "Enter the name shown to the school's users."),
  schoolName: requiredText(255, "Enter the school's official name."),
  schoolType: z.enum(SCHOOL_TYPES, "Choose the type of school."),
  schoolLevel: z.enum(SCHOOL_LEVELS, "Choose the grades it serves."),
  address: optionalText(500, "the address"),
  phone: optionalPhone,
  email: optionalEmail,
  website: optionalWebsite,
  timezone: z.enum(TIMEZONES, "Choose the school's timezone."),
  locale: z.enum(LOCALES, "Choose the language."),
  plan: z.enum(PLAN_NAMES, "Choose a plan."),
  maxStudents: limit("active students", 100_000),
  maxTeachers: limit("active teachers", 10_000),
  billingEmail: optionalEmail,
  features: z.strictObject(
    Object.fromEntries(MODULES.map((m) => [m, z.boolean()])) as Record<
      (typeof MODULES)[number],
      z.ZodBoolean
    >,
  ),
});
export type TenantSettings = z.output<typeof tenantSettingsSchema>;

const personName = (what: string) => requiredText(100, `Enter the administrator's ${what}.`);

/** A new school: its settings, where it answers, and who gets the first administrator's invitation. */
export const createTenantSchema = tenantSettingsSchema.extend({
  slug: label("slug"),
  subdomain: label("subdomain"),
  adminFirstName: personName("first name"),
  adminLastName: personName("last name"),
  adminEmail: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter the administrator's email address.")
    .max(255, "Use at most 255 characters.")
    .pipe(z.email("Enter a valid email address.")),
});
export type CreateTenantInput = z.input<typeof createTenantSchema>;
export type CreateTenant = z.output<typeof createTenantSchema>;

export const updateTenantSchema = tenantSettingsSchema.safeExtend({ tenantId: z.uuid() });

/** Restoring an archive: where the new school answers (its settings come from the archive). */
export const restoreSchoolSchema = z.strictObject({ slug: label("slug"), subdomain: label("subdomain") });
export const MAX_ARCHIVE_BYTES = 100 * 1024 * 1024;

/** A school's own domain: a full DNS name such as portal.school.org (no scheme, no path). */
export const customDomainSchema = z.strictObject({
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter the domain, like portal.school.org.")
    .max(253, "Use at most 253 characters.")
    .refine(
      (v) =>
        v.split(".").length >= 2 && v.split(".").every((l) => LABEL.test(l)) && !/^\d+(\.\d+){3}$/.test(v),
      "Enter a domain name only, like portal.school.org (no https:// and no path).",
    ),
});

const hexColor = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^#[0-9a-f]{6}$/, `Enter the ${what} as a hex colour like #1f3a5f.`);
/** A school's look. The logo is an uploaded file (served here) or an https:// address. */
export const brandingSchema = z.strictObject({
  logoUrl: z
    .string()
    .trim()
    .max(500, "Use at most 500 characters.")
    // An https:// address, or a path on the school's own host (an upload, or an image the product ships).
    .refine(
      (v) =>
        v === "" ||
        /^https:\/\/[^\s"'<>]+$/i.test(v) ||
        /^\/(?!\/)[A-Za-z0-9._/-]+\.(png|jpg|jpeg|webp|gif|svg)$/.test(v),
      "Upload a logo, or enter an address starting with https://.",
    )
    .transform((v) => v || null),
  primaryColor: hexColor("main colour"),
  secondaryColor: hexColor("accent colour"),
  customCss: z
    .string()
    .max(CUSTOM_CSS_MAX_BYTES, `Keep custom CSS under ${CUSTOM_CSS_MAX_BYTES / 1000} KB.`)
    .transform((v) => v.trim() || null),
});
export type BrandingInput = z.input<typeof brandingSchema>;
export type Branding = z.output<typeof brandingSchema>;
