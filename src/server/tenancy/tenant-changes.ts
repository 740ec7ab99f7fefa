import "server-only";
// A school's settings, domain, branding or status changed: every process that serves schools
// (each worker of every instance) forgets what it cached, within moments, through PostgreSQL's
// LISTEN/NOTIFY. The process that made the change has already forgotten its own.
import { platformDb } from "@/server/db/platform";
import { TENANT_CHANGED_CHANNEL } from "./tenant-cache.ts";

export async function announceTenantChange(): Promise<void> {
  await platformDb().$executeRawUnsafe(`SELECT pg_notify('${TENANT_CHANGED_CHANNEL}', '')`);
}
