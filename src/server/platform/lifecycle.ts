import "server-only";
// Suspending, reactivating and cancelling a school. The school's pages show the suspended notice
// and refuse sign-in from the next request, and its open sessions are closed for good. Recorded as a platform event (tenant_id NULL) in the same transaction.
import type { AuditActor, AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { platformDb } from "@/server/db/platform";
import { withTenant } from "@/server/db/with-tenant";
import { NotFoundError, UserFacingError } from "@/server/errors";
import { invalidateTenantCache, PLATFORM_SLUG } from "@/server/tenancy/current-tenant";
import { writePlatformEvent } from "./platform-audit.ts";

export const TENANT_STATUSES = ["active", "suspended", "cancelled"] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

export async function setTenantStatus(
  input: { tenantId: string; status: TenantStatus; actor: AuditActor; request: AuditRequest },
  client: BasePrismaClient = platformDb(),
  options: { schoolClient?: BasePrismaClient } = {},
): Promise<void> {
  await client.$transaction(async (tx) => {
    const tenant = await tx.tenant.findFirst({ where: { id: input.tenantId, slug: { not: PLATFORM_SLUG } } });
    if (!tenant) throw new NotFoundError("school");
    if (tenant.subscriptionStatus === input.status)
      throw new UserFacingError("rules.console.alreadyStatus", undefined, {
        school: tenant.name,
        status: input.status,
      });
    await tx.tenant.update({ where: { id: tenant.id }, data: { subscriptionStatus: input.status } });
    await writePlatformEvent(tx, input.actor, input.request, {
      action: `tenant_${input.status === "active" ? "reactivated" : input.status}`,
      tenantId: tenant.id,
      oldValues: { subscriptionStatus: tenant.subscriptionStatus },
      newValues: { subscriptionStatus: input.status },
    });
  });
  invalidateTenantCache();
  // Closing a school ends its open sessions for good, so reactivating it does not revive them.
  if (input.status !== "active") {
    await withTenant(
      input.tenantId,
      (db) => db.userSession.updateMany({ where: { endedAt: null }, data: { endedAt: new Date() } }),
      options.schoolClient ? { client: options.schoolClient } : {},
    );
  }
}
