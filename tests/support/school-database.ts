// The usual arrangement of an integration test: a database of its own, schools in it, and the
// application's own client (its login, its role, row-level security on).
import { createPrismaClient, type BasePrismaClient } from "../../src/server/db/prisma.ts";
import { APP_DB_ROLE } from "../../src/server/db/roles.ts";
import { asAppLogin, createTestDatabase, type TestDatabase } from "./database.ts";
import { createSchool, type School } from "./two-schools.ts";

export async function openSchoolDatabase<L extends string[]>(
  ...labels: L
): Promise<{ db: TestDatabase; app: BasePrismaClient; schools: { [K in keyof L]: School } }> {
  const db = await createTestDatabase();
  const schools: School[] = [];
  for (const label of labels) schools.push(await createSchool(db.admin, label));
  const app = createPrismaClient(asAppLogin(db.url), { role: APP_DB_ROLE, poolSize: 2 });
  return { db, app, schools: schools as { [K in keyof L]: School } };
}

export async function closeSchoolDatabase(
  db: TestDatabase | undefined,
  app: BasePrismaClient | undefined,
): Promise<void> {
  await app?.$disconnect();
  await db?.drop();
}
