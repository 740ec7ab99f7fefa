// A failing run must fail: loading the embedded server must not turn exit codes into 0.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

describe("process exit codes", () => {
  it("survive loading the embedded PostgreSQL module", async () => {
    const script = 'import "./scripts/db/embedded.ts"; process.exitCode = 3;';
    const error = await run(path.join(root, "node_modules/.bin/tsx"), ["-e", script], { cwd: root }).then(
      () => null,
      (e: { code?: number }) => e,
    );
    expect(error?.code).toBe(3);
  });
});
