// PgBouncer in transaction pooling mode in front of a PostgreSQL database, as a deployment past one
// machine would run it (docs/decisions/021). Used by the test that runs the school door through it
// and by `BENCH_PGBOUNCER=1 npm run bench:http`. Needs Debian's `pgbouncer` package.
//
// Two pooled databases, one per access role: a server connection takes its role once, when
// PgBouncer opens it (connect_query), with the default statement timeout, because PgBouncer cannot
// pass the `-c role=… -c statement_timeout=…` start-up options the app sends to a direct
// connection (they are ignored here). Everything else the app needs
// per transaction (the school, the statement timeout) it sets itself, transaction-locally.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isListening } from "./embedded.ts";
import { findFreePort } from "./ports.ts";
import { APP_LOGIN } from "./roles.ts";

const BINARY = process.env.PGBOUNCER_PATH ?? "/usr/sbin/pgbouncer";

export interface PgBouncer {
  /** The app's school-data URL through the pooler (role sis_app_access). */
  appUrl: string;
  /** The platform-data URL through the pooler (role sis_platform_access). */
  platformUrl: string;
  stop(): Promise<void>;
}

export function pgBouncerInstalled(): boolean {
  return fs.existsSync(BINARY);
}

/** Starts PgBouncer in front of `databaseUrl`'s server and database, for the application's login. */
export async function startPgBouncer(
  databaseUrl: string,
  options: { poolSize?: number } = {},
): Promise<PgBouncer> {
  if (!pgBouncerInstalled())
    throw new Error(
      `PgBouncer is not installed at ${BINARY}: apt-get install pgbouncer (or set PGBOUNCER_PATH).`,
    );
  const target = new URL(databaseUrl);
  const database = target.pathname.slice(1);
  const port = await findFreePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sis-pgbouncer-"));
  // The same default statement timeout a direct connection gets from its start-up options.
  const timeout = Number(process.env.DB_STATEMENT_TIMEOUT_MS) || 10_000;
  const server = `host=${target.hostname} port=${target.port || 5432} dbname=${database}`;
  fs.writeFileSync(path.join(dir, "users.txt"), `"${APP_LOGIN.user}" "${APP_LOGIN.password}"\n`);
  fs.writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      `sis_app = ${server} connect_query='SET ROLE sis_app_access; SET statement_timeout = ${timeout}'`,
      `sis_platform = ${server} connect_query='SET ROLE sis_platform_access; SET statement_timeout = ${timeout}'`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "auth_type = scram-sha-256",
      `auth_file = ${path.join(dir, "users.txt")}`,
      "pool_mode = transaction",
      `default_pool_size = ${options.poolSize ?? 4}`,
      "max_client_conn = 500",
      "ignore_startup_parameters = options",
      `logfile = ${path.join(dir, "pgbouncer.log")}`,
      `pidfile = ${path.join(dir, "pgbouncer.pid")}`,
      "",
    ].join("\n"),
  );
  // PgBouncer refuses to run as root; the embedded server's OS user (created for it) runs it then.
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (asRoot) {
    spawnSync("chown", ["-R", "postgres", dir]);
    fs.chmodSync(dir, 0o755);
  }
  const child: ChildProcess = spawn(
    BINARY,
    [...(asRoot ? ["-u", "postgres"] : []), path.join(dir, "pgbouncer.ini")],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let errors = "";
  child.stderr!.on("data", (chunk) => (errors += String(chunk)));
  for (let i = 0; !(await isListening(port)); i++) {
    if (child.exitCode !== null || i > 100) {
      const log = fs.existsSync(path.join(dir, "pgbouncer.log"))
        ? fs.readFileSync(path.join(dir, "pgbouncer.log"), "utf8")
        : "";
      child.kill();
      throw new Error(`PgBouncer did not start: ${errors}${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = (alias: string) =>
    `postgresql://${APP_LOGIN.user}:${APP_LOGIN.password}@127.0.0.1:${port}/${alias}`;
  return {
    appUrl: url("sis_app"),
    platformUrl: url("sis_platform"),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
