import "server-only";
// Platform events: what super admins do to schools, recorded with no school (tenant_id NULL), so
// only platform code reads them. Written in the same transaction as the change.
import type { Prisma } from "@/generated/prisma/client";
import { auditValues, type AuditActor, type AuditRequest } from "@/server/audit/write-audit";

export async function writePlatformEvent(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  request: AuditRequest,
  entry: {
    action: string;
    tenantId: string;
    oldValues?: Record<string, unknown>;
    newValues?: Record<string, unknown>;
  },
) {
  await tx.auditLog.create({
    data: {
      tenantId: null,
      userId: actor.id,
      userEmail: actor.email,
      userRole: actor.role,
      action: entry.action,
      resourceType: "tenant",
      resourceId: entry.tenantId,
      ...(entry.oldValues ? { oldValues: auditValues(entry.oldValues)! } : {}),
      ...(entry.newValues ? { newValues: auditValues(entry.newValues)! } : {}),
      ipAddress: request.ip,
      userAgent: request.userAgent,
      requestMethod: request.method,
      requestUrl: request.url,
    },
  });
}

/** The school sees what the platform did to it, too: the same event in its own audit log. */
export const schoolSideActor = (actor: AuditActor): AuditActor => ({
  id: null,
  email: actor.email,
  role: actor.role,
});
