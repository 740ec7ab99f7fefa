import "server-only";
// Editing a school's settings, plan, limits and feature flags from the console. The school's pages
// pick the change up at once on this instance (the host cache is cleared) and within 30 s elsewhere.
import type { Prisma } from "@/generated/prisma/client";
import { auditChanges } from "@/server/audit/diff";
import type { AuditActor, AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { platformDb } from "@/server/db/platform";
import { NotFoundError } from "@/server/errors";
import { invalidateTenantCache, PLATFORM_SLUG } from "@/server/tenancy/current-tenant";
import { writePlatformEvent } from "./platform-audit.ts";
import { settingsColumns } from "./provision.ts";
import type { TenantSettings } from "./schemas.ts";

/** A school as the console sees it (never the platform's own tenant). */
export async function findSchool(
  tenantId: string,
  client: Pick<Prisma.TransactionClient, "tenant"> = platformDb(),
) {
  const tenant = await client.tenant.findFirst({ where: { id: tenantId, slug: { not: PLATFORM_SLUG } } });
  if (!tenant) throw new NotFoundError("school");
  return tenant;
}

export async function updateTenantSettings(
  input: { tenantId: string; settings: TenantSettings; actor: AuditActor; request: AuditRequest },
  client: BasePrismaClient = platformDb(),
) {
  const updated = await client.$transaction(async (tx) => {
    const tenant = await findSchool(input.tenantId, tx);
    const columns = settingsColumns(input.settings);
    const diff = auditChanges(tenant, columns);
    if (!diff.changed) return tenant;
    const row = await tx.tenant.update({ where: { id: tenant.id }, data: columns });
    await writePlatformEvent(tx, input.actor, input.request, {
      action: "tenant_updated",
      tenantId: tenant.id,
      oldValues: diff.oldValues,
      newValues: diff.newValues,
    });
    return row;
  });
  invalidateTenantCache();
  return updated;
}
