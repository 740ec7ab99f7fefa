// Migration 029 on a school that already has grades: each class's assignment names become
// assignments (released, in the grading period holding their due date), and every grade row
// names its assignment with the same fields.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateUp, rollback } from "../../scripts/db/migrator.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createSchool, type School } from "../support/two-schools.ts";

let db: TestDatabase;
let school: School;

beforeAll(async () => {
  db = await createTestDatabase();
  school = await createSchool(db.admin, "legacy");
  // Back to before the gradebook (and what came after it), then a second grade of the same
  // assignment and one of another.
  expect(await rollback(db.url)).toBe("032_student_search_words.sql");
  expect(await rollback(db.url)).toBe("031_create_guardian_tables.sql");
  expect(await rollback(db.url)).toBe("030_create_attendance_tables.sql");
  expect(await rollback(db.url)).toBe("029_create_gradebook_tables.sql");
  const [year] = (
    await db.admin.query("SELECT id FROM school_years WHERE tenant_id = $1 AND name = '2026-2027'", [
      school.tenantId,
    ])
  ).rows;
  await db.admin.query(
    `INSERT INTO grading_periods (tenant_id, school_year_id, code, name, starts_on, ends_on, position)
     VALUES ($1, $2, 'q1', 'Quarter 1', '2026-08-17', '2026-10-23', 0)`,
    [school.tenantId, year.id],
  );
  const spare = school.spareStudents[0];
  await db.admin.query("INSERT INTO enrollments (tenant_id, student_id, class_id) VALUES ($1, $2, $3)", [
    school.tenantId,
    spare,
    school.ids.class,
  ]);
  await db.admin.query(
    `INSERT INTO grades (tenant_id, student_id, class_id, assignment_name, assignment_type, category, points_possible, points_earned, assigned_date, due_date)
     VALUES ($1, $2, $3, 'Quiz 1', 'quiz', NULL, 20, 11, '2026-09-01', NULL),
            ($1, $2, $3, 'Lab report', 'lab', 'Labs', 50, NULL, '2026-09-20', '2026-09-25')`,
    [school.tenantId, spare, school.ids.class],
  );
  await migrateUp(db.url);
});
afterAll(async () => db?.drop());

describe("migration 029's back-fill", () => {
  it("makes one assignment per class and name, and links every grade to it", async () => {
    const { rows: assignments } = await db.admin.query(
      `SELECT a.name, a.assignment_type, a.category, a.points_possible::text AS points, a.due_date::text AS due,
              a.released_at IS NOT NULL AS released, gp.code AS period
         FROM assignments a LEFT JOIN grading_periods gp ON gp.id = a.grading_period_id
        WHERE a.tenant_id = $1 ORDER BY a.name`,
      [school.tenantId],
    );
    expect(assignments).toEqual([
      // An unknown type becomes homework (the table only takes the seed's types).
      {
        name: "Lab report",
        assignment_type: "homework",
        category: "Labs",
        points: "50.00",
        due: "2026-09-25",
        released: true,
        period: "q1",
      },
      {
        name: "Quiz 1",
        assignment_type: "quiz",
        category: null,
        points: "20.00",
        due: null,
        released: true,
        period: "q1",
      },
    ]);
    const { rows } = await db.admin.query(
      `SELECT count(*)::int AS n, count(assignment_id)::int AS linked FROM grades WHERE tenant_id = $1`,
      [school.tenantId],
    );
    expect(rows[0]).toEqual({ n: 3, linked: 3 });
    const { rows: disagree } = await db.admin.query(
      `SELECT g.assignment_name FROM grades g JOIN assignments a ON a.id = g.assignment_id
        WHERE g.tenant_id = $1 AND (g.assignment_type, g.category, g.assigned_date, g.due_date, g.points_possible)
              IS DISTINCT FROM (a.assignment_type, a.category, a.assigned_date, a.due_date, a.points_possible)`,
      [school.tenantId],
    );
    expect(disagree).toEqual([]);
  });
});
