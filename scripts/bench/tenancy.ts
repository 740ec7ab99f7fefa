// npm run bench:tenancy — what the tenant door costs on the roster query: a page of 50 students
// sorted by last name, from a school of 5 000 students among 20 schools.
// Raw SQL over pg and unscoped Prisma run as the schema owner (no row-level security); withTenant
// runs as the application role: transaction + set_config + Prisma extension + RLS.
import pg from "pg";
import { asAppLogin } from "../db/roles.ts";
import { withBenchDatabase } from "./bench-database.ts";
import { bulkInsert } from "../seed/bulk-insert.ts";
import { createPrismaClient, type BasePrismaClient } from "../../src/server/db/prisma.ts";
import { APP_DB_ROLE } from "../../src/server/db/roles.ts";
import { withTenant } from "../../src/server/db/with-tenant.ts";

const SCHOOLS = 20;
const STUDENTS_PER_SCHOOL = 5_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 600);
const WARMUP = 60;
const ROUNDS = 6;
const PAGE = 50;
const TARGET = 1.5;

const LAST_NAMES = [
  "Garcia",
  "Smith",
  "Nguyen",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Miller",
  "Davis",
  "Lopez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Martin",
  "Lee",
  "Perez",
  "Thompson",
  "White",
];
const FIRST_NAMES = [
  "Ava",
  "Liam",
  "Mia",
  "Noah",
  "Zoe",
  "Eli",
  "Ivy",
  "Leo",
  "Amara",
  "Kai",
  "Nora",
  "Omar",
  "Ruby",
  "Sami",
  "Tara",
];

async function main() {
  await withBenchDatabase("pg", async (ownerUrl) => {
    const owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });
    // The throwaway database stops under it at the end: a connection cut then is no failure.
    owner.on("error", () => {});
    const tenantIds = await populate(owner);
    const target = tenantIds[7]!;

    const prisma = createPrismaClient(ownerUrl, { poolSize: 2 });
    const app = createPrismaClient(asAppLogin(ownerUrl), { role: APP_DB_ROLE, poolSize: 2 });
    const pages = Math.floor(STUDENTS_PER_SCHOOL / PAGE);
    const scenarios: Array<[string, (i: number) => number]> = [
      ["first page", () => 0],
      [`any of the ${pages} pages`, (i) => ((i * 37) % pages) * PAGE],
    ];
    let met = true;
    for (const [scenario, offset] of scenarios) {
      const ratio = await compare(scenario, owner, prisma, app, target, offset);
      met &&= ratio <= TARGET;
    }
    console.log(
      `\nTarget (issue #14) withTenant ≤ ${TARGET} × unscoped Prisma (median): ${met ? "met" : "NOT met"} in ${met ? "every" : "some"} scenario.`,
    );

    await prisma.$disconnect();
    await app.$disconnect();
    await owner.end();
  });
}

type Run = (i: number) => Promise<unknown>;

/** Prints one scenario's table; returns withTenant's median ratio to unscoped Prisma. */
async function compare(
  scenario: string,
  owner: pg.Pool,
  prisma: BasePrismaClient,
  app: BasePrismaClient,
  target: string,
  offset: (i: number) => number,
): Promise<number> {
  const orderBy = [{ lastName: "asc" as const }, { firstName: "asc" as const }, { id: "asc" as const }];
  const page = (i: number) => ({ orderBy, take: PAGE, skip: offset(i) });
  const variants: Record<string, Run> = {
    "raw SQL (pg)": (i) =>
      owner.query(
        "SELECT * FROM students WHERE tenant_id = $1 ORDER BY last_name, first_name, id LIMIT $2 OFFSET $3",
        [target, PAGE, offset(i)],
      ),
    "unscoped Prisma": (i) => prisma.student.findMany({ where: { tenantId: target }, ...page(i) }),
    // The floor under withTenant: the interactive transaction alone, no tenant setting, no RLS.
    "unscoped Prisma in $transaction": (i) =>
      prisma.$transaction((tx) => tx.student.findMany({ where: { tenantId: target }, ...page(i) })),
    "withTenant (extension + RLS)": (i) =>
      withTenant(target, (db) => db.student.findMany(page(i)), { client: app }),
  };

  // Same rows from every variant, or the comparison means nothing.
  const firstIds = await Promise.all(
    Object.values(variants).map(async (run) => {
      const result = (await run(3)) as Array<{ id: string }> | pg.QueryResult<{ id: string }>;
      return (Array.isArray(result) ? result : result.rows).map((r) => r.id).join();
    }),
  );
  if (new Set(firstIds).size !== 1) throw new Error("the variants returned different rows");

  // Each variant runs in blocks of consecutive calls (its pooled connections stay warm), and the
  // blocks rotate over several rounds so that drift on a shared machine hits all variants alike.
  const timings: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const perBlock = Math.ceil(RUNS / ROUNDS);
  const warmup = Math.ceil(WARMUP / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(variants)) {
      for (let i = 0; i < warmup + perBlock; i++) {
        const start = process.hrtime.bigint();
        await run(round * perBlock + i);
        if (i >= warmup) timings[name]!.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  }

  const stats = Object.fromEntries(
    Object.entries(timings).map(([name, list]) => {
      const sorted = [...list].sort((x, y) => x - y);
      return [
        name,
        { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]! },
      ];
    }),
  );
  const base = stats["unscoped Prisma"]!;
  console.log(
    `\nRoster, ${scenario}: ${PAGE} of ${STUDENTS_PER_SCHOOL} students by last name, ${SCHOOLS} schools, ${timings["unscoped Prisma"]!.length} runs per variant\n`,
  );
  console.log(
    `${"variant".padEnd(34)} ${"median ms".padStart(10)} ${"p95 ms".padStart(10)} ${"median ×".padStart(10)} ${"p95 ×".padStart(8)}`,
  );
  for (const [name, st] of Object.entries(stats)) {
    console.log(
      `${name.padEnd(34)} ${st.median.toFixed(3).padStart(10)} ${st.p95.toFixed(3).padStart(10)} ${(st.median / base.median).toFixed(2).padStart(10)} ${(st.p95 / base.p95).toFixed(2).padStart(8)}`,
    );
  }
  return stats["withTenant (extension + RLS)"]!.median / base.median;
}

async function populate(owner: pg.Pool): Promise<string[]> {
  const ids: string[] = [];
  const client = await owner.connect();
  try {
    for (let s = 0; s < SCHOOLS; s++) {
      const {
        rows: [tenant],
      } = await client.query(
        `INSERT INTO tenants (name, slug, subdomain, school_name, school_type, school_level)
         VALUES ($1, $2, $2, $1, 'public', 'high') RETURNING id`,
        [`Bench School ${s}`, `bench-${s}`],
      );
      ids.push(tenant.id);
      await client.query("BEGIN");
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenant.id]);
      await bulkInsert(client, "school_years", [
        {
          tenantId: tenant.id,
          name: "2026-2027",
          startsOn: "2026-08-24",
          endsOn: "2027-06-04",
          isCurrent: true,
        },
      ]);
      await bulkInsert(
        client,
        "students",
        Array.from({ length: STUDENTS_PER_SCHOOL }, (_, i) => ({
          tenantId: tenant.id,
          studentId: `B${s}-${i}`,
          firstName: FIRST_NAMES[(i * 7) % FIRST_NAMES.length],
          lastName: `${LAST_NAMES[(i * 13) % LAST_NAMES.length]}${i % 97}`,
          dateOfBirth: "2011-05-05",
          gradeLevel: String(9 + (i % 4)),
          enrollmentDate: "2026-08-24",
          academicYear: "2026-2027",
        })),
      );
      await client.query("COMMIT");
    }
    await client.query("ANALYZE students");
  } finally {
    client.release();
  }
  return ids;
}

await main();
