// student_counts: each school's students by status, grade and year, kept by the database as
// students are added, changed and removed (migration 022, docs/decisions/022). The students list
// and the dashboard read them instead of counting, so they must equal a count of the students,
// always, for every school, whoever writes.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  asSchool as asSchoolOn,
  openTwoSchools,
  rowsOfSchool,
  tenantSettingOf,
} from "../support/as-school.ts";
import type { TestDatabase } from "../support/database.ts";
import type { School } from "../support/two-schools.ts";

let db: TestDatabase;
let a: School;
let b: School;

beforeAll(async () => ({ db, a, b } = await openTwoSchools()));
afterAll(async () => db?.drop());

const asSchool = (tenantId: string, work: (c: pg.Client) => Promise<unknown>) =>
  asSchoolOn(db.url, tenantId, work);

/** The kept counts and a fresh count of the students, per school and key (non-zero only). */
async function keptAndCounted() {
  const kept = await db.admin.query(
    `SELECT tenant_id, status, grade_level, academic_year, students FROM student_counts
      WHERE students <> 0 ORDER BY 1, 2, 3, 4`,
  );
  const counted = await db.admin.query(
    `SELECT tenant_id, COALESCE(status, 'active') AS status, grade_level, academic_year, count(*)::int AS students
       FROM students GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  );
  return { kept: kept.rows, counted: counted.rows };
}

const addStudents = (c: pg.Client, tenantId: string, n: number, grade: string, status: string | null) =>
  c.query(
    `INSERT INTO students (tenant_id, student_id, first_name, last_name, date_of_birth, grade_level, enrollment_date, academic_year, status)
     SELECT $1, 'C-' || $3 || '-' || coalesce($4, 'none') || '-' || g, 'Count', 'Student', '2012-01-01', $3, '2026-08-24', '2026-2027', $4
       FROM generate_series(1, $2::int) g`,
    [tenantId, n, grade, status],
  );

describe("student counts kept by the database", () => {
  it("start equal to the students already there, and follow adds, changes and removals per school", async () => {
    expect((await keptAndCounted()).kept).toEqual((await keptAndCounted()).counted);
    await asSchool(a.tenantId, async (c) => {
      await addStudents(c, a.tenantId, 5, "10", "active");
      await addStudents(c, a.tenantId, 2, "10", null); // no status counts as active
      await c.query(
        "UPDATE students SET status = 'withdrawn' WHERE tenant_id = $1 AND student_id LIKE 'C-10-active-%' AND student_id < 'C-10-active-3'",
        [a.tenantId],
      );
      await c.query(
        "UPDATE students SET grade_level = '11', academic_year = '2027-2028' WHERE tenant_id = $1 AND student_id = 'C-10-none-1'",
        [a.tenantId],
      );
      // A change that leaves the key alone leaves the counts alone.
      await c.query("UPDATE students SET phone = '555-0100' WHERE tenant_id = $1", [a.tenantId]);
      await c.query("DELETE FROM students WHERE tenant_id = $1 AND student_id = 'C-10-active-5'", [
        a.tenantId,
      ]);
    });
    await asSchool(b.tenantId, (c) => addStudents(c, b.tenantId, 3, "9", "graduated"));
    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    expect(kept).toContainEqual({
      tenant_id: a.tenantId,
      status: "active",
      grade_level: "11",
      academic_year: "2027-2028",
      students: 1,
    });
    expect(kept).toContainEqual({
      tenant_id: b.tenantId,
      status: "graduated",
      grade_level: "9",
      academic_year: "2026-2027",
      students: 3,
    });
  });

  it("count students written outside the app too, and leave the setting as it was", async () => {
    await db.admin.query(
      `INSERT INTO students (tenant_id, student_id, first_name, last_name, date_of_birth, grade_level, enrollment_date, academic_year)
       VALUES ($1, 'OPS-1', 'Op', 'Erator', '2012-01-01', 'K', '2026-08-24', '2026-2027')`,
      [b.tenantId],
    );
    expect((await keptAndCounted()).kept).toEqual((await keptAndCounted()).counted);
    expect(await tenantSettingOf(db.admin)).toBe("");
  });

  it("are invisible to another school and cannot be written by the application's role", async () => {
    await asSchool(a.tenantId, async (c) => {
      const { rows } = await c.query("SELECT DISTINCT tenant_id FROM student_counts");
      expect(rows).toEqual([{ tenant_id: a.tenantId }]);
    });
    await expect(
      asSchool(a.tenantId, (c) =>
        c.query(
          "INSERT INTO student_counts (tenant_id, status, grade_level, academic_year, students) VALUES ($1, 'active', '1', '2026-2027', 999)",
          [a.tenantId],
        ),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it("go with a school that is deleted", async () => {
    await db.admin.query("DELETE FROM tenants WHERE id = $1", [b.tenantId]);
    expect(await rowsOfSchool(db.admin, "student_counts", b.tenantId)).toBe(0);
    expect((await keptAndCounted()).kept).toEqual((await keptAndCounted()).counted);
  });
});
