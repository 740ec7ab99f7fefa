import "server-only";
// "Restore into a new school": the archive's settings make the tenants row (at the slug and
// subdomain the operator chooses), then its records fill it. When the records fail, the school is
// taken away again, so a failed restore leaves nothing.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditActor, AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { platformDb } from "@/server/db/platform";
import { UserFacingError } from "@/server/errors";
import { invalidateTenantCache } from "@/server/tenancy/current-tenant";
import { insertSchool, undoSchool } from "../provision.ts";
import { parseArchive, restoreRecords } from "./import.ts";

const text = z.string().nullable();
/** tenant.json, as the tenants columns it restores. */
const archivedSettings = z.object({
  name: z.string().min(1).max(255), schoolName: z.string().min(1).max(255), schoolType: z.string().max(50), schoolLevel: z.string().max(50),
  address: text, phone: z.string().max(20).nullable(), email: text, website: text, logoUrl: z.string().max(500).nullable(),
  primaryColor: z.string().max(7).nullable(), secondaryColor: z.string().max(7).nullable(), customCss: text,
  timezone: text, locale: z.string().max(10).nullable(), subscriptionPlan: z.string().max(50).nullable(),
  maxStudents: z.number().int().nullable(), maxTeachers: z.number().int().nullable(), billingEmail: text,
  features: z.record(z.string(), z.unknown()).nullable(),
}).strict();

export async function restoreAsNewSchool(
  input: { slug: string; subdomain: string; bytes: Uint8Array; actor: AuditActor & { id: string }; request: AuditRequest },
  clients: { platform?: BasePrismaClient; school?: BasePrismaClient } = {},
) {
  const archive = parseArchive(input.bytes);
  const settings = archivedSettings.safeParse(archive.tenant);
  if (!settings.success) throw new UserFacingError("The archive's tenant.json is damaged.", "archive");
  const { features, ...columns } = settings.data;
  const platform = clients.platform ?? platformDb();
  const who = { actor: input.actor, request: input.request };
  const tenant = await insertSchool(platform, { ...columns, features: (features ?? {}) as Prisma.InputJsonObject, slug: input.slug, subdomain: input.subdomain }, who, {
    action: "tenant_restored", newValues: { slug: input.slug, subdomain: input.subdomain, from: archive.manifest.school.slug, exportedAt: archive.manifest.exportedAt, counts: archive.manifest.counts },
  });
  let ids;
  try {
    ids = await restoreRecords({ tenantId: tenant.id, archive, actor: input.actor, request: input.request }, clients);
  } catch (error) {
    await undoSchool(platform, tenant.id, who);
    throw error;
  }
  invalidateTenantCache();
  return { tenant, ids };
}
