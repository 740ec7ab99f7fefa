import "server-only";
// "Restore into a new school": the archive's settings make the tenants row (at the slug and
// subdomain the operator chooses), then its records fill it. When the records fail, the school is
// taken away again, so a failed restore leaves nothing.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditActor, AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { platformDb } from "@/server/db/platform";
import { messageText } from "@/i18n/translate";
import { UserFacingError } from "@/server/errors";
import { invalidateTenantCache } from "@/server/tenancy/current-tenant";
import { MODULES } from "@/server/tenancy/features";
import { insertSchool, undoSchool } from "../provision.ts";
import { brandingSchema, tenantSettingsSchema } from "../schemas.ts";
import { parseArchive, restoreRecords } from "./import.ts";

const text = z.string().nullable();
/** tenant.json, as the tenants columns it restores. */
const archivedSettings = z
  .object({
    name: z.string().min(1).max(255),
    schoolName: z.string().min(1).max(255),
    schoolType: z.string().max(50),
    schoolLevel: z.string().max(50),
    address: text,
    phone: z.string().max(20).nullable(),
    email: text,
    website: text,
    logoUrl: z.string().max(500).nullable(),
    primaryColor: z.string().max(7).nullable(),
    secondaryColor: z.string().max(7).nullable(),
    customCss: text,
    timezone: text,
    locale: z.string().max(10).nullable(),
    subscriptionPlan: z.string().max(50).nullable(),
    maxStudents: z.number().int().nullable(),
    maxTeachers: z.number().int().nullable(),
    billingEmail: text,
    features: z.record(z.string(), z.unknown()).nullable(),
  })
  .strict();

const FIELD_NAMES: Record<string, string> = {
  name: "name",
  schoolName: "school name",
  schoolType: "school type",
  schoolLevel: "grades served",
  address: "address",
  phone: "phone",
  email: "email",
  website: "website",
  timezone: "timezone",
  locale: "language",
  plan: "plan",
  maxStudents: "student limit",
  maxTeachers: "teacher limit",
  billingEmail: "billing email",
  features: "modules",
  logoUrl: "logo",
  primaryColor: "main colour",
  secondaryColor: "accent colour",
  customCss: "custom CSS",
};

/**
 * tenant.json passes the same checks as the console's own forms (settings and branding): an archive
 * cannot give a school a setting that the console would refuse (a javascript: logo, an unknown
 * timezone, a negative limit).
 */
function checkSettingsLikeTheConsole(settings: z.infer<typeof archivedSettings>) {
  const features = settings.features ?? {};
  const checks = [
    tenantSettingsSchema.safeParse({
      name: settings.name,
      schoolName: settings.schoolName,
      schoolType: settings.schoolType,
      schoolLevel: settings.schoolLevel,
      address: settings.address ?? "",
      phone: settings.phone ?? "",
      email: settings.email ?? "",
      website: settings.website ?? "",
      timezone: settings.timezone,
      locale: settings.locale,
      plan: settings.subscriptionPlan,
      maxStudents: settings.maxStudents,
      maxTeachers: settings.maxTeachers,
      billingEmail: settings.billingEmail ?? "",
      features: Object.fromEntries(MODULES.map((m) => [m, features[m] !== false])),
    }),
    // A colour left empty means the product's default, as on a new school.
    brandingSchema.partial().safeParse({
      logoUrl: settings.logoUrl ?? "",
      customCss: settings.customCss ?? "",
      ...(settings.primaryColor !== null ? { primaryColor: settings.primaryColor } : {}),
      ...(settings.secondaryColor !== null ? { secondaryColor: settings.secondaryColor } : {}),
    }),
  ];
  for (const check of checks) {
    if (check.success) continue;
    const issue = check.error.issues[0]!;
    const field = FIELD_NAMES[String(issue.path[0])] ?? String(issue.path[0]);
    throw new UserFacingError("rules.archive.setting", "archive", {
      field,
      problem: messageText(issue.message),
    });
  }
  if (Object.values(features).some((v) => typeof v !== "boolean"))
    throw new UserFacingError("rules.archive.modules", "archive");
}

export async function restoreAsNewSchool(
  input: {
    slug: string;
    subdomain: string;
    bytes: Uint8Array;
    actor: AuditActor & { id: string };
    request: AuditRequest;
  },
  clients: { platform?: BasePrismaClient; school?: BasePrismaClient } = {},
) {
  const archive = parseArchive(input.bytes);
  const settings = archivedSettings.safeParse(archive.tenant);
  if (!settings.success)
    throw new UserFacingError("rules.archive.damaged", "archive", { name: "tenant.json" });
  checkSettingsLikeTheConsole(settings.data);
  const { features, ...columns } = settings.data;
  const platform = clients.platform ?? platformDb();
  const who = { actor: input.actor, request: input.request };
  const tenant = await insertSchool(
    platform,
    {
      ...columns,
      features: (features ?? {}) as Prisma.InputJsonObject,
      slug: input.slug,
      subdomain: input.subdomain,
    },
    who,
    {
      action: "tenant_restored",
      newValues: {
        slug: input.slug,
        subdomain: input.subdomain,
        from: archive.manifest.school.slug,
        exportedAt: archive.manifest.exportedAt,
        counts: archive.manifest.counts,
      },
    },
  );
  let ids;
  try {
    ids = await restoreRecords(
      { tenantId: tenant.id, archive, actor: input.actor, request: input.request },
      clients,
    );
  } catch (error) {
    await undoSchool(platform, tenant.id, who);
    throw error;
  }
  invalidateTenantCache();
  return { tenant, ids };
}
