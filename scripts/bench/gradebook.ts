// npm run bench:gradebook — a teacher's gradebook at its largest: 35 students × 60 assignments in
// one grading period, on the Lincoln demo school, through withTenant() as the application role with
// row-level security. Measures opening it (every read the page makes, plus the 35 averages the
// grid computes with the one grade calculation) and saving one cell (the version check, the write,
// the audit row). Prints median and 95th percentile; no thresholds.
import pg from "pg";
import { asAppLogin } from "../db/roles.ts";
import { withBenchDatabase } from "./bench-database.ts";
import { timeStep } from "./timings.ts";
import { benchContext } from "./bench-context.ts";
import { seedDemo, seedToday } from "../seed/seed.ts";
import { loadGradebook, rulesOfClass } from "../../src/features/gradebook/queries.ts";
import { studentGrade } from "../../src/features/gradebook/grade-inputs.ts";
import { saveCell } from "../../src/features/gradebook/service.ts";
import { createPrismaClient } from "../../src/server/db/prisma.ts";
import { APP_DB_ROLE } from "../../src/server/db/roles.ts";
import { withTenant } from "../../src/server/db/with-tenant.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const STUDENTS = 35;
const ASSIGNMENTS = 60;

/** The teacher's first class grown to 35 students and 60 assignments in today's period, all graded. */
async function arrange(owner: pg.Pool, tenantId: string, teacherUserId: string, today: string) {
  const client = await owner.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const {
      rows: [cls],
    } = await client.query(
      `SELECT c.id, c.grade_level FROM classes c JOIN teachers t ON t.id = c.teacher_id
        WHERE t.user_id = $1 ORDER BY c.class_code LIMIT 1`,
      [teacherUserId],
    );
    await client.query(
      `INSERT INTO enrollments (tenant_id, student_id, class_id, enrollment_date)
       SELECT $1, s.id, $2, CURRENT_DATE - 60 FROM students s
        WHERE s.grade_level = $3 AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = s.id AND e.class_id = $2)
        LIMIT GREATEST(0, $4 - (SELECT count(*) FROM enrollments WHERE class_id = $2 AND status = 'active'))`,
      [tenantId, cls.id, cls.grade_level, STUDENTS],
    );
    const {
      rows: [period],
    } = await client.query(
      `SELECT gp.id, gp.starts_on FROM grading_periods gp JOIN school_years y ON y.id = gp.school_year_id AND y.is_current
        WHERE NOT EXISTS (SELECT 1 FROM grading_periods c WHERE c.parent_id = gp.id) AND gp.starts_on <= $1
        ORDER BY gp.starts_on DESC LIMIT 1`,
      [today],
    );
    await client.query(
      `INSERT INTO assignments (tenant_id, class_id, grading_period_id, name, assignment_type, category, points_possible, assigned_date, due_date, released_at, position)
       SELECT $1, $2, $3, 'Bench task ' || n, 'homework', (ARRAY['Homework','Quizzes','Tests','Projects'])[1 + n % 4], 10, $4::date, $4::date, now(), 1000 + n
         FROM generate_series(1, $5::int - (SELECT count(*)::int FROM assignments WHERE class_id = $2 AND grading_period_id = $3)) AS n`,
      [tenantId, cls.id, period.id, period.starts_on, ASSIGNMENTS],
    );
    await client.query(
      `INSERT INTO grades (tenant_id, student_id, class_id, enrollment_id, assignment_id, assignment_name, assignment_type,
                           category, points_possible, points_earned, percentage, assigned_date, due_date, status)
       SELECT $1, e.student_id, $2, e.id, a.id, a.name, a.assignment_type, a.category, a.points_possible, 7 + (random() * 3)::int, NULL,
              a.assigned_date, a.due_date, 'graded'
         FROM assignments a JOIN enrollments e ON e.class_id = a.class_id AND e.status = 'active'
        WHERE a.class_id = $2 AND a.grading_period_id = $3
          AND NOT EXISTS (SELECT 1 FROM grades g WHERE g.assignment_id = a.id AND g.student_id = e.student_id)`,
      [tenantId, cls.id, period.id],
    );
    await client.query("COMMIT");
    return { classId: cls.id as string, periodId: period.id as string };
  } finally {
    client.release();
  }
}

async function main() {
  await withBenchDatabase("gradebook", async (ownerUrl) => {
    const owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });
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
    const today = seedToday(school.timezone);
    const { classId, periodId } = await arrange(owner, school.id, teacher.id, today);
    await owner.end();

    const app = createPrismaClient(asAppLogin(ownerUrl), { role: APP_DB_ROLE, poolSize: 2 });
    const viewer = { id: teacher.id, role: "teacher", permissions: {} };
    const open = () =>
      withTenant(
        school.id,
        async (db) => {
          const loaded = await loadGradebook(db, viewer, classId, periodId, today);
          if (!loaded?.period) throw new Error("the bench's class has no gradebook");
          const { cls, assignments, students, cells } = loaded;
          const rules = rulesOfClass(cls);
          // What the grid then computes: every student's average.
          for (const s of students)
            studentGrade(rules, assignments, (id) => cells[`${id}:${s.studentId}`], today, s.enrolledOn);
          return { students, assignments, cells };
        },
        { client: app },
      );
    const first = await open();
    console.log(
      `Lincoln demo school (${today}): ${first.students.length} students × ${first.assignments.length} assignments, ${Object.keys(first.cells).length} cells; ${RUNS} runs each\n`,
    );
    const student = first.students[0]!;
    const assignment = first.assignments[first.assignments.length - 1]!;
    let version: string | null = first.cells[`${assignment.id}:${student.studentId}`]?.updatedAt ?? null;
    let points = 5;
    const save = () =>
      withTenant(
        school.id,
        async (db) => {
          const ctx = benchContext(
            db,
            { ...school, name: "Lincoln", subdomain: "lincoln", maxStudents: 2000, maxTeachers: 200 },
            { id: teacher.id, email: "teacher@lincoln.demo" },
          );
          points = points === 9 ? 5 : points + 1;
          const result = await saveCell(ctx, {
            assignmentId: assignment.id,
            studentId: student.studentId,
            points: String(points),
            mark: null,
            expected: version,
          });
          if (result.status !== "saved") throw new Error("the bench's own edit was refused as stale");
          version = result.cell.updatedAt;
        },
        { client: app },
      );
    console.log("step".padEnd(46), "median ms".padStart(10), "p95 ms".padStart(10));
    for (const [name, run] of [
      ["open a 35 × 60 gradebook (reads + averages)", open],
      ["save one cell (version check, write, audit)", save],
    ] as const) {
      await timeStep(name, RUNS, run);
    }
    await app.$disconnect();
  });
}

await main();
