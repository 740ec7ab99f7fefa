// The arrangement of a console integration test: schools, the application's client (row-level
// security on) and the platform role's client, as the console runs them.
import type { BasePrismaClient } from "../../src/server/db/prisma.ts";
import { createPrismaClient } from "../../src/server/db/prisma.ts";
import { PLATFORM_DB_ROLE } from "../../src/server/db/roles.ts";
import { asAppLogin, type TestDatabase } from "./database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "./school-database.ts";
import type { School } from "./two-schools.ts";

export interface ConsoleDatabase<S extends School[]> {
  db: TestDatabase;
  app: BasePrismaClient;
  platform: BasePrismaClient;
  schools: S;
}

export async function openConsoleDatabase<L extends string[]>(
  ...labels: L
): Promise<ConsoleDatabase<{ [K in keyof L]: School }>> {
  const { db, app, schools } = await openSchoolDatabase(...labels);
  const platform = createPrismaClient(asAppLogin(db.url), { role: PLATFORM_DB_ROLE, poolSize: 1 });
  return { db, app, platform, schools };
}

export async function closeConsoleDatabase(
  handle: Partial<ConsoleDatabase<School[]>> | undefined,
): Promise<void> {
  await handle?.platform?.$disconnect();
  await closeSchoolDatabase(handle?.db, handle?.app);
}

/** The platform's own tenant and a super admin in it (the console's actor). */
export async function insertPlatform(
  db: TestDatabase,
): Promise<{ tenantId: string; actor: { id: string; email: string; role: string } }> {
  const tenantId = (
    await db.admin.query(
      "INSERT INTO tenants (name, slug, school_name, school_type, school_level) VALUES ('Platform', 'platform', 'Platform', 'private', 'k12') RETURNING id",
    )
  ).rows[0].id;
  const id = (
    await db.admin.query(
      "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'root@platform.example', 'x', 'Root', 'Admin', 'super_admin') RETURNING id",
      [tenantId],
    )
  ).rows[0].id;
  return { tenantId, actor: { id, email: "root@platform.example", role: "super_admin" } };
}
