// The session version: every session carries it, and bumping it signs the user out everywhere.
import type { TenantDb } from "@/server/db/with-tenant";

/** Signs every session of the user out on their next request. */
export async function bumpSessionVersion(tx: TenantDb, tenantId: string, userId: string): Promise<number> {
  const row = await tx.userSecurity.upsert({
    where: { userId },
    create: { tenantId, userId, sessionVersion: 2 },
    update: { sessionVersion: { increment: 1 } },
  });
  return row.sessionVersion;
}
