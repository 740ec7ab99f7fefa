// The one place a PrismaClient is constructed. Application code never calls this directly: it
// reaches school data through withTenant() and platform data through platformDb().
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma/client.ts";
import type { DbRole } from "./roles.ts";
import { foldTenantIntoBegin } from "./tenant-context.ts";

export type BasePrismaClient = InstanceType<typeof PrismaClient>;

/**
 * How long a query waits for a free connection before it fails (and the person is asked to try
 * again in a moment): a full pool answers quickly instead of hanging (src/server/net/busy.ts).
 */
const POOL_WAIT_MS = Number(process.env.DB_POOL_WAIT_MS) || 3_000;
/** The statement timeout of every connection; a school's transaction sets its own (with-tenant.ts). */
const CONNECTION_STATEMENT_TIMEOUT_MS = Number(process.env.DB_STATEMENT_TIMEOUT_MS) || 10_000;

export interface ClientOptions {
  poolSize?: number;
  /** The role every pooled connection assumes (`SET ROLE` at connection start). */
  role?: DbRole;
}

// Marks on the client object itself, not in a module's WeakSet: the Next.js build bundles this
// module more than once (one copy per server layer), and a client made by one copy is used by
// code of another, which must still see that its connections fold the school into BEGIN.
const FOLDS_TENANT_INTO_BEGIN = Symbol.for("sis.folds-tenant-into-begin");
const POOL = Symbol.for("sis.pool");
type MarkedClient = { [FOLDS_TENANT_INTO_BEGIN]?: true; [POOL]?: pg.Pool };

/** True for clients whose connections set the school as part of BEGIN (see tenant-context.ts). */
export function foldsTenantIntoBegin(client: BasePrismaClient): boolean {
  return (client as unknown as MarkedClient)[FOLDS_TENANT_INTO_BEGIN] === true;
}

/** The pg pool under a client made here (for pool-pressure.ts). */
export function poolOf(client: BasePrismaClient): pg.Pool | undefined {
  return (client as unknown as MarkedClient)[POOL];
}

export function createPrismaClient(connectionString: string, options: ClientOptions = {}): BasePrismaClient {
  const startup = [`-c statement_timeout=${CONNECTION_STATEMENT_TIMEOUT_MS}`];
  if (options.role) startup.push(`-c role=${options.role}`);
  const pool = foldTenantIntoBegin(
    new pg.Pool({
      connectionString,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: POOL_WAIT_MS,
      options: startup.join(" "),
    }),
  );
  // A connection that breaks while idle (the database restarted) is dropped by the pool; without
  // a listener its error would end the process.
  pool.on("error", (error) => console.error("database connection lost:", error.message));
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  Object.assign(client, { [FOLDS_TENANT_INTO_BEGIN]: true, [POOL]: pool });
  return client;
}
