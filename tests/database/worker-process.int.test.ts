// The job runner's own process, as npm start runs it (tsx with the react-server condition): it
// starts against a database, installs its queue, and stops cleanly. A module it cannot load in that
// condition (a React client module, say) would stop it here, not silently in production.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asAppLogin, createTestDatabase, type TestDatabase } from "../support/database.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

describe("the worker process", () => {
  it("starts, installs the queue and stops on SIGTERM", async () => {
    const worker = spawn(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", path.join(root, "scripts", "worker.ts")],
      { cwd: root, env: { ...process.env, JOB_QUEUE_URL: db.url, DATABASE_URL: asAppLogin(db.url) } },
    );
    let output = "";
    worker.stdout.on("data", (chunk) => (output += chunk));
    worker.stderr.on("data", (chunk) => (output += chunk));
    const started = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 90_000);
      worker.stdout.on("data", () => {
        if (output.includes("Job runner started")) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      worker.on("exit", () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    expect(started, output).toBe(true);
    const { rows } = await db.admin.query(
      "SELECT name FROM pgboss.queue WHERE name IN ('mail-deliver', 'mail-sweep') ORDER BY name",
    );
    expect(rows.map((r) => r.name)).toEqual(["mail-deliver", "mail-sweep"]);
    const code = await new Promise<number | null>((resolve) => {
      worker.on("exit", resolve);
      worker.kill("SIGTERM");
    });
    expect(code).toBe(0);
  });
});
