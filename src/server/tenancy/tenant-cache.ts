// The host → school lookups a process keeps (current-tenant.ts), in one place every copy of the
// code in the process shares: the bundler may give each route its own copy of a module, and the
// HTTP server's own code (scripts/serve.ts) clears the same map when another process announces a
// change (tenant-changes.ts).
import type { CurrentTenant } from "./current-tenant";

export type TenantCacheEntry = { tenant: CurrentTenant | null; expires: number };

const shared = globalThis as typeof globalThis & { __sisTenantCache?: Map<string, TenantCacheEntry> };
export const tenantCache = (shared.__sisTenantCache ??= new Map<string, TenantCacheEntry>());

/** The PostgreSQL channel on which a change to any school is announced to every process. */
export const TENANT_CHANGED_CHANNEL = "sis_tenant_changed";
