// npm run test:faults — the production server on the demo data, taken through what goes wrong in
// real life, with the checks a school would make afterwards:
//   1. PostgreSQL restarts while pages are read and students created: every answer during the
//      outage is a clean page (no stack trace, no driver's words), the server recovers without a
//      restart, and every student created has its audit row (both or neither).
//   2. The connection pool is exhausted (a lock holds every connection): new requests are answered
//      at once with 503 and Retry-After, none hangs, and the statements stuck behind the lock are
//      cut by the statement timeout and reported in the server's log.
// Outside `npm test` (it restarts a database and takes about two minutes); prints what it saw and
// exits non-zero when a check fails. Its own embedded PostgreSQL (.data/faults), own port.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createDatabaseIfMissing, EMBEDDED_DATABASE } from "../db/connection.ts";
import { startEmbeddedPostgres, type EmbeddedServer } from "../db/embedded.ts";
import { migrateUp } from "../db/migrator.ts";
import { asAppLogin, ensureAppLogin } from "../db/roles.ts";
import { httpClient, type HttpAnswer } from "../support/http-client.ts";
import { studentPayload, actionIdOf } from "./student-action.ts";

const root = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.FAULTS_PORT ?? 3300);
const PG_PORT = Number(process.env.FAULTS_PG_PORT ?? 54369);
const DATA_DIR = path.join(root, ".data", "faults");
const STATEMENT_TIMEOUT_MS = 2_000;
const POOL_WAIT_MS = 2_000;
const HOST = "lincoln.localhost";
const { request, signIn, waitForServer } = httpClient(PORT);

/** What no answer may ever show a person: the driver's, Prisma's or Node's own words. */
const LEAKS =
  /ECONNREFUSED|ECONNRESET|Connection terminated|timeout exceeded when trying|canceling statement|terminating connection|DriverAdapterError|PrismaClient|node_modules|at async |\.ts:\d+:\d+/;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failures: string[] = [];
function check(ok: boolean, what: string) {
  console.log(`  ${ok ? "✓" : "✗"} ${what}`);
  if (!ok) failures.push(what);
}

fs.rmSync(DATA_DIR, { recursive: true, force: true });
let database: EmbeddedServer = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT });
await createDatabaseIfMissing(database.url("postgres"), EMBEDDED_DATABASE);
const ownerUrl = database.url(EMBEDDED_DATABASE);
await migrateUp(ownerUrl);
await ensureAppLogin(ownerUrl);

let serverLog = "";
const server = spawn(
  path.join(root, "node_modules", ".bin", "tsx"),
  [path.join(root, "scripts", "start.ts")],
  {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: asAppLogin(ownerUrl),
      MIGRATION_DATABASE_URL: ownerUrl,
      PORT: String(PORT),
      WEB_CONCURRENCY: "2",
      DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      DB_POOL_WAIT_MS: String(POOL_WAIT_MS),
    },
    stdio: ["ignore", "pipe", "pipe"],
  },
);
server.stdout!.on("data", (chunk) => (serverLog += String(chunk)));
server.stderr!.on("data", (chunk) => (serverLog += String(chunk)));

const owner = () => new pg.Client({ connectionString: ownerUrl });
async function ownerQuery<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> {
  const client = owner();
  await client.connect();
  try {
    return (await client.query<R>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

try {
  console.log("Starting the server on the demo data (a first run builds it)…");
  await waitForServer(server);
  const cookies = await Promise.all(Array.from({ length: 8 }, () => signIn(HOST, "principal@lincoln.demo")));
  const createStudent = actionIdOf(root, "createStudentAction");
  const isRealList = (a: HttpAnswer) => a.status === 200 && a.body.includes("Export CSV");

  // ── 1. PostgreSQL restarts under load ─────────────────────────────────────────────────────
  console.log("\n1. PostgreSQL restarts while 8 people read pages and 3 create students");
  const answers: Array<HttpAnswer & { during: boolean }> = [];
  const networkErrors: string[] = [];
  const writes: Array<{
    studentId: string;
    outcome: "saved" | "refused" | "error page" | "network";
    tryAgain?: boolean;
    raced?: boolean;
    reason?: string;
  }> = [];
  let phase: "before" | "outage" | "after" = "before";
  let running = true;
  let written = 0;
  const readLoop = async (cookie: string, i: number) => {
    const paths = ["/students", "/dashboard", "/classes"];
    for (let n = i; running; n++) {
      try {
        const answer = await request(HOST, "GET", paths[n % paths.length]!, { cookie }, undefined, 30_000);
        answers.push({ ...answer, during: phase === "outage" });
      } catch (error) {
        networkErrors.push((error as Error).message);
      }
    }
  };
  const writeLoop = async (cookie: string, w: number) => {
    while (running && written < 240) {
      const studentId = `FLT-${w}-${++written}`;
      const body = JSON.stringify([studentPayload(studentId)]);
      try {
        const answer = await request(
          HOST,
          "POST",
          "/students/new",
          {
            cookie,
            "next-action": createStudent,
            "content-type": "text/plain;charset=UTF-8",
            accept: "text/x-component",
            origin: `http://${HOST}:${PORT}`,
            "content-length": String(Buffer.byteLength(body)),
          },
          body,
          30_000,
        );
        answers.push({ ...answer, during: phase === "outage" });
        writes.push({
          studentId,
          outcome: /"ok":true/.test(answer.body)
            ? "saved"
            : /"ok":false/.test(answer.body)
              ? "refused"
              : "error page",
          tryAgain: /could not finish this just now|made a change at the same moment/.test(answer.body),
          raced: /made a change at the same moment/.test(answer.body),
          reason: /"formError":"([^"]*)"/.exec(answer.body)?.[1] ?? answer.body.slice(-200),
        });
      } catch (error) {
        networkErrors.push((error as Error).message);
        writes.push({ studentId, outcome: "network" });
      }
      await sleep(50);
    }
  };
  const load = [...cookies.map(readLoop), ...cookies.slice(0, 3).map(writeLoop)];
  await sleep(4_000);
  phase = "outage";
  const outageStarted = performance.now();
  await database.stop();
  await sleep(3_000);
  database = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT });
  phase = "after";
  const backAfter = performance.now() - outageStarted;
  let recoveredMs = NaN;
  for (const started = performance.now(); performance.now() - started < 20_000; await sleep(250)) {
    const answer = await request(HOST, "GET", "/students", { cookie: cookies[0]! }).catch(() => null);
    if (answer && isRealList(answer)) {
      recoveredMs = performance.now() - started;
      break;
    }
  }
  await sleep(3_000);
  running = false;
  await Promise.all(load);

  const during = answers.filter((a) => a.during);
  const leaked = answers.filter((a) => LEAKS.test(a.body));
  const statuses = (list: HttpAnswer[]) =>
    Object.entries(
      list.reduce<Record<number, number>>((n, a) => ({ ...n, [a.status]: (n[a.status] ?? 0) + 1 }), {}),
    )
      .map(([status, count]) => `${count}× ${status}`)
      .join(", ");
  console.log(
    `  ${answers.length} answers (${statuses(answers)}); PostgreSQL down ${Math.round(backAfter)} ms; during it: ${statuses(during) || "none"}`,
  );
  console.log(
    `  writes: ${["saved", "refused", "error page", "network"].map((o) => `${writes.filter((w) => w.outcome === o).length} ${o}`).join(", ")}`,
  );
  check(during.length > 0, "requests were answered while PostgreSQL was down");
  check(leaked.length === 0, `no answer shows a stack trace or the driver's words (${leaked.length} did)`);
  check(
    networkErrors.length === 0,
    `no request was dropped or hung (${networkErrors.length}: ${networkErrors[0] ?? ""})`,
  );
  // An error answer is either the plain last-resort document (its words are in the HTML) or the
  // school's own page, whose error boundary the browser then shows in the school's words (the
  // catalogue is in the client bundle, so those words are not in the HTML itself).
  const unexplained = answers.filter(
    (a) => a.status >= 500 && !a.body.includes("Something went wrong") && !/<title>[^<]*Lincoln/.test(a.body),
  );
  check(
    unexplained.length === 0,
    `every error answer is the school's page with its error boundary, or the plain error page${
      unexplained.length
        ? `; ${unexplained.length} did not, e.g. ${unexplained[0]!.status}: ${unexplained[0]!.body
            .replace(/<[^>]+>/g, " ")
            .replace(/\s+/g, " ")
            .slice(0, 200)}`
        : ""
    }`,
  );
  check(
    during.every((a) => a.status === 200 || a.status === 500 || a.status === 503),
    "answers during the outage are pages or clean error pages (200, 500, 503)",
  );
  check(
    Number.isFinite(recoveredMs),
    `the same server serves real pages again (after ${Math.round(recoveredMs)} ms)`,
  );
  check(!/A server worker stopped/.test(serverLog), "no server worker died or was restarted");

  const created = await ownerQuery<{ id: string; student_id: string }>(
    "SELECT id, student_id FROM students WHERE student_id LIKE 'FLT-%'",
  );
  const audits = await ownerQuery<{ resource_id: string }>(
    "SELECT resource_id FROM audit_logs WHERE action = 'student_created' AND new_values->>'studentId' LIKE 'FLT-%'",
  );
  const auditCount = new Map<string, number>();
  for (const a of audits) auditCount.set(a.resource_id, (auditCount.get(a.resource_id) ?? 0) + 1);
  const ids = new Set(created.map((s) => s.id));
  const saved = new Set(created.map((s) => s.student_id));
  check(created.length > 0, `students were created (${created.length})`);
  check(
    created.every((s) => auditCount.get(s.id) === 1) && audits.every((a) => ids.has(a.resource_id)),
    `every created student has exactly one audit row and every audit row its student (${created.length} students, ${audits.length} audit rows)`,
  );
  check(
    writes.filter((w) => w.outcome === "saved").every((w) => saved.has(w.studentId)),
    "every write answered 'saved' is in the database",
  );
  // Refused while PostgreSQL was away: "could not finish this just now" (the change may or may
  // not have been committed when the connection broke, which the sentence says). Refused for a
  // concurrent writer (serializable retries used up): "made a change at the same moment", and
  // then nothing was written.
  const otherReasons = [
    ...new Set(writes.filter((w) => w.outcome === "refused" && !w.tryAgain).map((w) => w.reason)),
  ];
  check(
    otherReasons.length === 0,
    `every refused write was told to try again, and why${otherReasons.map((r) => `; not “${r}”`).join("")}`,
  );
  const raced = writes.filter((w) => w.raced);
  check(
    raced.every((w) => !saved.has(w.studentId)),
    `a write refused for a concurrent change left nothing behind (${raced.length} such)`,
  );

  // ── 2. The pool is exhausted: a lock holds every connection ───────────────────────────────
  console.log("\n2. A lock on the students table holds every connection of the pool");
  const locker = owner();
  await locker.connect();
  await locker.query("BEGIN; LOCK TABLE students IN ACCESS EXCLUSIVE MODE");
  const logBefore = serverLog.length;
  const started = performance.now();
  const flood = await Promise.all(
    Array.from({ length: 80 }, (_, i) =>
      request(HOST, "GET", "/students", { cookie: cookies[i % cookies.length]! }, undefined, 30_000).catch(
        (error: Error): HttpAnswer => ({
          status: 0,
          headers: {},
          body: error.message,
          ms: performance.now() - started,
        }),
      ),
    ),
  );
  const actionDuringLock = await request(
    HOST,
    "POST",
    "/students/new",
    {
      cookie: cookies[0]!,
      "next-action": createStudent,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: `http://${HOST}:${PORT}`,
    },
    JSON.stringify([studentPayload("FLT-LOCKED")]),
  ).catch(() => null);
  await locker.query("ROLLBACK");
  await locker.end();
  const busy = flood.filter((a) => a.status === 503);
  const slowest = Math.max(...flood.map((a) => a.ms));
  const slowestBusy = Math.max(0, ...busy.map((a) => a.ms));
  console.log(`  80 requests at once: ${statuses(flood)}; slowest answer ${Math.round(slowest)} ms`);
  check(busy.length > 0, `some requests were told the service is busy (${busy.length})`);
  check(
    busy.every((a) => a.headers["retry-after"] === "5"),
    "each 503 carries Retry-After",
  );
  check(slowestBusy < 1_000, `a busy answer comes at once (slowest ${Math.round(slowestBusy)} ms)`);
  check(
    slowest < STATEMENT_TIMEOUT_MS + POOL_WAIT_MS + 5_000,
    `nothing hangs: every request was answered within ${STATEMENT_TIMEOUT_MS + POOL_WAIT_MS + 5_000} ms`,
  );
  check(
    flood.every((a) => a.status !== 0 && !LEAKS.test(a.body)),
    "every answer is a clean page",
  );
  check(
    /canceling statement due to statement timeout/.test(serverLog.slice(logBefore)),
    "the statements stuck behind the lock were cut by the statement timeout and reported in the server's log",
  );
  check(
    !!actionDuringLock && /could not finish this just now/.test(actionDuringLock.body),
    "a save during the lock is told to try again in a moment",
  );
  check(
    (await ownerQuery("SELECT 1 FROM students WHERE student_id = 'FLT-LOCKED'")).length === 0,
    "and nothing of it was written",
  );
  const after = await request(HOST, "GET", "/students", { cookie: cookies[0]! });
  check(isRealList(after), "the students list answers normally once the lock is gone");
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await database.stop();
}

if (failures.length) {
  console.error(`\n${failures.length} fault check(s) failed.`);
  process.exit(1);
}
console.log("\nEvery fault check passed.");
process.exit(0);
