// The database every bench runs on: BENCH_DATABASE_URL when set, otherwise a throwaway embedded
// PostgreSQL, migrated and with the application's login, removed afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabaseIfMissing } from "../db/connection.ts";
import { startEmbeddedPostgres } from "../db/embedded.ts";
import { migrateUp } from "../db/migrator.ts";
import { findFreePort } from "../db/ports.ts";
import { ensureAppLogin } from "../db/roles.ts";

export async function withBenchDatabase<T>(name: string, work: (ownerUrl: string) => Promise<T>): Promise<T> {
  const external = process.env.BENCH_DATABASE_URL;
  let stop = async () => {};
  let ownerUrl: string;
  if (external) {
    ownerUrl = external;
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sis-bench-${name}-`));
    fs.chmodSync(dir, 0o755);
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dir, "data"),
      port: await findFreePort(),
      persistent: false,
    });
    await createDatabaseIfMissing(server.url("postgres"), "bench");
    ownerUrl = server.url("bench");
    stop = async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  try {
    await migrateUp(ownerUrl);
    await ensureAppLogin(ownerUrl);
    return await work(ownerUrl);
  } finally {
    await stop();
  }
}
