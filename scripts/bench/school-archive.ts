// npm run bench:archive — a school archive of a demo school (400 students, a term of grades and
// daily attendance): how long reading and packing it takes, its size, and how long restoring it
// into a new school takes, as the console runs them (platform role + application role with
// row-level security). Prints figures; no thresholds.
import pg from "pg";
import { asAppLogin } from "../db/roles.ts";
import { withBenchDatabase } from "./bench-database.ts";
import { seedDemo } from "../seed/seed.ts";
import { packArchive, readSchool } from "../../src/server/platform/archive/export.ts";
import { restoreAsNewSchool } from "../../src/server/platform/archive/restore.ts";
import { createPrismaClient } from "../../src/server/db/prisma.ts";
import { APP_DB_ROLE, PLATFORM_DB_ROLE } from "../../src/server/db/roles.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const request = { ip: null, userAgent: "bench", method: "POST", url: "/bench" };

async function main() {
  await withBenchDatabase("archive", async (ownerUrl) => {
    const owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });
    // The throwaway database stops under it at the end: a connection cut then is no failure.
    owner.on("error", () => {});
    await seedDemo(owner);
    const {
      rows: [school],
    } = await owner.query("SELECT id FROM tenants WHERE slug = 'lincoln'");
    const {
      rows: [admin],
    } = await owner.query("SELECT id, email FROM users WHERE role = 'super_admin' LIMIT 1");
    await owner.end();
    const actor = { id: admin.id as string, email: admin.email as string, role: "super_admin" };
    const clients = {
      platform: createPrismaClient(asAppLogin(ownerUrl), { role: PLATFORM_DB_ROLE, poolSize: 1 }),
      school: createPrismaClient(asAppLogin(ownerUrl), { role: APP_DB_ROLE, poolSize: 1 }),
    };
    console.log(`Lincoln demo school, ${RUNS} runs of each step\n`);
    console.log("step".padEnd(34), "run".padStart(4), "ms".padStart(9), "figures");
    for (let run = 1; run <= RUNS; run++) {
      let start = performance.now();
      const archive = await readSchool({ tenantId: school.id, actor, request }, clients);
      const read = performance.now() - start;
      const rows = Object.values(archive.manifest.counts).reduce((a, b) => a + b, 0);
      console.log(
        "read every table (REPEATABLE READ)".padEnd(34),
        String(run).padStart(4),
        read.toFixed(0).padStart(9),
        `${rows} rows`,
      );
      start = performance.now();
      const bytes = packArchive(archive);
      console.log(
        "pack JSON + CSV into a ZIP".padEnd(34),
        String(run).padStart(4),
        (performance.now() - start).toFixed(0).padStart(9),
        `${(bytes.length / 1024 / 1024).toFixed(1)} MB`,
      );
      start = performance.now();
      await restoreAsNewSchool(
        { slug: `lincoln-copy-${run}`, subdomain: `lincoln-copy-${run}`, bytes, actor, request },
        clients,
      );
      console.log(
        "restore into a new school".padEnd(34),
        String(run).padStart(4),
        (performance.now() - start).toFixed(0).padStart(9),
        `${rows} rows`,
      );
    }
    await clients.platform.$disconnect();
    await clients.school.$disconnect();
  });
}

await main();
