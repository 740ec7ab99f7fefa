// npm start: database (embedded unless DATABASE_URL is set) → migrations → demo data when the
// database has no school → production build when there is none → the server on PORT.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { openDatabase, prepareDatabase } from "./db/connection.ts";
import { stopDatabaseOnlyWhenAsked } from "./db/embedded.ts";
import { seedDemo } from "./seed/seed.ts";
import { DEMO_ROLES, DEMO_SCHOOLS, SUPER_ADMIN_EMAIL, demoEmail, demoPassword } from "./seed/demo-schools.ts";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const rootDomain = process.env.ROOT_DOMAIN ?? "localhost";
const nextBin = path.join(root, "node_modules", ".bin", "next");
const tsxBin = path.join(root, "node_modules", ".bin", "tsx");

if (process.argv.includes("--fresh")) {
  // Used by the end-to-end suite: a throwaway embedded database, created anew each run.
  const dataDir = path.resolve(root, process.env.EMBEDDED_PG_DATA ?? "");
  if (!process.env.EMBEDDED_PG_DATA || !dataDir.startsWith(path.join(root, ".data"))) {
    throw new Error("--fresh needs EMBEDDED_PG_DATA inside .data/");
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const db = await openDatabase();
console.log(
  db.embedded ? `Embedded PostgreSQL on port ${db.embedded.port}.` : "Using the PostgreSQL at DATABASE_URL.",
);
await prepareDatabase(db);

const pool = new pg.Pool({ connectionString: db.migrationUrl, max: 3 });
const { rows } = await pool.query<{ count: string }>("SELECT count(*) FROM tenants");
if (rows[0]?.count === "0") {
  console.log("Empty database: adding the demo schools (about half a minute)…");
  const report = await seedDemo(pool);
  console.log(`Demo data ready: ${report.created.join(", ")}.`);
}
await pool.end();

if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("No production build yet: building (a minute or two)…");
  const build = spawnSync(nextBin, ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) {
    await db.release();
    process.exit(build.status ?? 1);
  }
}

/** Secrets for a local install, kept in .data/ so they survive a restart. Production sets them. */
function localSecret(name: string, encoding: "base64url" | "base64"): string {
  const file = path.join(root, ".data", name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString(encoding), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: db.appUrl,
  ROOT_DOMAIN: rootDomain,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || localSecret("auth-secret", "base64url"),
  // Encrypts two-factor keys at rest. Losing it means every user enrols again: back it up.
  APP_ENCRYPTION_KEY: process.env.APP_ENCRYPTION_KEY || localSecret("encryption-key", "base64"),
  PORT: String(port),
  NODE_ENV: "production",
  // Each school signs in on its own host: next-auth takes its URLs from the request's Host (or
  // X-Forwarded-Host, which serve.ts keeps only when TRUST_FORWARDED_HOST=1).
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "1",
  // Links in mail point at the port this server listens on.
  PUBLIC_PORT: process.env.PUBLIC_PORT ?? String(port),
  NEXT_TELEMETRY_DISABLED: "1",
};

/**
 * A page render allocates a few megabytes that die young; with V8's default young generation the
 * server spends about a tenth of its CPU collecting it. 64 MB semi-spaces (per worker) serve about
 * 10 % more pages per second (bench:http, issue #14); NODE_OPTIONS naming its own size wins.
 */
function withYoungGeneration(nodeOptions: string | undefined): string {
  if (nodeOptions?.includes("--max-semi-space-size")) return nodeOptions;
  return [nodeOptions, "--max-semi-space-size=64"].filter(Boolean).join(" ");
}

// scripts/serve.ts: Next.js behind the step that decides forwarded headers from the socket.
const server = spawn(tsxBin, [path.join(root, "scripts", "serve.ts")], {
  cwd: root,
  stdio: "inherit",
  env: { ...serverEnv, NODE_OPTIONS: withYoungGeneration(serverEnv.NODE_OPTIONS) },
});
// scripts/worker.ts: the job runner (mail delivery), as the server-only code it runs expects.
const worker = spawn(tsxBin, ["--conditions=react-server", path.join(root, "scripts", "worker.ts")], {
  cwd: root,
  stdio: "inherit",
  env: { ...serverEnv, JOB_QUEUE_URL: db.migrationUrl },
});

const password = process.env.DEMO_PASSWORD ? "(the DEMO_PASSWORD you set)" : demoPassword();
console.log(`
  Landing page     http://${rootDomain}:${port}/
${DEMO_SCHOOLS.map((s) => `  ${s.name.padEnd(24)} http://${s.subdomain}.${rootDomain}:${port}/${s.domain ? `  (also http://${s.domain}:${port}/)` : ""}`).join("\n")}

  Demo accounts, password ${password}
    ${SUPER_ADMIN_EMAIL}
${DEMO_SCHOOLS.map((s) => `    ${DEMO_ROLES.map((r) => demoEmail(r, s)).join("  ")}`).join("\n")}
`);

/** Resolves when the child has exited (at once if it already has), or after a grace period. */
function exited(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

stopDatabaseOnlyWhenAsked();
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  worker.kill("SIGTERM");
  // The database stops last: stopped first, it would cut the server's and the job runner's
  // connections while they finish, and each would report the cut as an error.
  await Promise.all([exited(server), exited(worker)]);
  await db.release();
  process.exit(code);
}
server.on("exit", (code) => void stop(code ?? 0));
worker.on("exit", (code) => {
  if (!stopping)
    console.error(`The job runner stopped (exit ${code}); mail waits in the outbox until it runs again.`);
});
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
process.on("SIGHUP", () => void stop(0));
