// Runs prisma/migrations/*.sql in dbmate's format (`-- migrate:up` / `-- migrate:down` sections,
// versions recorded in schema_migrations), so the dbmate CLI can take over at any time. Our own
// runner because dbmate's npm package pulls per-platform binaries that our package registry does not
// all serve, which breaks `npm ci` (docs/decisions/001-sql-migrations.md).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
// Any constant; it only has to be the same for every migrating process.
const MIGRATION_LOCK = 4_771_020_001;

export interface Migration {
  version: string;
  name: string;
  up: string;
  down: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((file) => /^\d+_.+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const up = text.indexOf("-- migrate:up");
      const down = text.indexOf("-- migrate:down");
      if (up < 0 || down < up) throw new Error(`${file}: needs "-- migrate:up" then "-- migrate:down"`);
      return {
        version: file.split("_")[0]!,
        name: file,
        up: text.slice(up + "-- migrate:up".length, down).trim(),
        down: text.slice(down + "-- migrate:down".length).trim(),
      };
    });
}

async function withLockedClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(128) PRIMARY KEY)");
    return await work(client);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}

async function appliedVersions(client: pg.Client): Promise<Set<string>> {
  const { rows } = await client.query<{ version: string }>("SELECT version FROM schema_migrations");
  return new Set(rows.map((r) => r.version));
}

/** Each migration in its own transaction: a failing one leaves the database as the previous left it. */
async function apply(client: pg.Client, sql: string, record: () => Promise<unknown>) {
  await client.query("BEGIN");
  try {
    if (sql) await client.query(sql);
    await record();
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

export async function migrateUp(url: string): Promise<string[]> {
  return withLockedClient(url, async (client) => {
    const applied = await appliedVersions(client);
    const done: string[] = [];
    for (const m of readMigrations().filter((m) => !applied.has(m.version))) {
      await apply(client, m.up, () =>
        client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [m.version]),
      ).catch((error: Error) => {
        throw new Error(`${m.name}: ${error.message}`, { cause: error });
      });
      done.push(m.name);
    }
    return done;
  });
}

/** Undoes the newest applied migration; returns its name, or null when none is applied. */
export async function rollback(url: string): Promise<string | null> {
  return withLockedClient(url, async (client) => {
    const applied = await appliedVersions(client);
    const newest = readMigrations()
      .filter((m) => applied.has(m.version))
      .at(-1);
    if (!newest) return null;
    await apply(client, newest.down, () =>
      client.query("DELETE FROM schema_migrations WHERE version = $1", [newest.version]),
    );
    return newest.name;
  });
}

export async function migrationStatus(url: string): Promise<Array<{ name: string; applied: boolean }>> {
  return withLockedClient(url, async (client) => {
    const applied = await appliedVersions(client);
    return readMigrations().map((m) => ({ name: m.name, applied: applied.has(m.version) }));
  });
}
