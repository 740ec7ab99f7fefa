// Every change writes its audit row in the same transaction as the change: both land or neither.
import type { Prisma } from "@/generated/prisma/client";
import type { TenantDb } from "@/server/db/with-tenant";

export interface AuditActor {
  id: string | null;
  email: string | null;
  role: string | null;
}

export interface AuditRequest {
  ip: string | null;
  userAgent: string | null;
  method: string | null;
  url: string | null;
}

export interface AuditEntry {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  oldValues?: Record<string, unknown> | null;
  newValues?: Record<string, unknown> | null;
  success?: boolean;
  errorMessage?: string | null;
}

const NEVER_LOGGED = new Set([
  "passwordHash",
  "twoFactorSecret",
  "backupCodes",
  "passwordResetToken",
  "emailVerificationToken",
]);

/** Values as they go into old_values/new_values: secrets removed, dates and decimals as text. */
export function auditValues(
  values: Record<string, unknown> | null | undefined,
): Prisma.InputJsonObject | null {
  if (!values) return null;
  return JSON.parse(
    JSON.stringify(Object.fromEntries(Object.entries(values).filter(([key]) => !NEVER_LOGGED.has(key)))),
  );
}

export async function writeAudit(
  db: TenantDb,
  tenantId: string,
  actor: AuditActor,
  request: AuditRequest,
  entry: AuditEntry,
) {
  return db.auditLog.create({
    data: {
      tenantId,
      userId: actor.id,
      userEmail: actor.email,
      userRole: actor.role,
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId ?? null,
      ipAddress: request.ip,
      userAgent: request.userAgent,
      requestMethod: request.method,
      requestUrl: request.url,
      // Absent rather than undefined: undefined is an error under strictUndefinedChecks.
      ...(entry.oldValues ? { oldValues: auditValues(entry.oldValues)! } : {}),
      ...(entry.newValues ? { newValues: auditValues(entry.newValues)! } : {}),
      success: entry.success ?? true,
      errorMessage: entry.errorMessage ?? null,
    },
  });
}
