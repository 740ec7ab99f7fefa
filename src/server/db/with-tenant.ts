import "server-only";
// withTenant(): the only door to school data. One interactive transaction that tells PostgreSQL
// which school it serves (row-level security) and hands out a client that scopes every query to it.
import type { Prisma } from "../../generated/prisma/client.ts";
import { appDb } from "./clients.ts";
import { foldsTenantIntoBegin, type BasePrismaClient } from "./prisma.ts";
import { databaseReason, isSerializationFailure, isUniqueViolation } from "./errors.ts";
import { tenantContext, transactionSettingsSql } from "./tenant-context.ts";
import { assertTenantId, scopeArgs, TenantScopeError } from "./tenant-scope.ts";

const RAW_METHODS = new Set([
  "$queryRaw",
  "$executeRaw",
  "$queryRawUnsafe",
  "$executeRawUnsafe",
  "$queryRawTyped",
]);

/** The client a withTenant() callback receives: every model but tenants, no raw SQL. */
export type TenantDb = Omit<
  Prisma.TransactionClient,
  "$queryRaw" | "$executeRaw" | "$queryRawUnsafe" | "$executeRawUnsafe" | "$queryRawTyped" | "tenant"
>;

/**
 * A statement of a school's transaction that runs longer than this is cut by PostgreSQL (and the
 * request answered "try again in a moment"), so one slow query cannot hold a pooled connection
 * for everyone. Long jobs (archives) pass their own timeoutMs.
 */
const STATEMENT_TIMEOUT_MS = Number(process.env.DB_STATEMENT_TIMEOUT_MS) || 10_000;

export interface WithTenantOptions {
  /** Base client to use; the application's own pool when omitted. */
  client?: BasePrismaClient;
  /** How long the whole transaction may take; its statements may each take as long (long jobs). */
  timeoutMs?: number;
  isolationLevel?: Prisma.TransactionIsolationLevel;
  /**
   * Tells PostgreSQL, for this transaction only, that the school's pages are in memory (a random
   * page read costs about a sequential one), so that it looks up the few hundred rows an index
   * found rather than reading the whole school. For queries that find a small part of a large
   * school through another table (the name search, docs/decisions/027); not a server-wide
   * setting, which made the attendance reports slower.
   */
  favourIndexLookups?: boolean;
}

/** The random page cost favourIndexLookups sets (PostgreSQL's default is 4). */
const CACHED_RANDOM_PAGE_COST = 1.1;

function tenantExtension(tenantId: string) {
  return {
    name: "tenant-scope",
    query: {
      $allModels: {
        $allOperations({
          model,
          operation,
          args,
          query,
        }: {
          model: string;
          operation: string;
          args: unknown;
          query: (args: unknown) => Promise<unknown>;
        }) {
          return query(scopeArgs(model, operation, args, tenantId));
        },
      },
    },
  };
}

// Building an extended client is a good part of the door's cost on a one-query request, and a
// server sees the same schools again and again: each base client keeps its schools' scoped
// clients, the most recently used few hundred of them.
const SCOPED_CLIENTS_KEPT = 500;
const scopedClients = new WeakMap<BasePrismaClient, Map<string, BasePrismaClient>>();

function scopedClient(base: BasePrismaClient, tenantId: string): BasePrismaClient {
  let clients = scopedClients.get(base);
  if (!clients) scopedClients.set(base, (clients = new Map()));
  let scoped = clients.get(tenantId);
  if (scoped) {
    clients.delete(tenantId); // re-inserted below: a Map keeps insertion order, oldest first
  } else {
    scoped = base.$extends(tenantExtension(tenantId)) as unknown as BasePrismaClient;
    if (clients.size >= SCOPED_CLIENTS_KEPT) clients.delete(clients.keys().next().value!);
  }
  clients.set(tenantId, scoped);
  return scoped;
}

function refuseRawSql(tx: Prisma.TransactionClient): TenantDb {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (typeof property === "string" && RAW_METHODS.has(property)) {
        throw new TenantScopeError("Raw SQL is not available on a school-scoped client.");
      }
      if (property === "tenant") {
        throw new TenantScopeError(
          "Schools (tenants) are platform data: use platform code, not withTenant().",
        );
      }
      return Reflect.get(target, property, receiver);
    },
  }) as TenantDb;
}

export async function withTenant<T>(
  tenantId: string,
  fn: (db: TenantDb) => Promise<T>,
  options: WithTenantOptions = {},
): Promise<T> {
  return inTenant(tenantId, (tx) => fn(refuseRawSql(tx)), options);
}

/** The transaction under withTenant(): the school's id set for row-level security, the scoped client. */
function inTenant<T>(
  tenantId: string,
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  options: WithTenantOptions,
): Promise<T> {
  assertTenantId(tenantId);
  const base = options.client ?? appDb();
  const scoped = scopedClient(base, tenantId);
  // SET TRANSACTION ISOLATION LEVEL must precede every other statement, so a transaction with an
  // isolation level gets its set_config as a statement of its own, after it.
  const folded = foldsTenantIntoBegin(base) && !options.isolationLevel;
  const settings = {
    tenantId,
    statementTimeoutMs: options.timeoutMs ?? STATEMENT_TIMEOUT_MS,
    ...(options.favourIndexLookups ? { randomPageCost: CACHED_RANDOM_PAGE_COST } : {}),
  };
  const run = <R>(work: () => R): R => (folded ? tenantContext.run(settings, work) : work());
  return run(() =>
    scoped.$transaction(
      async (tx) => {
        // Transaction-local: the settings end with the transaction, so a pooled connection never
        // carries one school's id into the next request. Our own clients send them with BEGIN;
        // any other client gets them as a statement of its own.
        if (!folded) await tx.$executeRawUnsafe(transactionSettingsSql(settings));
        return fn(tx);
      },
      {
        timeout: options.timeoutMs ?? 15_000,
        maxWait: 5_000,
        ...(options.isolationLevel ? { isolationLevel: options.isolationLevel } : {}),
      },
    ),
  );
}

type TableRow = Record<string, unknown>;

/** Whole-table copies of one school, as PostgreSQL's own JSON (exact timestamps, numerics, NULLs). */
export interface SchoolTableCopy {
  columns(table: string): Promise<string[]>;
  isEmpty(table: string): Promise<boolean>;
  read(table: string, orderBy: string): Promise<TableRow[]>;
  /** Inserts the rows; when the database refuses one, throws CopyRowError naming it. */
  insert(table: string, rows: TableRow[]): Promise<void>;
}

/** The database refused one row of a copy: which table, which row of those given, and why. */
export class CopyRowError extends Error {
  constructor(
    readonly table: string,
    readonly index: number,
    readonly reason: string,
  ) {
    super(`${table} row ${index + 1}: ${reason}`);
  }
}

/**
 * withTenant() plus whole-table copies for a school's archive. The SQL is fixed and names only the
 * tables the caller allows; row-level security and an explicit tenant_id condition keep every
 * read and write inside the school, and inserted rows must carry its id (WITH CHECK).
 */
export function withSchoolTableCopy<T>(
  tenantId: string,
  tables: ReadonlySet<string>,
  fn: (db: TenantDb, copy: SchoolTableCopy) => Promise<T>,
  options: WithTenantOptions = {},
): Promise<T> {
  const name = (table: string) => {
    if (!tables.has(table) || !/^[a-z_]+$/.test(table))
      throw new TenantScopeError(`Table ${table} cannot be copied.`);
    return table;
  };
  return inTenant(
    tenantId,
    (tx) =>
      fn(refuseRawSql(tx), {
        async columns(table) {
          const rows = await tx.$queryRawUnsafe<{ column_name: string }[]>(
            "SELECT column_name::text FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
            name(table),
          );
          return rows.map((r) => r.column_name);
        },
        async isEmpty(table) {
          const [row] = await tx.$queryRawUnsafe<{ empty: boolean }[]>(
            `SELECT NOT EXISTS (SELECT 1 FROM ${name(table)} WHERE tenant_id = $1::uuid) AS empty`,
            tenantId,
          );
          return row!.empty;
        },
        async read(table, orderBy) {
          if (!/^[a-z_]+$/.test(orderBy)) throw new TenantScopeError("Bad ordering column.");
          const [row] = await tx.$queryRawUnsafe<{ rows: string }[]>(
            `SELECT coalesce(json_agg(t ORDER BY t.${orderBy}), '[]')::text AS rows FROM ${name(table)} t WHERE t.tenant_id = $1::uuid`,
            tenantId,
          );
          return JSON.parse(row!.rows) as TableRow[];
        },
        async insert(table, rows) {
          if (rows.length === 0) return;
          const sql = `INSERT INTO ${name(table)} SELECT * FROM json_populate_recordset(NULL::${name(table)}, $1::json)`;
          // A savepoint keeps the transaction usable when a row is refused, to find out which one it was.
          await tx.$executeRawUnsafe("SAVEPOINT copy_rows");
          try {
            await tx.$executeRawUnsafe(sql, JSON.stringify(rows));
            await tx.$executeRawUnsafe("RELEASE SAVEPOINT copy_rows");
            return;
          } catch (error) {
            await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT copy_rows");
            for (const [index, row] of rows.entries()) {
              try {
                await tx.$executeRawUnsafe(sql, JSON.stringify([row]));
              } catch (rowError) {
                throw new CopyRowError(table, index, databaseReason(rowError));
              }
            }
            throw new CopyRowError(table, 0, databaseReason(error));
          }
        },
      }),
    options,
  );
}

/**
 * Runs fn on the caller's transaction when it passes one (an action body already inside
 * withTenant), or in a transaction of its own. Services shared by actions and by sign-in use it.
 */
export function inTenantTransaction<T>(
  tenantId: string,
  fn: (db: TenantDb) => Promise<T>,
  options: WithTenantOptions & { db?: TenantDb } = {},
): Promise<T> {
  const { db, ...own } = options;
  return db ? fn(db) : withTenant(tenantId, fn, own);
}

/** How many times a serializable unit of work runs before the loser is told to try again. */
const SERIALIZABLE_ATTEMPTS = 4;

/**
 * A serializable unit of work for check-then-write rules (plan limits, class capacity, "already
 * enrolled"). When it loses a race to a concurrent transaction it runs again, now seeing the
 * winner's rows, so the loser gets the rule's own answer ("the class is full") instead of a
 * database error. Under SERIALIZABLE a unique index can be what catches the race first (PostgreSQL
 * then raises a unique violation, not a serialization failure): that is retried the same way.
 */
export async function withTenantSerializable<T>(
  tenantId: string,
  fn: (db: TenantDb) => Promise<T>,
  options: Omit<WithTenantOptions, "isolationLevel"> & { onRetry?: () => void } = {},
): Promise<T> {
  const { onRetry, ...rest } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await withTenant(tenantId, fn, { ...rest, isolationLevel: "Serializable" });
    } catch (error) {
      if (attempt >= SERIALIZABLE_ATTEMPTS || !(isSerializationFailure(error) || isUniqueViolation(error)))
        throw error;
      onRetry?.();
      // A little jitter, so the same racers do not collide again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
