// school_counts: the school-wide figures the office dashboard shows, kept by the database as the
// rows they count change (migration 025, docs/decisions/022). Each must equal a fresh count, for
// every school, after any write by anyone.
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

/** Each figure counted afresh, as the dashboard defines it: classes and enrolments of the current year. */
const COUNTED = `
  SELECT t.id AS tenant_id, f.figure, f.value FROM tenants t
    LEFT JOIN school_years y ON y.tenant_id = t.id AND y.is_current, LATERAL (VALUES
    ('teachers_active', (SELECT count(*) FROM teachers WHERE tenant_id = t.id AND employment_status = 'active')),
    ('classes_active', (SELECT count(*) FROM classes WHERE tenant_id = t.id AND status = 'active' AND academic_year = y.name)),
    ('classes_active_without_teacher', (SELECT count(*) FROM classes WHERE tenant_id = t.id AND status = 'active'
                               AND academic_year = y.name AND teacher_id IS NULL)),
    ('classes_active_full', (SELECT count(*) FROM classes WHERE tenant_id = t.id AND status = 'active'
                               AND academic_year = y.name AND current_enrollment >= COALESCE(max_students, 30))),
    ('enrollments_active', (SELECT count(*) FROM enrollments e JOIN classes c ON c.id = e.class_id
                             WHERE e.tenant_id = t.id AND e.status = 'active' AND c.academic_year = y.name)),
    ('students_active_with_support_plan', (SELECT count(*) FROM students WHERE tenant_id = t.id
       AND (status = 'active' OR status IS NULL) AND (iep_status OR section_504_status)))
  ) f(figure, value) WHERE f.value <> 0 ORDER BY 1, 2`;

async function keptAndCounted() {
  const kept = await db.admin.query(
    "SELECT tenant_id, figure, value::bigint AS value FROM school_counts WHERE value <> 0 ORDER BY 1, 2",
  );
  const counted = await db.admin.query(COUNTED);
  return { kept: kept.rows, counted: counted.rows };
}

describe("school figures kept by the database", () => {
  it("start equal to the rows already there, and follow the app's writes, per school", async () => {
    let { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    expect(kept.length).toBeGreaterThan(0);
    await asSchool(a.tenantId, async (c) => {
      await c.query("UPDATE classes SET teacher_id = NULL WHERE tenant_id = $1", [a.tenantId]);
      await c.query("UPDATE classes SET max_students = 1, current_enrollment = 1 WHERE tenant_id = $1", [
        a.tenantId,
      ]);
      await c.query("UPDATE teachers SET employment_status = 'on_leave' WHERE tenant_id = $1", [a.tenantId]);
      await c.query("UPDATE students SET iep_status = true WHERE tenant_id = $1 AND id = $2", [
        a.tenantId,
        a.ids.student,
      ]);
      await c.query("UPDATE enrollments SET status = 'dropped' WHERE tenant_id = $1", [a.tenantId]);
    });
    await asSchool(b.tenantId, async (c) => {
      await c.query(
        "UPDATE students SET section_504_status = true, status = 'withdrawn' WHERE tenant_id = $1",
        [b.tenantId],
      );
      await c.query("UPDATE classes SET max_students = NULL, current_enrollment = 30 WHERE tenant_id = $1", [
        b.tenantId,
      ]);
    });
    ({ kept, counted } = await keptAndCounted());
    expect(kept).toEqual(counted);
    const figure = (school: School, name: string) =>
      Number(kept.find((r) => r.tenant_id === school.tenantId && r.figure === name)?.value ?? 0);
    expect(figure(a, "classes_active_without_teacher")).toBeGreaterThan(0);
    expect(figure(a, "classes_active_full")).toBe(figure(a, "classes_active"));
    expect(figure(a, "teachers_active")).toBe(0);
    expect(figure(a, "enrollments_active")).toBe(0);
    expect(figure(a, "students_active_with_support_plan")).toBe(1);
    expect(figure(b, "students_active_with_support_plan")).toBe(0); // withdrawn: off the roll
    expect(figure(b, "classes_active_full")).toBe(figure(b, "classes_active")); // 30 of the default 30
  });

  it("count the current year's classes and enrolments: a copy in next year counts once it is current", async () => {
    const before = (await keptAndCounted()).kept;
    const figure = (rows: typeof before, name: string) =>
      Number(rows.find((r) => r.tenant_id === a.tenantId && r.figure === name)?.value ?? 0);
    await asSchool(a.tenantId, async (c) => {
      await c.query(
        `INSERT INTO classes (tenant_id, class_code, name, subject, grade_level, academic_year, start_date)
         SELECT tenant_id, class_code, name, subject, grade_level, '2027-2028', '2027-08-16' FROM classes
          WHERE tenant_id = $1 AND academic_year = '2026-2027'`,
        [a.tenantId],
      );
    });
    let { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    // Next year's copies are not this year's classes.
    expect(figure(kept, "classes_active")).toBe(figure(before, "classes_active"));
    await asSchool(a.tenantId, async (c) => {
      await c.query("UPDATE school_years SET is_current = false WHERE tenant_id = $1", [a.tenantId]);
      await c.query("UPDATE school_years SET is_current = true WHERE tenant_id = $1 AND name = '2027-2028'", [
        a.tenantId,
      ]);
    });
    ({ kept, counted } = await keptAndCounted());
    expect(kept).toEqual(counted);
    // The copies have no one enrolled yet.
    expect(figure(kept, "enrollments_active")).toBe(0);
    expect(figure(kept, "classes_active")).toBe(figure(before, "classes_active"));
  });

  it("follow deletes and writes from outside the app, and leave the setting as it was", async () => {
    await db.admin.query("DELETE FROM enrollments WHERE tenant_id = $1", [b.tenantId]);
    await db.admin.query("DELETE FROM classes WHERE tenant_id = $1", [b.tenantId]);
    await db.admin.query(
      "INSERT INTO teachers (tenant_id, employee_id, first_name, last_name, email, hire_date) VALUES ($1, 'E-NEW', 'New', 'Teacher', 'new.t@example.org', '2026-08-01')",
      [b.tenantId],
    );
    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    expect(await tenantSettingOf(db.admin)).toBe("");
  });

  it("are another school's secret, read-only to the app, and go with a deleted school", async () => {
    await asSchool(a.tenantId, async (c) => {
      const { rows } = await c.query("SELECT DISTINCT tenant_id FROM school_counts");
      expect(rows).toEqual([{ tenant_id: a.tenantId }]);
    });
    await expect(
      asSchool(a.tenantId, (c) =>
        c.query("UPDATE school_counts SET value = 999 WHERE tenant_id = $1", [a.tenantId]),
      ),
    ).rejects.toThrow(/permission denied/);
    await db.admin.query("DELETE FROM tenants WHERE id = $1", [b.tenantId]);
    expect(await rowsOfSchool(db.admin, "school_counts", b.tenantId)).toBe(0);
    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
  });
});
