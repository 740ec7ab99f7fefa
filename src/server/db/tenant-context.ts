// Folds "which school" into the transaction's BEGIN: one round trip instead of two, and no trip
// through Prisma's raw-query pipeline. withTenant() runs its transaction inside tenantContext;
// when the pooled connection is asked to BEGIN there, it sends
//   BEGIN; SELECT set_config('app.tenant_id', '<id>', true)
// as one simple-protocol message. The id is a validated UUID, so inlining it is safe.
import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";
import { assertTenantId } from "./tenant-scope.ts";

export const tenantContext = new AsyncLocalStorage<string>();

type QueryConfig = { text?: string; values?: unknown[] };

/** Patches a pool's connections; returns the pool for chaining. */
export function foldTenantIntoBegin(pool: pg.Pool): pg.Pool {
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
      config: unknown,
      ...rest: unknown[]
    ) => {
      const tenantId = tenantContext.getStore();
      const begin =
        typeof config === "object" &&
        config !== null &&
        (config as QueryConfig).text === "BEGIN" &&
        ((config as QueryConfig).values ?? []).length === 0;
      if (tenantId && begin) {
        assertTenantId(tenantId);
        return query(
          { ...(config as object), text: `BEGIN; SELECT set_config('app.tenant_id', '${tenantId}', true)` },
          ...rest,
        );
      }
      return query(config, ...rest);
    };
  });
  return pool;
}
