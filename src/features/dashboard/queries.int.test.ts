// Dashboard figures against the database: counts, attendance rates and classes still to mark,
// and a teacher's own day; never another school's rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import { listClasses } from "../classes/queries.ts";
import { officeDashboard, teacherDashboard } from "./queries.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
const TODAY = "2026-09-01"; // a Tuesday

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  for (const school of [a, b]) {
    await db.admin.query(
      `UPDATE classes SET schedule = '{"days": ["tue", "thu"], "period": 1, "start": "08:00", "end": "08:50"}' WHERE id = $1`,
      [school.ids.class],
    );
  }
  // School A: three daily marks today (2 present or tardy), one yesterday; school B marks that must not count.
  await db.admin.query(
    `INSERT INTO attendance (tenant_id, student_id, attendance_date, status, period) VALUES
    ($1, $2, '2026-09-01', 'tardy', 'daily'), ($1, $3, '2026-09-01', 'absent', 'daily'), ($1, $2, '2026-08-31', 'absent', 'daily')`,
    [a.tenantId, a.spareStudents[0], a.spareStudents[1]],
  );
  await db.admin.query(
    `INSERT INTO attendance (tenant_id, student_id, attendance_date, status, period) VALUES ($1, $2, '2026-09-01', 'absent', 'daily')`,
    [b.tenantId, b.spareStudents[0]],
  );
  await db.admin.query("UPDATE grades SET status = 'submitted', points_earned = NULL WHERE id = $1", [
    a.ids.grade,
  ]);
});
afterAll(() => closeSchoolDatabase(db, app));

describe("dashboards", () => {
  it("office: counts, today's rate, the trend and classes still to mark, agreeing with each other and the class list", async () => {
    const d = await withTenant(a.tenantId, (tx) => officeDashboard(tx, TODAY, "principal"), { client: app });
    expect(d.counts).toEqual({
      activeStudents: 7,
      activeTeachers: 1,
      activeClasses: 1,
      activeEnrollments: 1,
    });
    // The fixture's class mark today (present) plus tardy + absent: 2 of 3.
    expect(d.todayRate).toEqual({ day: TODAY, marked: 3, attended: 2, rate: 2 / 3 });
    expect(d.trend.map((t) => t.day)).toEqual(["2026-08-31", TODAY]);
    // Marks are per class here (the fixture's class has one), so the classes still to mark are listed.
    expect(d.toMark).toEqual({
      mode: "class",
      studentsMarked: 3,
      meetingToday: 1,
      unmarkedCount: 0,
      unmarked: [],
    });
    expect(d.focus).toEqual({ role: "principal", withoutTeacher: 0, full: 0, supportPlans: 0 });
    // The fixture's audit row is a generic "update"; sign-ins never count as changes either.
    expect(d.recent).toEqual([]);
    await db.admin.query(
      `INSERT INTO audit_logs (tenant_id, user_email, action, resource_type, success) VALUES
      ($1, 'office@example.org', 'login', 'user', true), ($1, 'office@example.org', 'student_created', 'student', true)`,
      [a.tenantId],
    );
    const after = await withTenant(a.tenantId, (tx) => officeDashboard(tx, TODAY, "principal"), {
      client: app,
    });
    expect(after.recent.map((r) => `${r.action} by ${r.by}`)).toEqual([
      "student created by office@example.org",
    ]);
    const thursday = await withTenant(a.tenantId, (tx) => officeDashboard(tx, "2026-09-03", "principal"), {
      client: app,
    });
    expect(thursday.toMark).toMatchObject({
      mode: "class",
      meetingToday: 1,
      unmarkedCount: 1,
      unmarked: [{ id: a.ids.class }],
    });
    const listed = await withTenant(
      a.tenantId,
      (tx) =>
        listClasses(tx, { unmarkedOn: "2026-09-03" }, { id: a.ids.user, role: "principal", permissions: {} }),
      { client: app },
    );
    expect(listed.rows.map((c) => c.id)).toEqual([a.ids.class]);
    const tuesdayList = await withTenant(
      a.tenantId,
      (tx) => listClasses(tx, { unmarkedOn: TODAY }, { id: a.ids.user, role: "principal", permissions: {} }),
      { client: app },
    );
    expect(tuesdayList.total).toBe(0);
  });

  it("office: a school with a daily register counts students on the roll without a mark, not classes", async () => {
    await db.admin.query("DELETE FROM attendance WHERE tenant_id = $1 AND class_id IS NOT NULL", [
      b.tenantId,
    ]);
    const d = await withTenant(b.tenantId, (tx) => officeDashboard(tx, TODAY, "principal"), { client: app });
    expect(d.toMark).toEqual({ mode: "daily", studentsMarked: 1, studentsUnmarked: 6 });
    expect(d.todayRate).toEqual({ day: TODAY, marked: 1, attended: 0, rate: 0 });
  });

  it("the administrator's dashboard looks at accounts, the principal's at teaching", async () => {
    await db.admin.query("UPDATE students SET iep_status = true WHERE id = $1", [a.spareStudents[0]]);
    await db.admin.query("UPDATE classes SET teacher_id = NULL WHERE id = $1", [a.ids.class]);
    const principal = await withTenant(a.tenantId, (tx) => officeDashboard(tx, TODAY, "principal"), {
      client: app,
    });
    expect(principal.focus).toEqual({ role: "principal", withoutTeacher: 1, full: 0, supportPlans: 1 });
    // Full: at its own capacity, or at 30 when it has none; B's full class does not count at A.
    await db.admin.query("UPDATE classes SET max_students = 1, current_enrollment = 1 WHERE id = $1", [
      a.ids.class,
    ]);
    await db.admin.query("UPDATE classes SET max_students = 2, current_enrollment = 2 WHERE id = $1", [
      b.ids.class,
    ]);
    const full = await withTenant(a.tenantId, (tx) => officeDashboard(tx, TODAY, "principal"), {
      client: app,
    });
    expect(full.focus).toMatchObject({ full: 1 });
    await db.admin.query("UPDATE classes SET max_students = NULL, current_enrollment = 30 WHERE id = $1", [
      a.ids.class,
    ]);
    const atDefault = await withTenant(a.tenantId, (tx) => officeDashboard(tx, TODAY, "principal"), {
      client: app,
    });
    expect(atDefault.focus).toMatchObject({ full: 1 });
    await db.admin.query("UPDATE classes SET max_students = 31, current_enrollment = 30 WHERE id = $1", [
      a.ids.class,
    ]);
    const roomLeft = await withTenant(a.tenantId, (tx) => officeDashboard(tx, TODAY, "principal"), {
      client: app,
    });
    expect(roomLeft.focus).toMatchObject({ full: 0 });
    await db.admin.query(
      `INSERT INTO user_security (user_id, tenant_id, invitation_pending) VALUES ($1, $2, true)
      ON CONFLICT (user_id) DO UPDATE SET invitation_pending = true`,
      [a.ids.user, a.tenantId],
    );
    const admin = await withTenant(a.tenantId, (tx) => officeDashboard(tx, TODAY, "admin"), { client: app });
    expect(admin.focus).toEqual({
      role: "admin",
      invitationsPending: 1,
      signInsPaused: 0,
      withoutTwoFactor: 1,
    });
    await db.admin.query("UPDATE classes SET teacher_id = $2 WHERE id = $1", [a.ids.class, a.ids.teacher]);
    await db.admin.query("UPDATE students SET iep_status = false WHERE id = $1", [a.spareStudents[0]]);
  });

  it("teacher: today's classes with attendance state and work to grade", async () => {
    const d = await withTenant(a.tenantId, (tx) => teacherDashboard(tx, a.ids.user, "2026-09-03"), {
      client: app,
    });
    expect(d.todays).toEqual([
      expect.objectContaining({ id: a.ids.class, start: "08:00", attendanceTaken: false, toGrade: 1 }),
    ]);
    expect(d.attendanceToTake).toBe(1);
    expect(d.workToGrade).toBe(1);
    const monday = await withTenant(a.tenantId, (tx) => teacherDashboard(tx, a.ids.user, "2026-08-31"), {
      client: app,
    });
    expect(monday.todays).toEqual([]);
  });
});
