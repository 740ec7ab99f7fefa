// Which database a command talks to: an external server named by DATABASE_URL, or the embedded
// one. Every script goes through here so that both paths behave the same.
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded.ts";
import { migrateUp } from "./migrator.ts";
import { asAppLogin, ensureAppLogin } from "./roles.ts";

const root = path.resolve(import.meta.dirname, "../..");
export const EMBEDDED_DATABASE = "sis";
export const embeddedPort = () => Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const embeddedDataDir = () => path.resolve(root, process.env.EMBEDDED_PG_DATA ?? ".data/postgres");

export interface DatabaseTarget {
  /** Owner of the schema: runs migrations and the seed. */
  migrationUrl: string;
  /** What the app connects with. */
  appUrl: string;
  embedded: EmbeddedServer | null;
  release(): Promise<void>;
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function openDatabase(): Promise<DatabaseTarget> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return {
      migrationUrl: process.env.MIGRATION_DATABASE_URL || external,
      appUrl: external,
      embedded: null,
      release: async () => {},
    };
  }
  const server = await startEmbeddedPostgres({ dataDir: embeddedDataDir(), port: embeddedPort() });
  await createDatabaseIfMissing(server.url("postgres"), EMBEDDED_DATABASE);
  const url = server.url(EMBEDDED_DATABASE);
  return { migrationUrl: url, appUrl: asAppLogin(url), embedded: server, release: () => server.stop() };
}

/** Applies pending migrations; on the embedded server also sets up the application's login. */
export async function prepareDatabase(db: DatabaseTarget): Promise<string[]> {
  const applied = await migrateUp(db.migrationUrl);
  if (db.embedded) await ensureAppLogin(db.migrationUrl);
  return applied;
}
