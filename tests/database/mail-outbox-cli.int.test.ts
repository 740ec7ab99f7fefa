// `npm run mail:outbox` shows the queue whichever login it is given: the owner's, or the
// application's own (row-level security on, so it reads school by school).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asAppLogin, createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createSchool } from "../support/two-schools.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  for (const label of ["north", "south"]) {
    const school = await createSchool(db.admin, label);
    await db.admin.query(
      "INSERT INTO mail_outbox (tenant_id, to_address, subject, text_body, purpose, status) VALUES ($1, $2, $3, 'Hello', 'password_reset', 'local')",
      [school.tenantId, `parent@${label}.example`, `Reset your ${label} password`],
    );
  }
});
afterAll(async () => db?.drop());

const outbox = (url: string) =>
  run("npm", ["run", "-s", "mail:outbox"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, MIGRATION_DATABASE_URL: "", EMBEDDED_PG_PORT: "1" },
  });

describe("npm run mail:outbox", () => {
  it("shows every school's queued mail with the application's login", async () => {
    const { stdout } = await outbox(asAppLogin(db.url));
    expect(stdout).toContain("Reset your north password");
    expect(stdout).toContain("Reset your south password");
    expect(stdout).not.toContain("The outbox is empty");
  });

  it("shows the same with the owner's login", async () => {
    const { stdout } = await outbox(db.url);
    expect(stdout).toContain("Reset your north password");
    expect(stdout).toContain("Reset your south password");
  });
});
