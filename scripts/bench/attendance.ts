// npm run bench:attendance — attendance at district scale: Jefferson County High School (10 000
// students, its daily register since August) through withTenant() as the application role with
// row-level security. Measures a teacher taking a register of 35 in one save (35 new marks, the
// enrolment totals, the family messages armed, the audit row), saving it again with two marks
// changed, the office's daily view, and the reports page's figures (the year rolled up). Prints median and 95th percentile; no thresholds. Seeds the
// district school into a throwaway database (a few minutes), or uses BENCH_DATABASE_URL's.
import pg from "pg";
import { asAppLogin } from "../db/roles.ts";
import { withBenchDatabase } from "./bench-database.ts";
import { timeStep } from "./timings.ts";
import { benchContext } from "./bench-context.ts";
import { hashPassword } from "../../src/server/auth/passwords.ts";
import { demoPassword } from "../seed/demo-schools.ts";
import { DISTRICT_SCHOOL, seedDistrictSchool } from "../seed/district-school.ts";
import { codeBook } from "../../src/features/attendance/codes.ts";
import { officeDay } from "../../src/features/attendance/office.ts";
import { attendanceReports } from "../../src/features/attendance/report-page.ts";
import { saveRegister } from "../../src/features/attendance/service.ts";
import { todayIn } from "../../src/lib/calendar.ts";
import { dayKeyOf } from "../../src/lib/meeting-times.ts";
import { createPrismaClient } from "../../src/server/db/prisma.ts";
import { APP_DB_ROLE } from "../../src/server/db/roles.ts";
import { withTenant, type TenantDb } from "../../src/server/db/with-tenant.ts";
import type { SchoolContext } from "../../src/server/school-context.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const ROSTER = 35;

/**
 * A class of the school grown to 35, meeting today (a make-up day when today is not a school
 * day, so the bench runs any day), and its teacher's account.
 */
async function arrange(owner: pg.Pool, tenantId: string, today: string) {
  const client = await owner.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const {
      rows: [cls],
    } = await client.query(
      `SELECT c.id, c.grade_level, t.user_id FROM classes c JOIN teachers t ON t.id = c.teacher_id
        JOIN school_years y ON y.tenant_id = c.tenant_id AND y.name = c.academic_year AND y.is_current
        WHERE t.user_id IS NOT NULL ORDER BY c.class_code LIMIT 1`,
    );
    await client.query(
      `INSERT INTO enrollments (tenant_id, student_id, class_id, enrollment_date)
       SELECT $1, s.id, $2, CURRENT_DATE - 60 FROM students s
        WHERE s.grade_level = $3 AND coalesce(s.status, 'active') = 'active'
          AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = s.id AND e.class_id = $2)
        LIMIT GREATEST(0, $4 - (SELECT count(*) FROM enrollments WHERE class_id = $2 AND status = 'active'))`,
      [tenantId, cls.id, cls.grade_level, ROSTER],
    );
    await client.query(
      `UPDATE classes SET schedule = jsonb_set(coalesce(schedule, '{}'), '{days}', $2::jsonb) WHERE id = $1`,
      [cls.id, JSON.stringify([...new Set(["mon", "tue", "wed", "thu", "fri", dayKeyOf(today)])])],
    );
    const {
      rows: [year],
    } = await client.query("SELECT id FROM school_years WHERE is_current");
    await client.query(
      `INSERT INTO calendar_days (tenant_id, school_year_id, day, kind, reason) VALUES ($1, $2, $3, 'alternate_schedule', 'Bench day')
       ON CONFLICT (tenant_id, day) DO UPDATE SET kind = 'alternate_schedule', reason = 'Bench day', bell_schedule_id = NULL`,
      [tenantId, year.id, today],
    );
    await client.query("UPDATE school_years SET ends_on = GREATEST(ends_on, $2::date) WHERE id = $1", [
      year.id,
      today,
    ]);
    await client.query("COMMIT");
    return { classId: cls.id as string, teacherUserId: cls.user_id as string };
  } finally {
    client.release();
  }
}

async function main() {
  await withBenchDatabase("attendance", async (ownerUrl) => {
    const owner = new pg.Pool({ connectionString: ownerUrl, max: 3 });
    owner.on("error", () => {});
    const started = Date.now();
    await seedDistrictSchool(
      owner,
      await hashPassword(demoPassword()),
      () => `${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    await owner.query("VACUUM (ANALYZE)");
    const {
      rows: [school],
    } = await owner.query("SELECT id, timezone FROM tenants WHERE slug = $1", [DISTRICT_SCHOOL.slug]);
    const today = todayIn(school.timezone);
    const { classId, teacherUserId } = await arrange(owner, school.id, today);

    const app = createPrismaClient(asAppLogin(ownerUrl), { role: APP_DB_ROLE, poolSize: 2 });
    const ctxOf = (db: TenantDb) =>
      benchContext(
        db,
        {
          ...school,
          name: DISTRICT_SCHOOL.name,
          subdomain: DISTRICT_SCHOOL.subdomain,
          maxStudents: 20_000,
          maxTeachers: 1_000,
        },
        { id: teacherUserId, email: "teacher@jefferson.demo" },
      );
    const inSchool = <T>(work: (ctx: SchoolContext) => Promise<T>) =>
      withTenant(school.id, (db) => work(ctxOf(db)), { client: app });

    const { codes, roster } = await inSchool(async (ctx) => ({
      codes: await codeBook(ctx.db),
      roster: (
        await ctx.db.enrollment.findMany({
          where: { classId, status: "active" },
          select: { studentId: true },
        })
      ).map((e) => e.studentId),
    }));
    const P = codes.defaultOf("present").id;
    const A = codes.defaultOf("absent").id;
    let flip = false;
    const register = (absent: number[]) => ({
      classId,
      day: today,
      marks: roster.map((studentId, i) => ({
        studentId,
        codeId: absent.includes(i) ? A : P,
        reason: null,
        notes: null,
      })),
    });
    const clear = () =>
      owner.query("DELETE FROM attendance WHERE class_id = $1 AND attendance_date = $2", [classId, today]);
    const take = () => inSchool((ctx) => saveRegister(ctx, register([3])));
    const change = () =>
      inSchool((ctx) => {
        flip = !flip;
        return saveRegister(ctx, register(flip ? [3, 7, 11] : [3]));
      });
    const office = () => inSchool((ctx) => officeDay(ctx.db, today));
    const reports = () => inSchool((ctx) => attendanceReports(ctx.db, school.timezone));

    const counts = await owner.query(
      "SELECT (SELECT count(*) FROM students WHERE tenant_id = $1)::int AS students, (SELECT count(*) FROM attendance WHERE tenant_id = $1)::int AS marks",
      [school.id],
    );
    console.log(
      `${DISTRICT_SCHOOL.name} (${today}): ${counts.rows[0].students.toLocaleString("en-US")} students, ${counts.rows[0].marks.toLocaleString("en-US")} attendance rows; a register of ${roster.length}; ${RUNS} runs each\n`,
    );
    console.log("step".padEnd(46), "median ms".padStart(10), "p95 ms".padStart(10));
    await timeStep("take a register of 35 in one save", RUNS, take, clear);
    await take();
    await timeStep("save it again, two marks changed", RUNS, change);
    await timeStep("open the office's daily view", RUNS, office);
    // The whole year rolled up for every student: a handful of runs.
    await timeStep(
      "open the reports (year so far, chronic list)",
      Math.max(3, Math.round(RUNS / 20)),
      reports,
    );
    await app.$disconnect();
    await owner.end();
  });
}

await main();
