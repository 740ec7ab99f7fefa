// The one place a PrismaClient is constructed. Application code never calls this directly: it
// reaches tenant data through withTenant() and platform data through the platform client.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client.ts";

export type BasePrismaClient = InstanceType<typeof PrismaClient>;

export function createPrismaClient(connectionString: string, options: { poolSize?: number } = {}): BasePrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.poolSize ?? 10 });
  return new PrismaClient({ adapter });
}
