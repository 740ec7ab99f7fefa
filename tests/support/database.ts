// A database of the test file's own: cloned from the migrated template (fast), or empty for tests
// that run migrations themselves.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

export interface TestDatabase {
  url: string;
  name: string;
  /** A connected pg client as the superuser, for arranging and inspecting. */
  admin: pg.Client;
  drop(): Promise<void>;
}

function urlFor(database: string): string {
  const url = new URL(inject("pgAdminUrl"));
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const name = `t_${randomUUID().replaceAll("-", "")}`;
  const server = new pg.Client({ connectionString: inject("pgAdminUrl") });
  await server.connect();
  await server.query(
    options.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${inject("pgTemplate")}`,
  );
  await server.end();

  const url = urlFor(name);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  return {
    url,
    name,
    admin,
    async drop() {
      await admin.end();
      const again = new pg.Client({ connectionString: inject("pgAdminUrl") });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

/** The test database as the application's own login (no superuser, no RLS bypass). */
export { asAppLogin } from "../../scripts/db/roles.ts";
