// How full the application's connection pools are, for the production server's front door
// (src/server/net/busy.ts). The pools live in the Next.js server bundle and the front door in the
// custom server around it: both run in the same process, so the registry sits on globalThis
// under a shared symbol rather than in a module (each side has its own copy of the modules).
import type pg from "pg";

const REGISTRY = Symbol.for("sis.connection-pools");
type Registry = Map<string, pg.Pool>;

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (holder[REGISTRY] ??= new Map());
}

export function registerPool(name: string, pool: pg.Pool): void {
  registry().set(name, pool);
}

/**
 * True when a pool has every connection in use and as many requests again waiting for one:
 * a new request would only queue behind them, so it is better told at once to come back.
 */
export function poolsExhausted(): boolean {
  for (const pool of registry().values()) {
    const max = pool.options.max ?? 10;
    if (pool.totalCount >= max && pool.idleCount === 0 && pool.waitingCount >= max) return true;
  }
  return false;
}
