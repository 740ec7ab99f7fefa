// The one place a PrismaClient is constructed. Application code never calls this directly: it
// reaches school data through withTenant() and platform data through platformDb().
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma/client.ts";
import type { DbRole } from "./roles.ts";
import { foldTenantIntoBegin } from "./tenant-context.ts";

export type BasePrismaClient = InstanceType<typeof PrismaClient>;

export interface ClientOptions {
  poolSize?: number;
  /** The role every pooled connection assumes (`SET ROLE` at connection start). */
  role?: DbRole;
}

/** Clients whose connections set the school as part of BEGIN (see tenant-context.ts). */
export const foldsTenantIntoBegin = new WeakSet<object>();

export function createPrismaClient(connectionString: string, options: ClientOptions = {}): BasePrismaClient {
  const pool = foldTenantIntoBegin(
    new pg.Pool({
      connectionString,
      max: options.poolSize ?? 10,
      ...(options.role ? { options: `-c role=${options.role}` } : {}),
    }),
  );
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  foldsTenantIntoBegin.add(client);
  return client;
}
