import "server-only";
// The unscoped client, for platform code only (host → tenant lookup, sign-in, the console).
// School data is read and written through withTenant().
import { createPrismaClient, type BasePrismaClient } from "./prisma.ts";

const globalForPrisma = globalThis as unknown as { platformPrisma?: BasePrismaClient };

export function platformDb(): BasePrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides it.");
  globalForPrisma.platformPrisma ??= createPrismaClient(url);
  return globalForPrisma.platformPrisma;
}
