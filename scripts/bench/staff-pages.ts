// npm run bench:staff — how long the staff app's main reads take on a demo school (400 students,
// 60 classes, a term of grades and daily attendance), through withTenant() as the application
// role with row-level security. Prints median and 95th percentile per query; no thresholds.
import pg from "pg";
import { asAppLogin } from "../db/roles.ts";
import { withBenchDatabase } from "./bench-database.ts";
import { timeStep } from "./timings.ts";
import { seedDemo, seedToday } from "../seed/seed.ts";
import { officeDashboard, teacherDashboard } from "../../src/features/dashboard/queries.ts";
import { listClasses } from "../../src/features/classes/queries.ts";
import { enrolmentCandidates } from "../../src/features/enrollments/queries.ts";
import { vocabulary } from "../../src/i18n/translate.ts";
import { exportStudents, getStudentProfile, listStudents } from "../../src/features/students/queries.ts";
import { studentListQuerySchema } from "../../src/features/students/schemas.ts";
import { resolveSession, startSession } from "../../src/server/auth/user-sessions.ts";
import { createPrismaClient } from "../../src/server/db/prisma.ts";
import { APP_DB_ROLE } from "../../src/server/db/roles.ts";
import { withTenant, type TenantDb } from "../../src/server/db/with-tenant.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 200);

async function main() {
  await withBenchDatabase("staff", async (ownerUrl) => {
    const owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });
    // The throwaway database stops under it at the end: a connection cut then is no failure.
    owner.on("error", () => {});
    await seedDemo(owner);
    const {
      rows: [school],
    } = await owner.query("SELECT id, timezone FROM tenants WHERE slug = 'lincoln'");
    const {
      rows: [teacher],
    } = await owner.query("SELECT id FROM users WHERE tenant_id = $1 AND email = 'teacher@lincoln.demo'", [
      school.id,
    ]);
    const {
      rows: [student],
    } = await owner.query("SELECT id FROM students WHERE tenant_id = $1 ORDER BY student_id LIMIT 1", [
      school.id,
    ]);
    const {
      rows: [cls],
    } = await owner.query("SELECT id FROM classes WHERE tenant_id = $1 ORDER BY class_code LIMIT 1", [
      school.id,
    ]);
    await owner.end();

    const app = createPrismaClient(asAppLogin(ownerUrl), { role: APP_DB_ROLE, poolSize: 2 });
    const today = seedToday(school.timezone);
    const office = { id: teacher.id, role: "principal", permissions: {} };
    const own = { id: teacher.id, role: "teacher", permissions: {} };
    const q = (raw: Record<string, string>) => studentListQuerySchema.parse(raw);
    const cases: [string, (db: TenantDb) => Promise<unknown>][] = [
      ["students, first page (office)", (db) => listStudents(db, q({}), office)],
      [
        "students, page 8 sorted by grade (office)",
        (db) => listStudents(db, q({ sort: "gradeLevel.desc", page: "8" }), office),
      ],
      [
        "students, search 'mar' + grade 10 (office)",
        (db) => listStudents(db, q({ q: "mar", grade: "10" }), office),
      ],
      ["students, first page (teacher's own)", (db) => listStudents(db, q({}), own)],
      ["student profile (office)", (db) => getStudentProfile(db, student.id, office)],
      ["CSV export, whole school", (db) => exportStudents(db, q({}), office)],
      ["classes, first page (office)", (db) => listClasses(db, {}, office)],
      ["roster picker search 'a'", (db) => enrolmentCandidates(db, cls.id, "a", vocabulary("en-US"))],
      ["office dashboard", (db) => officeDashboard(db, today, "principal")],
      ["teacher dashboard", (db) => teacherDashboard(db, teacher.id, today)],
    ];
    const measure = (name: string, run: () => Promise<unknown>) => timeStep(name, RUNS, run);
    console.log(`${RUNS} runs each, Lincoln demo school (${today}), withTenant as the application role\n`);
    console.log("query".padEnd(46), "median ms".padStart(10), "p95 ms".padStart(10));
    // The fixed cost of every signed-in request, before the page reads anything: the session check
    // (one transaction: the user, the session row, the version). It runs once per request
    // (getSessionUser is cached per request), so an empty signed-in page costs about this.
    const claims = await withTenant(
      school.id,
      async (tx) => ({
        uid: teacher.id,
        tid: school.id,
        sid: await startSession(tx, school.id, teacher.id, {
          ip: "192.0.2.1",
          userAgent: "bench",
          method: "POST",
          url: "/login",
        }),
        sv: 1,
        authTime: Math.floor(Date.now() / 1000),
      }),
      { client: app },
    );
    await measure("empty signed-in page (session check)", () =>
      resolveSession(school.id, claims, { client: app }),
    );
    for (const [name, run] of cases) await measure(name, () => withTenant(school.id, run, { client: app }));
    await app.$disconnect();
  });
}

await main();
