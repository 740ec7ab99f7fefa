import "server-only";
// A school's look: logo, brand colours and custom CSS. The CSS is stored as the operator wrote it
// and sanitised every time it is served (/brand.css), so a sanitiser fix applies to old CSS too.
import { auditChanges } from "@/server/audit/diff";
import type { AuditActor, AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { platformDb } from "@/server/db/platform";
import { invalidateTenantCache } from "@/server/tenancy/current-tenant";
import { writePlatformEvent } from "./platform-audit.ts";
import type { Branding } from "./schemas.ts";
import { findSchool } from "./settings.ts";

export async function updateBranding(
  input: { tenantId: string; branding: Branding; actor: AuditActor; request: AuditRequest },
  client: BasePrismaClient = platformDb(),
) {
  await client.$transaction(async (tx) => {
    const tenant = await findSchool(input.tenantId, tx);
    const diff = auditChanges(tenant, input.branding);
    if (!diff.changed) return;
    await tx.tenant.update({ where: { id: tenant.id }, data: input.branding });
    await writePlatformEvent(tx, input.actor, input.request, {
      action: "tenant_branding_updated",
      tenantId: tenant.id,
      oldValues: diff.oldValues,
      newValues: diff.newValues,
    });
  });
  invalidateTenantCache();
}
