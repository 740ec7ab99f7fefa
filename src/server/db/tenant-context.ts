// Folds a transaction's settings into its BEGIN: one round trip instead of two, and no trip
// through Prisma's raw-query pipeline. withTenant() runs its transaction inside tenantContext;
// when the pooled connection is asked to BEGIN there, it sends
//   BEGIN; SELECT set_config('app.tenant_id', '<id>', true), set_config('statement_timeout', '<ms>', true)
// as one simple-protocol message (plus the planner's random_page_cost for a transaction that asks
// for it). The id is a validated UUID and the numbers are checked numbers, so inlining them is safe. Both settings are transaction-local, so they hold behind a transaction
// pooler (PgBouncer) as they do on a direct connection (docs/decisions/021).
import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";
import { assertTenantId } from "./tenant-scope.ts";

export interface TransactionSettings {
  tenantId: string;
  /** PostgreSQL cuts any statement of the transaction that runs longer (SQLSTATE 57014). */
  statementTimeoutMs: number;
  /** The planner's cost of a random page read for this transaction only (with-tenant.ts). */
  randomPageCost?: number;
}

// One store per process, on globalThis: the pool that reads it and the withTenant() that fills it
// may come from different copies of this module in the Next.js build (see prisma.ts).
const STORE = Symbol.for("sis.transaction-settings");
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<TransactionSettings> | undefined>;
export const tenantContext = (holder[STORE] ??= new AsyncLocalStorage<TransactionSettings>());

/** The statement that gives a transaction its school and its statement timeout. */
export function transactionSettingsSql({
  tenantId,
  statementTimeoutMs,
  randomPageCost,
}: TransactionSettings): string {
  assertTenantId(tenantId);
  if (!Number.isInteger(statementTimeoutMs) || statementTimeoutMs <= 0)
    throw new Error("A statement timeout is a positive whole number of milliseconds.");
  if (randomPageCost !== undefined && !(Number.isFinite(randomPageCost) && randomPageCost > 0))
    throw new Error("A random page cost is a positive number.");
  const planner =
    randomPageCost === undefined ? "" : `, set_config('random_page_cost', '${randomPageCost}', true)`;
  return `SELECT set_config('app.tenant_id', '${tenantId}', true), set_config('statement_timeout', '${statementTimeoutMs}', true)${planner}`;
}

type QueryConfig = { text?: string; values?: unknown[] };

/** Patches a pool's connections; returns the pool for chaining. */
export function foldTenantIntoBegin(pool: pg.Pool): pg.Pool {
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
      config: unknown,
      ...rest: unknown[]
    ) => {
      const settings = tenantContext.getStore();
      const begin =
        typeof config === "object" &&
        config !== null &&
        (config as QueryConfig).text === "BEGIN" &&
        ((config as QueryConfig).values ?? []).length === 0;
      if (settings && begin) {
        return query({ ...(config as object), text: `BEGIN; ${transactionSettingsSql(settings)}` }, ...rest);
      }
      return query(config, ...rest);
    };
  });
  return pool;
}
