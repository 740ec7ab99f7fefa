// One embedded PostgreSQL for the whole vitest run, holding a migrated template database. Each
// test file clones the template into a database of its own (tests/support/database.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabaseIfMissing } from "../../scripts/db/connection.ts";
import { migrateUp } from "../../scripts/db/migrator.ts";
import { ensureAppLogin } from "../../scripts/db/roles.ts";
import { startEmbeddedPostgres } from "../../scripts/db/embedded.ts";
import { findFreePort } from "../../scripts/db/ports.ts";

export const TEMPLATE_DATABASE = "sis_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sis-test-pg-"));
  fs.chmodSync(dataDir, 0o755); // the server runs as its own OS user when we are root
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "data"),
    port: await findFreePort(),
    persistent: false,
  });
  await createDatabaseIfMissing(server.url("postgres"), TEMPLATE_DATABASE);
  await migrateUp(server.url(TEMPLATE_DATABASE));
  await ensureAppLogin(server.url(TEMPLATE_DATABASE));
  project.provide("pgAdminUrl", server.url("postgres"));
  project.provide("pgTemplate", TEMPLATE_DATABASE);
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
