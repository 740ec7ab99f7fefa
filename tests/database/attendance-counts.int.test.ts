// attendance_daily_counts: the marks per school, day and status that the database keeps as marks
// are written, changed and deleted (migration 020, docs/decisions/018). The office dashboard reads
// them instead of every mark, so they must equal a count of the marks, always, for every school.
// Since migration 030 they count what a mark counts as (a school's code may count an "excused"
// field trip as present).
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

/** The kept counts and a fresh count of the marks, per school, day and status (non-zero only). */
async function keptAndCounted() {
  const kept = await db.admin.query(
    `SELECT tenant_id, attendance_date::text AS day, status, marks FROM attendance_daily_counts
      WHERE marks <> 0 ORDER BY 1, 2, 3`,
  );
  const counted = await db.admin.query(
    // What each mark counts as: its code's counts_as, else its status (late as tardy).
    `SELECT a.tenant_id, a.attendance_date::text AS day,
            COALESCE(c.counts_as, CASE a.status WHEN 'late' THEN 'tardy' ELSE a.status END) AS status,
            count(*)::int AS marks
       FROM attendance a LEFT JOIN attendance_codes c ON c.tenant_id = a.tenant_id AND c.id = a.attendance_code_id
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  return { kept: kept.rows, counted: counted.rows };
}

const asSchool = (tenantId: string, work: (c: pg.Client) => Promise<unknown>) =>
  asSchoolOn(db.url, tenantId, work);

describe("attendance counts kept by the database", () => {
  it("follow marks written, changed and deleted by the app, for each school apart", async () => {
    await asSchool(a.tenantId, async (c) => {
      await c.query(
        `INSERT INTO attendance (tenant_id, student_id, attendance_date, status, period)
         SELECT $1, id, '2026-10-05', 'present', 'daily' FROM students WHERE tenant_id = $1`,
        [a.tenantId],
      );
      await c.query(
        "UPDATE attendance SET status = 'absent' WHERE tenant_id = $1 AND attendance_date = '2026-10-05' AND student_id = $2",
        [a.tenantId, a.ids.student],
      );
    });
    await asSchool(b.tenantId, (c) =>
      c.query(
        "INSERT INTO attendance (tenant_id, student_id, attendance_date, status, period) VALUES ($1, $2, '2026-10-05', 'tardy', 'daily')",
        [b.tenantId, b.ids.student],
      ),
    );
    let { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    expect(kept.filter((r) => r.day === "2026-10-05" && r.tenant_id === a.tenantId)).toContainEqual({
      tenant_id: a.tenantId,
      day: "2026-10-05",
      status: "absent",
      marks: 1,
    });

    // A student deleted takes their marks with them, and the counts follow the cascade.
    await asSchool(a.tenantId, (c) => c.query("DELETE FROM students WHERE id = $1", [a.ids.student]));
    ({ kept, counted } = await keptAndCounted());
    expect(kept).toEqual(counted);
  });

  it("count what a mark counts as: late is tardy, a school's field-trip code is present", async () => {
    await asSchool(b.tenantId, async (c) => {
      const code = await c.query(
        `INSERT INTO attendance_codes (tenant_id, code, name, status, counts_as)
         VALUES ($1, 'FTX', 'Field trip', 'excused', 'present') RETURNING id`,
        [b.tenantId],
      );
      await c.query(
        `INSERT INTO attendance (tenant_id, student_id, attendance_date, status, period, attendance_code_id)
         VALUES ($1, $2, '2026-10-13', 'excused', 'daily', $3), ($1, $2, '2026-10-14', 'late', 'daily', NULL)`,
        [b.tenantId, b.ids.student, code.rows[0].id],
      );
    });
    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    const mine = kept.filter((r) => r.tenant_id === b.tenantId && r.day >= "2026-10-13");
    expect(mine.map((r) => [r.day, r.status, r.marks])).toEqual([
      ["2026-10-13", "present", 1],
      ["2026-10-14", "tardy", 1],
    ]);
  });

  it("count marks written outside the app too (a seed, an operator's SQL), and leave the setting as it was", async () => {
    await db.admin.query(
      "INSERT INTO attendance (tenant_id, student_id, attendance_date, status, period) VALUES ($1, $2, '2026-10-06', 'excused', 'daily')",
      [b.tenantId, b.ids.student],
    );
    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    expect(await tenantSettingOf(db.admin)).toBe("");
  });

  it("cannot be written by the application's role, and deleting a whole school still works", async () => {
    await expect(
      asSchool(a.tenantId, (c) =>
        c.query(
          "INSERT INTO attendance_daily_counts (tenant_id, attendance_date, status, marks) VALUES ($1, '2026-10-07', 'present', 999)",
          [a.tenantId],
        ),
      ),
    ).rejects.toThrow(/permission denied/);
    await db.admin.query("DELETE FROM tenants WHERE id = $1", [b.tenantId]);
    expect(await rowsOfSchool(db.admin, "attendance_daily_counts", b.tenantId)).toBe(0);
  });
});
