// Each HTTP server process listens for announced school changes (src/server/tenancy/
// tenant-changes.ts) and forgets what it cached: the host → school lookups and the suspended-school
// statuses. One connection per process; if it drops, it comes back, and caches are cleared then
// too, since a change may have been announced while it was away.
import pg from "pg";
import { TENANT_CHANGED_CHANNEL, tenantCache } from "@/server/tenancy/tenant-cache";

export function listenForTenantChanges(databaseUrl: string, forgetOthers: () => void): () => Promise<void> {
  let client: pg.Client | null = null;
  let stopped = false;
  const forget = () => {
    tenantCache.clear();
    forgetOthers();
  };
  const connect = async (delayMs: number) => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on("notification", forget);
    next.on("error", () => undefined);
    next.on("end", () => {
      if (!stopped) setTimeout(() => void connect(Math.min(delayMs * 2, 30_000)), delayMs);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${TENANT_CHANGED_CHANNEL}`);
      client = next;
      forget();
    } catch (error) {
      console.error("school change listener could not connect; retrying", (error as Error).message);
      await next.end().catch(() => undefined);
    }
  };
  void connect(1_000);
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}
