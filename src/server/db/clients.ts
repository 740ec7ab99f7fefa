import "server-only";
// The application's two connection pools, one per database role. School data: appDb() through
// withTenant(). Platform data (tenants, platform events): platformDb(), importable only from
// tenancy, auth and console code (eslint.config.mjs).
import { registerPool } from "./pool-pressure.ts";
import { createPrismaClient, poolOf, type BasePrismaClient } from "./prisma.ts";
import { APP_DB_ROLE, PLATFORM_DB_ROLE } from "./roles.ts";

const pools = globalThis as unknown as { sisAppDb?: BasePrismaClient; sisPlatformDb?: BasePrismaClient };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides it.");
  return url;
}

function watched(name: string, client: BasePrismaClient): BasePrismaClient {
  const pool = poolOf(client);
  if (pool) registerPool(name, pool);
  return client;
}

export function appDb(): BasePrismaClient {
  pools.sisAppDb ??= watched("school data", createPrismaClient(databaseUrl(), { role: APP_DB_ROLE }));
  return pools.sisAppDb;
}

export function platformDbClient(): BasePrismaClient {
  pools.sisPlatformDb ??= watched(
    "platform data",
    createPrismaClient(process.env.PLATFORM_DATABASE_URL || databaseUrl(), {
      role: PLATFORM_DB_ROLE,
      poolSize: 5,
    }),
  );
  return pools.sisPlatformDb;
}
