// The one place a PrismaClient is constructed. Application code never calls this directly: it
// reaches school data through withTenant() and platform data through platformDb().
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client.ts";
import type { DbRole } from "./roles.ts";

export type BasePrismaClient = InstanceType<typeof PrismaClient>;

export interface ClientOptions {
  poolSize?: number;
  /** The role every pooled connection assumes (`SET ROLE` at connection start). */
  role?: DbRole;
}

export function createPrismaClient(connectionString: string, options: ClientOptions = {}): BasePrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: options.poolSize ?? 10,
    ...(options.role ? { options: `-c role=${options.role}` } : {}),
  });
  return new PrismaClient({ adapter });
}
