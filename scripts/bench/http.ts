// npm run bench:http — the production server on the district data (npm run seed:district), driven
// by autocannon: 20 connections, each its own signed-in session, a fixed time per page. Every
// response is checked (status and a marker of the real page). Prints req/s, latency percentiles and
// the server's CPU milliseconds per request, for the district school and a 400-student school (page
// by page, one right after the other), and the ratios issue #14 sets as targets. BENCH_SECONDS
// (default 10) sets the time per page; BENCH_PAGES (a pattern, e.g. "dashboard") measures only the
// pages whose names match it, beside the sign-in floor, to work on one page in a minute;
// BENCH_PGBOUNCER=1 runs it with the server behind PgBouncer (transaction pooling).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { EMBEDDED_DATABASE, embeddedDataDir, embeddedPort } from "../db/connection.ts";
import { startEmbeddedPostgres } from "../db/embedded.ts";
import { startPgBouncer } from "../db/pgbouncer.ts";
import { asAppLogin } from "../db/roles.ts";
import { httpClient } from "../support/http-client.ts";

const root = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ONLY = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES, "i") : null;
const CLOCK_TICK_MS = 10; // Linux USER_HZ = 100
const { request, signIn, waitForServer } = httpClient(PORT);

interface Page {
  name: string;
  path: string;
  as: "principal" | "teacher" | null;
  marker: string;
}
/** What autocannon keeps for one connection between its requests. */
interface Connection {
  cookie?: string;
  sent?: number;
}
interface Result {
  school: string;
  page: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  cpuMs: number;
  pgMs: number;
  /** This process's own CPU (autocannon, on the same cores as the server). */
  loadMs: number;
  bad: number;
  wrong: number;
}

/**
 * CPU time (user + system, ms) of the web server's processes, or of PostgreSQL's, read from /proc.
 * PostgreSQL's backends come and go: its postmaster's figure includes the time of those that ended
 * (cutime, cstime), and the live ones ("postgres: …") are added.
 */
function cpuMs(of: "server" | "postgres"): number {
  let ticks = 0;
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      const fields = () =>
        fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ").map(Number);
      if (of === "server" && cmd.includes("scripts/serve.ts") && !cmd.includes("tsx/dist/cli")) {
        const f = fields();
        ticks += f[11]! + f[12]!;
      } else if (of === "postgres" && cmd.startsWith("postgres:")) {
        const f = fields();
        ticks += f[11]! + f[12]!;
      } else if (of === "postgres" && /\/bin\/postgres\0/.test(cmd)) {
        const f = fields();
        ticks += f[11]! + f[12]! + f[13]! + f[14]!;
      }
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks * CLOCK_TICK_MS;
}

async function drive(
  host: string,
  page: Page,
  cookies: string[],
  seconds = SECONDS,
): Promise<Omit<Result, "school" | "page">> {
  let next = 0;
  let bad = 0;
  let wrong = 0;
  // Latency measured here, per response (autocannon's own percentiles have no p95).
  const latencies: number[] = [];
  const cpuBefore = cpuMs("server");
  const pgBefore = cpuMs("postgres");
  const loadBefore = process.cpuUsage();
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: "GET",
        path: page.path,
        // Each connection keeps one session of its own.
        setupRequest: (req, state: object) => {
          const context = state as Connection;
          if (page.as) context.cookie ??= cookies[next++ % cookies.length]!;
          context.sent = performance.now();
          return {
            ...req,
            headers: {
              ...req.headers,
              host: `${host}:${PORT}`,
              ...(page.as ? { cookie: context.cookie! } : {}),
            },
          };
        },
        onResponse: (status, body, state: object) => {
          latencies.push(performance.now() - (state as Connection).sent!);
          if (status !== 200) bad++;
          else if (!body.includes(page.marker)) wrong++;
        },
      },
    ],
  });
  const cpu = cpuMs("server") - cpuBefore;
  const pg = cpuMs("postgres") - pgBefore;
  const load = process.cpuUsage(loadBefore);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return {
    rps: result.requests.average,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    cpuMs: result.requests.total ? cpu / result.requests.total : 0,
    pgMs: result.requests.total ? pg / result.requests.total : 0,
    loadMs: result.requests.total ? (load.user + load.system) / 1000 / result.requests.total : 0,
    bad,
    wrong,
  };
}

/** The first link on a page whose address matches (a real id, read as a user would find it). */
async function firstLink(host: string, cookie: string, url: string, pattern: RegExp): Promise<string> {
  const res = await request(host, "GET", url, { cookie });
  const found = pattern.exec(res.body)?.[0];
  if (!found) throw new Error(`No link like ${pattern} on ${host}${url} (${res.status}).`);
  return found;
}

interface School {
  school: string;
  host: string;
  pages: Page[];
  principals: string[];
  teachers: string[];
}

/** A school's sessions and pages: ten principals and ten teachers signed in, real ids from its lists. */
async function prepareSchool(school: string, deepPage: number): Promise<School> {
  const host = `${school}.localhost`;
  const principal = await signIn(host, `principal@${school}.demo`);
  const principals = [
    principal,
    ...(await Promise.all(Array.from({ length: 9 }, () => signIn(host, `principal@${school}.demo`)))),
  ];
  const teachers = await Promise.all(
    Array.from({ length: 10 }, () => signIn(host, `teacher@${school}.demo`)),
  );
  const student = await firstLink(host, principal, "/students", /\/students\/[0-9a-f-]{36}/);
  const cls = await firstLink(host, principal, "/classes", /\/classes\/[0-9a-f-]{36}/);
  const pages: Page[] = [
    { name: "sign-in page", path: "/login", as: null, marker: 'name="password"' },
    { name: "students list, page 1", path: "/students", as: "principal", marker: "Export CSV" },
    {
      name: `students list, page ${deepPage}`,
      path: `/students?page=${deepPage}`,
      as: "principal",
      marker: "Export CSV",
    },
    { name: "name search", path: "/students?q=mar", as: "principal", marker: "Export CSV" },
    { name: "student profile", path: student, as: "principal", marker: "Legal name" },
    { name: "class page with roster", path: cls, as: "principal", marker: "Roster" },
    { name: "office dashboard", path: "/dashboard", as: "principal", marker: "Welcome," },
    { name: "teacher dashboard", path: "/dashboard", as: "teacher", marker: "Welcome," },
  ];
  // The sign-in page stays: it is the floor the ratios divide by.
  const measured = pages.filter((p, i) => i === 0 || !ONLY || ONLY.test(p.name));
  return { school, host, pages: measured, principals, teachers };
}

const cookiesFor = (school: School, page: Page) =>
  page.as === "teacher" ? school.teachers : school.principals;

/**
 * Every page of every school once over before anything is counted: the first page measured would
 * otherwise pay for the server's warm-up (code compiled on first use, the heap growing), and that
 * first page is the sign-in floor every ratio divides by.
 */
async function warmUp(schools: School[]): Promise<void> {
  for (const school of schools)
    for (const page of school.pages) await drive(school.host, page, cookiesFor(school, page), 2);
}

async function benchPage(school: School, page: Page): Promise<Result> {
  const cookies = cookiesFor(school, page);
  await drive(school.host, page, cookies, 3); // warm-up, not counted
  const r = await drive(school.host, page, cookies);
  console.log(
    `${school.school.padEnd(10)} ${page.name.padEnd(26)} ${r.rps.toFixed(0).padStart(5)} req/s  p50 ${String(r.p50).padStart(4)} ms  p95 ${String(r.p95).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ${r.cpuMs.toFixed(1).padStart(5)} ms CPU/req (+ ${r.pgMs.toFixed(1).padStart(5)} ms PostgreSQL, ${r.loadMs.toFixed(1).padStart(4)} ms load generator)  ${r.bad} non-200  ${r.wrong} wrong page`,
  );
  return { school: school.school, page: page.name, ...r };
}

/**
 * Each page for the district school, then at once for the small one, so that a shared machine's
 * drift (its speed changes over minutes) falls on both sides of a ratio alike.
 */
async function benchSchools(schools: School[]): Promise<Result[][]> {
  const results: Result[][] = schools.map(() => []);
  for (let i = 0; i < schools[0]!.pages.length; i++)
    for (const [s, school] of schools.entries()) results[s]!.push(await benchPage(school, school.pages[i]!));
  return results;
}

/**
 * BENCH_PGBOUNCER=1: the same run with the server's connections through PgBouncer in transaction
 * pooling mode (docs/decisions/021); the embedded database is started here, and the LISTEN
 * connection goes around the pooler, as the decision says it must.
 */
async function throughPgBouncer(): Promise<{ env: Record<string, string>; stop(): Promise<void> }> {
  if (process.env.BENCH_PGBOUNCER !== "1") return { env: {}, stop: async () => {} };
  const database = await startEmbeddedPostgres({ dataDir: embeddedDataDir(), port: embeddedPort() });
  const ownerUrl = database.url(EMBEDDED_DATABASE);
  const bouncer = await startPgBouncer(ownerUrl, { poolSize: 10 });
  console.log("Through PgBouncer (transaction pooling, 10 server connections per role).");
  return {
    env: {
      DATABASE_URL: bouncer.appUrl,
      PLATFORM_DATABASE_URL: bouncer.platformUrl,
      LISTEN_DATABASE_URL: asAppLogin(ownerUrl),
      MIGRATION_DATABASE_URL: ownerUrl,
    },
    async stop() {
      await bouncer.stop();
      await database.stop();
    },
  };
}

const pooler = await throughPgBouncer();
const server = spawn(
  path.join(root, "node_modules", ".bin", "tsx"),
  [path.join(root, "scripts", "start.ts")],
  {
    cwd: root,
    env: { ...process.env, ...pooler.env, PORT: String(PORT) },
    stdio: ["ignore", "pipe", "inherit"],
  },
);
try {
  await waitForServer(server);
  const home = await request("jefferson.localhost", "GET", "/login");
  if (home.status !== 200)
    throw new Error("The district school is not in this database: run `npm run seed:district` first.");
  console.log(`${CONNECTIONS} connections, ${SECONDS} s per page, each connection its own session.\n`);
  const schools = [await prepareSchool("jefferson", 150), await prepareSchool("lincoln", 16)];
  await warmUp(schools);
  const [district, small] = (await benchSchools(schools)) as [Result[], Result[]];
  const cpu = (rows: Result[], page: string) => rows.find((r) => r.page === page)?.cpuMs ?? NaN;
  // The floor is the same page at both schools; the cheaper of its two figures, so that a page
  // measured in a slower stretch of a shared machine never makes every ratio look better.
  const floor = Math.min(cpu(district, "sign-in page"), cpu(small, "sign-in page"));
  console.log("\nRatios (targets from issue #14 in brackets):");
  for (const r of district.slice(1)) {
    const twin = small.find((s) => s.page.replace(/page \d+$/, "") === r.page.replace(/page \d+$/, ""));
    console.log(
      `  ${r.page.padEnd(26)} CPU ÷ sign-in ${(r.cpuMs / floor).toFixed(2)} [≤ 2.5]   district ÷ 400 students ${(r.cpuMs / (twin?.cpuMs ?? NaN)).toFixed(2)} [≤ 1.25], with PostgreSQL's ${((r.cpuMs + r.pgMs) / ((twin?.cpuMs ?? NaN) + (twin?.pgMs ?? NaN))).toFixed(2)}`,
    );
  }
  // The comparisons with page 1, for the pages this run measured.
  const page1 = cpu(district, "students list, page 1");
  const deep = cpu(district, "students list, page 150");
  const search = cpu(district, "name search");
  if (!Number.isNaN(page1 + deep)) console.log(`  deep page ÷ page 1 ${(deep / page1).toFixed(2)} [≤ 1.2]`);
  if (!Number.isNaN(page1 + search)) console.log(`  search ÷ page 1 ${(search / page1).toFixed(2)} [≤ 1.5]`);
  const list = district.find((r) => r.page === "students list, page 1");
  if (list) console.log(`  students list: ${list.rps.toFixed(0)} req/s [≥ 150], p95 ${list.p95} ms [≤ 150]`);
  const failures = [...district, ...small].reduce((n, r) => n + r.bad + r.wrong, 0);
  if (failures) {
    console.error(`\n${failures} responses were not the real page.`);
    process.exitCode = 1;
  }
} finally {
  const stopped = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await stopped;
  await pooler.stop();
}
