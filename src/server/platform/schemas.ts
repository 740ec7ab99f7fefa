import { z } from "zod";
import { CUSTOM_CSS_MAX_BYTES } from "@/lib/css-sanitize";
import { optionalEmail, optionalPhone, optionalText, requiredText } from "@/lib/field-rules";
import { RESERVED_LABELS } from "@/server/tenancy/host";
import { MODULES } from "@/server/tenancy/features";
import { PLAN_NAMES } from "./plans.ts";

export const SCHOOL_TYPES = ["public", "private", "charter", "international"] as const;
export const SCHOOL_LEVELS = ["elementary", "middle", "high", "k12"] as const;
export const LOCALES = ["en-US", "es-US"] as const;
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
const label = (kind: "slug" | "subdomain") =>
  z
    .string()
    .trim()
    .toLowerCase()
    .min(2, `rules.console.${kind}.short`)
    .max(63, `rules.console.${kind}.long`)
    .regex(LABEL, `rules.console.${kind}.characters`)
    .refine((v) => !RESERVED_LABELS.has(v) && v !== "platform", `rules.console.${kind}.reserved`);

const optionalWebsite = z
  .string()
  .trim()
  .max(255)
  .refine((v) => v === "" || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), "rules.field.httpsUrl")
  .transform((v) => v || null);

const limit = (of: "students" | "teachers", max: number) =>
  z.coerce
    .number(`rules.console.limit.${of}.number`)
    .int(`rules.console.limit.${of}.whole`)
    .min(1, `rules.console.limit.${of}.min`)
    .max(max, `rules.console.limit.${of}.max`);

/** Everything the console edits about a school, apart from its address on the web and its look. */
export const tenantSettingsSchema = z.strictObject({
  name: requiredText(255, "rules.console.name"),
  schoolName: requiredText(255, "rules.console.schoolName"),
  schoolType: z.enum(SCHOOL_TYPES, "rules.console.schoolType"),
  schoolLevel: z.enum(SCHOOL_LEVELS, "rules.console.schoolLevel"),
  address: optionalText(500),
  phone: optionalPhone,
  email: optionalEmail,
  website: optionalWebsite,
  timezone: z.enum(TIMEZONES, "rules.console.timezone"),
  locale: z.enum(LOCALES, "rules.console.locale"),
  plan: z.enum(PLAN_NAMES, "rules.console.plan"),
  maxStudents: limit("students", 100_000),
  maxTeachers: limit("teachers", 10_000),
  billingEmail: optionalEmail,
  features: z.strictObject(
    Object.fromEntries(MODULES.map((m) => [m, z.boolean()])) as Record<
      (typeof MODULES)[number],
      z.ZodBoolean
    >,
  ),
});
export type TenantSettings = z.output<typeof tenantSettingsSchema>;

/** A new school: its settings, where it answers, and who gets the first administrator's invitation. */
export const createTenantSchema = tenantSettingsSchema.extend({
  slug: label("slug"),
  subdomain: label("subdomain"),
  adminFirstName: requiredText(100, "rules.console.adminFirstName"),
  adminLastName: requiredText(100, "rules.console.adminLastName"),
  adminEmail: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "rules.console.adminEmail")
    .max(255)
    .pipe(z.email("rules.field.email")),
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
    .min(1, "rules.console.domain")
    .max(253)
    .refine(
      (v) =>
        v.split(".").length >= 2 && v.split(".").every((l) => LABEL.test(l)) && !/^\d+(\.\d+){3}$/.test(v),
      "rules.console.domainOnly",
    ),
});

const hexColor = (which: "primary" | "secondary") =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^#[0-9a-f]{6}$/, `rules.console.${which}Colour`);
/** A school's look. The logo is an uploaded file (served here) or an https:// address. */
export const brandingSchema = z.strictObject({
  logoUrl: z
    .string()
    .trim()
    .max(500)
    // An https:// address, or a path on the school's own host (an upload, or an image the product ships).
    .refine(
      (v) =>
        v === "" ||
        /^https:\/\/[^\s"'<>]+$/i.test(v) ||
        /^\/(?!\/)[A-Za-z0-9._/-]+\.(png|jpg|jpeg|webp|gif|svg)$/.test(v),
      "rules.console.logo",
    )
    .transform((v) => v || null),
  primaryColor: hexColor("primary"),
  secondaryColor: hexColor("secondary"),
  customCss: z
    .string()
    .max(CUSTOM_CSS_MAX_BYTES, "rules.console.cssSize")
    .transform((v) => v.trim() || null),
});
export type BrandingInput = z.input<typeof brandingSchema>;
export type Branding = z.output<typeof brandingSchema>;
