// npm run seed:district — a district's worth of data for the HTTP benchmark (npm run bench:http):
// one school of 10 000 students, 500 teachers and 2 016 classes (60 480 enrolments, about
// 1.5 million grades, last year's and this year's daily register: about 2 million attendance
// rows), and 50 small schools of 150 students. Deterministic (each school's random seed, and the
// school-local "today" that SEED_TODAY pins); each school in one transaction; a school already
// there is left as it is. Sign-in accounts as in the demo: admin@jefferson.demo … student@….
import pg from "pg";
import { hashPassword } from "../../src/server/auth/passwords.ts";
import { openDatabase, prepareDatabase } from "../db/connection.ts";
import { demoPassword } from "./demo-schools.ts";
import { seedDistrictSchool, SMALL_SCHOOLS } from "./district-school.ts";
import { seedDemo, seedSchool, tenantExists } from "./seed.ts";

async function main() {
  const db = await openDatabase();
  const pool = new pg.Pool({ connectionString: db.migrationUrl, max: 3 });
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  try {
    await prepareDatabase(db);
    // The demo schools too, so the 400-student comparison school (Lincoln) is there.
    await seedDemo(pool);
    const passwordHash = await hashPassword(demoPassword());
    // The district school is one long transaction on one core; the small schools go alongside it.
    const district = () => seedDistrictSchool(pool, passwordHash, elapsed);
    const smallSchools = async () => {
      let written = 0;
      for (const school of SMALL_SCHOOLS) {
        if (await tenantExists(pool, school.slug)) continue;
        await seedSchool(pool, school, passwordHash);
        if (++written % 10 === 0) console.log(`Small schools: ${written} written (${elapsed()}).`);
      }
    };
    await Promise.all([district(), smallSchools()]);
    // As a school that has run a while: visibility maps set (index-only scans) and statistics fresh.
    await pool.query("VACUUM (ANALYZE)");
    console.log(
      `District data ready in ${elapsed()}. Sign in as admin@jefferson.demo (password as the demo's).`,
    );
  } finally {
    await pool.end();
    await db.release();
  }
}

await main();
