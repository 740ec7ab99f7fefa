// `npm run db:migrate` / `db:rollback` against an external server named by DATABASE_URL.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTables } from "../support/catalog.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
});
afterAll(async () => db?.drop());

const npmRun = (script: string) =>
  run("npm", ["run", "-s", script], {
    cwd: root,
    // An unused embedded port: if the command started its own server instead of using
    // DATABASE_URL, the tables would not appear in this database.
    env: { ...process.env, DATABASE_URL: db.url, MIGRATION_DATABASE_URL: "", EMBEDDED_PG_PORT: "1" },
  });

describe("database commands with DATABASE_URL set", () => {
  it("db:migrate applies every migration to that server, and a second run applies nothing", async () => {
    const first = await npmRun("db:migrate");
    expect(first.stdout).toContain("009_create_audit_logs_table_multi_tenant.sql");
    expect(await publicTables(db.admin)).toEqual(
      expect.arrayContaining(["tenants", "students", "audit_logs"]),
    );
    const second = await npmRun("db:migrate");
    expect(second.stdout).toContain("up to date");
  });

  it("db:rollback undoes only the newest migration", async () => {
    const { stdout } = await npmRun("db:rollback");
    expect(stdout).toMatch(/Rolled back \d+_\w+\.sql/);
    const tables = await publicTables(db.admin);
    expect(tables).toContain("tenants");
    const status = await npmRun("db:status");
    expect(status.stdout.trim().split("\n").at(-1)).toMatch(/^\[pending\]/);
  });
});
