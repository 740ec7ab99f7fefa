// A transaction of the application's role for one school, as withTenant() opens it, on a plain pg
// client: for tests of what the database itself does under row-level security (triggers, policies).
import pg from "pg";
import { APP_DB_ROLE } from "../../src/server/db/roles.ts";
import { asAppLogin, createTestDatabase, type TestDatabase } from "./database.ts";
import { createSchool, type School } from "./two-schools.ts";

export async function asSchool(url: string, tenantId: string, work: (c: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: asAppLogin(url), options: `-c role=${APP_DB_ROLE}` });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    await work(client);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

/** A database of the test file's own with two schools, A and B, for tests of what it keeps. */
export async function openTwoSchools(): Promise<{ db: TestDatabase; a: School; b: School }> {
  const db = await createTestDatabase();
  return { db, a: await createSchool(db.admin, "a"), b: await createSchool(db.admin, "b") };
}

/** The session's app.tenant_id as a connection sees it ("" when unset): kept tables' triggers must leave it so. */
export async function tenantSettingOf(db: pg.Pool | pg.Client): Promise<string> {
  const { rows } = await db.query("SELECT current_setting('app.tenant_id', true) AS t");
  return rows[0].t ?? "";
}

/** How many rows of a kept table belong to a school (the owner's view, past row-level security). */
export async function rowsOfSchool(
  db: pg.Pool | pg.Client,
  table: string,
  tenantId: string,
): Promise<number> {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [tenantId]);
  return rows[0].n;
}
