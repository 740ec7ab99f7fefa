// The year rollover against the database: the preview is what applying does; applying moves
// students and copies the year and its classes while the old year's records stay; a second
// run changes nothing; another school's year is not found.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import { schoolContext } from "../../../tests/support/school-context.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import { NotFoundError } from "../../server/errors.ts";
import { applyRollover, planRollover, queueRollover, setRolloverChoice } from "./rollover.ts";
import { runQueuedRollovers } from "./rollover-job.ts";
import { teacherDashboard } from "../dashboard/queries.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let c: School;
let yearA: string;

const q = async (sql: string, params: unknown[] = []) => (await db.admin.query(sql, params)).rows;

/** Everything of school A a rollover might touch, to compare before and after. */
const snapshot = async () => ({
  years: await q(
    "SELECT name, starts_on::text, ends_on::text, is_current FROM school_years WHERE tenant_id = $1 ORDER BY name",
    [a.tenantId],
  ),
  periods: await q("SELECT count(*)::int AS n FROM grading_periods WHERE tenant_id = $1", [a.tenantId]),
  days: await q("SELECT day::text, kind FROM calendar_days WHERE tenant_id = $1 ORDER BY day", [a.tenantId]),
  classes: await q(
    "SELECT class_code, academic_year, current_enrollment FROM classes WHERE tenant_id = $1 ORDER BY 2, 1",
    [a.tenantId],
  ),
  students: await q(
    "SELECT student_id, grade_level, academic_year, status, graduation_date::text FROM students WHERE tenant_id = $1 ORDER BY 1",
    [a.tenantId],
  ),
  enrollments: await q(
    "SELECT student_id, class_id, status FROM enrollments WHERE tenant_id = $1 ORDER BY 1, 2",
    [a.tenantId],
  ),
  grades: await q("SELECT id, points_earned FROM grades WHERE tenant_id = $1 ORDER BY 1", [a.tenantId]),
});

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b, c],
  } = await openSchoolDatabase("a", "b", "c"));
  // The job runs withTenant() on the application's pool, as in the worker: this file's database.
  (globalThis as { sisAppDb?: BasePrismaClient }).sisAppDb = app;
  yearA = (
    await q("SELECT id FROM school_years WHERE tenant_id = $1 AND name = '2026-2027'", [a.tenantId])
  )[0].id;
  // Next year is not set up yet: the rollover makes it.
  await q("DELETE FROM school_years WHERE tenant_id = $1 AND name = '2027-2028'", [a.tenantId]);
  // A senior (the school's last grade) and a calendar day and grading period to copy.
  await q(
    `INSERT INTO students (tenant_id, student_id, first_name, last_name, date_of_birth, grade_level, enrollment_date, academic_year)
     VALUES ($1, 'SR1', 'Sasha', 'Senior', '2008-05-05', '12', '2023-08-21', '2026-2027')`,
    [a.tenantId],
  );
  await q(
    `INSERT INTO calendar_days (tenant_id, school_year_id, day, kind, reason) VALUES ($1, $2, '2026-11-26', 'holiday', 'Thanksgiving')`,
    [a.tenantId, yearA],
  );
  await q(
    `INSERT INTO grading_periods (tenant_id, school_year_id, code, name, starts_on, ends_on, weight)
     VALUES ($1, $2, 'year', 'Whole year', '2026-08-17', '2027-06-11', 100)`,
    [a.tenantId, yearA],
  );
});
afterAll(async () => {
  delete (globalThis as { sisAppDb?: BasePrismaClient }).sisAppDb;
  await closeSchoolDatabase(db, app);
});

describe("year rollover", () => {
  it("applies exactly its preview, keeps the old year's records, and a second run changes nothing", async () => {
    const ctx = (tx: Parameters<typeof schoolContext>[0]) =>
      schoolContext(tx, a.tenantId, { id: a.ids.user });
    await withTenant(a.tenantId, async (tx) => {
      await setRolloverChoice(tx, a.tenantId, yearA, "SP0", "retain");
      await setRolloverChoice(tx, a.tenantId, yearA, "SP1", "leave");
    });
    const options = { copyEnrollments: true };
    const preview = await withTenant(a.tenantId, (tx) => planRollover(tx, yearA, options));
    expect(preview).toMatchObject({
      fromYear: "2026-2027",
      toYear: "2027-2028",
      classes: 1,
      promote: 5, // S1 and four spares, grade 9 → 10
      retain: 1,
      leave: 1,
      graduate: 1,
      lastGrade: "12",
      enrollments: 1,
      calendarDays: 1,
      gradingPeriods: 1,
      toYearExists: false,
    });
    const before = await snapshot();

    const applied = await withTenant(a.tenantId, (tx) => applyRollover(tx, ctx(tx), yearA, options));
    expect(applied).toEqual(preview);
    const after = await snapshot();
    // The old year's class, its enrolment and grades are as they were.
    expect(after.grades).toEqual(before.grades);
    expect(after.enrollments).toEqual(expect.arrayContaining(before.enrollments));
    expect(after.classes).toEqual([
      {
        class_code: "ALG1",
        academic_year: "2026-2027",
        current_enrollment: before.classes[0].current_enrollment,
      },
      { class_code: "ALG1", academic_year: "2027-2028", current_enrollment: 1 },
    ]);
    // Next year: 52 weeks on, on the same weekdays, and now the current year.
    expect(after.years).toEqual([
      { name: "2025-2026", starts_on: "2025-08-17", ends_on: "2026-06-11", is_current: false },
      { name: "2026-2027", starts_on: "2026-08-17", ends_on: "2027-06-11", is_current: false },
      { name: "2027-2028", starts_on: "2027-08-16", ends_on: "2028-06-09", is_current: true },
    ]);
    expect(after.days).toEqual([
      { day: "2026-11-26", kind: "holiday" },
      { day: "2027-11-25", kind: "holiday" },
    ]);
    const byId = Object.fromEntries(after.students.map((s) => [s.student_id, s]));
    expect(byId.S1).toMatchObject({ grade_level: "10", academic_year: "2027-2028", status: "active" });
    expect(byId.SP0).toMatchObject({ grade_level: "9", academic_year: "2027-2028", status: "active" });
    expect(byId.SP1).toMatchObject({ grade_level: "9", academic_year: "2026-2027", status: "withdrawn" });
    expect(byId.SR1).toMatchObject({ status: "graduated", graduation_date: "2027-06-11" });
    expect(
      (
        await q(
          "SELECT count(*)::int AS n FROM audit_logs WHERE tenant_id = $1 AND action = 'year_rolled_over'",
          [a.tenantId],
        )
      )[0].n,
    ).toBe(1);

    // The teacher's dashboard is of the new year: its copy of the class, not both.
    const dashboard = await withTenant(a.tenantId, (tx) => teacherDashboard(tx, a.ids.user, "2027-09-01"));
    expect(dashboard.classCount).toBe(1);

    // Again: nothing left to roll over, nothing changed.
    const again = await withTenant(a.tenantId, (tx) => applyRollover(tx, ctx(tx), yearA, options));
    expect(again).toMatchObject({ classes: 0, promote: 0, graduate: 0, retain: 0, leave: 0, enrollments: 0 });
    expect(await snapshot()).toEqual(after);
  });

  it("runs as a queued job once: queueing a year rolled over answers done", async () => {
    const yearB = (
      await q("SELECT id FROM school_years WHERE tenant_id = $1 AND name = '2026-2027'", [b.tenantId])
    )[0].id;
    const ctx = (tx: Parameters<typeof schoolContext>[0]) =>
      schoolContext(tx, b.tenantId, { id: b.ids.user });
    expect(
      await withTenant(b.tenantId, (tx) => queueRollover(ctx(tx), yearB, { copyEnrollments: false })),
    ).toBe("queued");
    expect(
      await withTenant(b.tenantId, (tx) => queueRollover(ctx(tx), yearB, { copyEnrollments: false })),
    ).toBe("running");
    await runQueuedRollovers(b.tenantId);
    const [run] = await q("SELECT status, done_steps, total_steps FROM year_rollovers WHERE tenant_id = $1", [
      b.tenantId,
    ]);
    expect(run).toEqual({ status: "done", done_steps: 4, total_steps: 4 });
    expect(
      await withTenant(b.tenantId, (tx) => queueRollover(ctx(tx), yearB, { copyEnrollments: false })),
    ).toBe("done");
    expect((await q("SELECT count(*)::int AS n FROM classes WHERE tenant_id = $1", [b.tenantId]))[0].n).toBe(
      2,
    );
  });

  it("leads enrolments where the office maps them, up to the seats, and refuses a mapping naming no class", async () => {
    const yearC = (
      await q("SELECT id FROM school_years WHERE tenant_id = $1 AND name = '2026-2027'", [c.tenantId])
    )[0].id;
    // A senior, so that the ninth graders move up rather than graduate.
    await q(
      `INSERT INTO students (tenant_id, student_id, first_name, last_name, date_of_birth, grade_level, enrollment_date, academic_year)
       VALUES ($1, 'SR1', 'Sasha', 'Senior', '2008-05-05', '12', '2023-08-21', '2026-2027')`,
      [c.tenantId],
    );
    // Next year's Geometry exists already, with one seat; two continuing students take Algebra now.
    await q(
      `INSERT INTO classes (tenant_id, class_code, name, subject, grade_level, academic_year, start_date, max_students)
       VALUES ($1, 'GEO1', 'Geometry', 'Mathematics', '10', '2027-2028', '2027-08-16', 1)`,
      [c.tenantId],
    );
    await q("INSERT INTO enrollments (tenant_id, student_id, class_id) VALUES ($1, $2, $3)", [
      c.tenantId,
      c.spareStudents[0],
      c.ids.class,
    ]);
    const options = { copyEnrollments: true, mapping: [{ from: "ALG1", to: "GEO1" }] };
    const preview = await withTenant(c.tenantId, (tx) => planRollover(tx, yearC, options));
    expect(preview).toMatchObject({ enrollments: 1, enrollmentsOverCapacity: 1 });
    await expect(
      withTenant(c.tenantId, (tx) =>
        planRollover(tx, yearC, { copyEnrollments: true, mapping: [{ from: "NOPE", to: "GEO1" }] }),
      ),
    ).rejects.toMatchObject({ field: "mapping" });
    await expect(
      withTenant(c.tenantId, (tx) =>
        planRollover(tx, yearC, { copyEnrollments: true, mapping: [{ from: "ALG1", to: "ART9" }] }),
      ),
    ).rejects.toMatchObject({ field: "mapping" });
    const ctx = (tx: Parameters<typeof schoolContext>[0]) =>
      schoolContext(tx, c.tenantId, { id: c.ids.user });
    expect(await withTenant(c.tenantId, (tx) => applyRollover(tx, ctx(tx), yearC, options))).toEqual(preview);
    expect(
      await q(
        "SELECT c.class_code, c.current_enrollment, count(e.id)::int AS n FROM classes c LEFT JOIN enrollments e ON e.class_id = c.id WHERE c.tenant_id = $1 AND c.academic_year = '2027-2028' GROUP BY 1, 2 ORDER BY 1",
        [c.tenantId],
      ),
    ).toEqual([
      { class_code: "ALG1", current_enrollment: 0, n: 0 },
      { class_code: "GEO1", current_enrollment: 1, n: 1 },
    ]);
  });

  it("another school's year is not found", async () => {
    const yearB = (await q("SELECT id FROM school_years WHERE tenant_id = $1 LIMIT 1", [b.tenantId]))[0].id;
    await expect(
      withTenant(a.tenantId, (tx) => planRollover(tx, yearB, { copyEnrollments: false })),
    ).rejects.toThrow(NotFoundError);
    await expect(
      withTenant(a.tenantId, (tx) => setRolloverChoice(tx, a.tenantId, yearB, "S1", "retain")),
    ).rejects.toThrow(NotFoundError);
  });
});
