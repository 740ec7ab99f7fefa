// The gradebook's services against the database (row-level security on): a cell saves once per
// version, a stale edit is refused with the current value and who made it, grade rows follow their
// assignment, posting freezes and locks, reopening is audited; another school's or another
// teacher's class is not found.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import { schoolContext } from "../../../tests/support/school-context.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant, type TenantDb } from "../../server/db/with-tenant.ts";
import { NotFoundError, UserFacingError } from "../../server/errors.ts";
import { postGrades, reopenGrades } from "./posting.ts";
import { queueReportCards, runQueuedReportCards } from "./report-card-runs.ts";
import { gpaPolicyOf, policyToInput, saveGradingPolicy } from "./policy.ts";
import { reportStudent, standingOf } from "./report-card-data.ts";
import { gradingPolicySchema } from "./schemas.ts";
import { assignmentSchema, saveCellSchema } from "./schemas.ts";
import { bulkColumn, createAssignment, saveCell, updateAssignment } from "./service.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
const periods: Record<string, string> = {};
let otherTeacherUser: string;
const q = async (sql: string, params: unknown[] = []) => (await db.admin.query(sql, params)).rows;

type Who = { id: string; role?: string; name?: string };
const as = <T>(school: School, work: (ctx: ReturnType<typeof schoolContext>) => Promise<T>, who?: Who) =>
  withTenant(
    school.tenantId,
    (tx: TenantDb) =>
      work(
        schoolContext(
          tx,
          school.tenantId,
          who ?? { id: school.ids.user, role: "teacher", name: "Tess Teacher" },
        ),
      ),
    { client: app },
  );

async function addPeriods(school: School) {
  const [year] = await q("SELECT id FROM school_years WHERE tenant_id = $1 AND name = '2026-2027'", [
    school.tenantId,
  ]);
  const add = async (code: string, parent: string | null, starts: string, ends: string, position: number) =>
    (
      await q(
        `INSERT INTO grading_periods (tenant_id, school_year_id, parent_id, code, name, starts_on, ends_on, weight, position)
         VALUES ($1, $2, $3, $4, $4, $5, $6, 50, $7) RETURNING id`,
        [school.tenantId, year.id, parent, code, starts, ends, position],
      )
    )[0].id as string;
  const s1 = await add("S1", null, "2026-08-17", "2027-01-15", 0);
  const q1 = await add("Q1", s1, "2026-08-17", "2026-10-23", 1);
  const q2 = await add("Q2", s1, "2026-10-26", "2027-01-15", 2);
  const s2 = await add("S2", null, "2027-01-18", "2027-06-11", 3);
  return { s1, q1, q2, s2 };
}

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  Object.assign(periods, await addPeriods(a));
  await addPeriods(b);
  // A second teacher of school A, who teaches nothing of Algebra I.
  otherTeacherUser = (
    await q(
      "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'other@example.org', 'x', 'Otto', 'Other', 'teacher') RETURNING id",
      [a.tenantId],
    )
  )[0].id;
  await q(
    "INSERT INTO teachers (tenant_id, user_id, employee_id, first_name, last_name, email, hire_date) VALUES ($1, $2, 'E2', 'Otto', 'Other', 'other@example.org', '2020-08-15')",
    [a.tenantId, otherTeacherUser],
  );
});
afterAll(() => closeSchoolDatabase(db, app));

const assignment = (school: School, extra: Record<string, unknown> = {}) =>
  assignmentSchema.parse({
    classId: school.ids.class,
    gradingPeriodId: periods.q1,
    name: "Unit 1 Test",
    assignmentType: "test",
    category: "Tests",
    description: "",
    pointsPossible: "20",
    assignedDate: "2026-09-01",
    dueDate: "2026-09-10",
    extraCredit: false,
    released: true,
    ...extra,
  });
const cell = (
  assignmentId: string,
  studentId: string,
  points: string,
  expected: string | null,
  mark: string | null = null,
) => saveCellSchema.parse({ assignmentId, studentId, points, mark, expected });

describe("gradebook services", () => {
  let testId: string;

  it("saves a new cell with the assignment's fields on the grade row, exact percentage and letter", async () => {
    testId = (await as(a, (ctx) => createAssignment(ctx, assignment(a)))).id;
    const result = await as(a, (ctx) => saveCell(ctx, cell(testId, a.ids.student, "17.9", null)));
    expect(result).toMatchObject({
      status: "saved",
      cell: { pointsEarned: "17.9", status: "graded", changedBy: "Tess Teacher" },
    });
    const [row] = await q(
      "SELECT assignment_name, assignment_type, category, points_possible::text, percentage::text, letter_grade, due_date::text, status FROM grades WHERE assignment_id = $1",
      [testId],
    );
    expect(row).toEqual({
      assignment_name: "Unit 1 Test",
      assignment_type: "test",
      category: "Tests",
      points_possible: "20.00",
      percentage: "89.50",
      letter_grade: "B+",
      due_date: "2026-09-10",
      status: "graded",
    });
  });

  it("refuses a stale edit and answers with the current value and who made it", async () => {
    const first = await as(a, (ctx) => saveCell(ctx, cell(testId, a.ids.student, "", null)));
    expect(first.status).toBe("stale"); // the cell exists: "no version" is stale too
    const seen = first.cell!.updatedAt;
    const mine = await as(a, (ctx) => saveCell(ctx, cell(testId, a.ids.student, "18", seen)));
    expect(mine.status).toBe("saved");
    const theirs = await as(a, (ctx) => saveCell(ctx, cell(testId, a.ids.student, "12", seen)), {
      id: a.ids.user,
      role: "teacher",
      name: "Tess Teacher",
    });
    expect(theirs).toMatchObject({
      status: "stale",
      cell: { pointsEarned: "18", changedBy: "Tess Teacher" },
    });
    const [row] = await q("SELECT points_earned::text AS p FROM grades WHERE assignment_id = $1", [testId]);
    expect(row.p).toBe("18.00");
  });

  it("lets only one of two editors saving the same version at once win", async () => {
    const [row] = await q("SELECT updated_at FROM grades WHERE assignment_id = $1", [testId]);
    const seen = new Date(row.updated_at).toISOString();
    const results = await Promise.all(
      ["15", "16"].map((p) => as(a, (ctx) => saveCell(ctx, cell(testId, a.ids.student, p, seen)))),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["saved", "stale"]);
    const spare = a.spareStudents[0]!;
    await q("INSERT INTO enrollments (tenant_id, student_id, class_id) VALUES ($1, $2, $3)", [
      a.tenantId,
      spare,
      a.ids.class,
    ]);
    const fresh = await Promise.all(
      ["5", "6"].map((p) => as(a, (ctx) => saveCell(ctx, cell(testId, spare, p, null)))),
    );
    expect(fresh.map((r) => r.status).sort()).toEqual(["saved", "stale"]);
    expect(
      await q("SELECT 1 FROM grades WHERE assignment_id = $1 AND student_id = $2", [testId, spare]),
    ).toHaveLength(1);
  });

  it("audits every grade change with old and new values", async () => {
    const rows = await q(
      "SELECT old_values, new_values FROM audit_logs WHERE tenant_id = $1 AND action = 'grade_changed' ORDER BY created_at",
      [a.tenantId],
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[1]).toMatchObject({
      old_values: { points: "17.9", status: "graded" },
      new_values: { points: "18", status: "graded" },
    });
  });

  it("refuses a score above the points possible on the field, and a mark stores what it means", async () => {
    await expect(
      as(a, (ctx) => saveCell(ctx, cell(testId, a.ids.student, "21", null))),
    ).rejects.toMatchObject({
      key: "rules.grade.aboveMaximum",
      field: "points",
    });
    const [row] = await q("SELECT updated_at FROM grades WHERE assignment_id = $1 AND student_id = $2", [
      testId,
      a.ids.student,
    ]);
    const missing = await as(a, (ctx) =>
      saveCell(ctx, cell(testId, a.ids.student, "", new Date(row.updated_at).toISOString(), "missing")),
    );
    expect(missing).toMatchObject({ status: "saved", cell: { status: "missing", pointsEarned: "0" } });
  });

  it("keeps every grade row consistent with its assignment when the assignment changes", async () => {
    await as(a, (ctx) =>
      updateAssignment(
        ctx,
        testId,
        assignment(a, { name: "Unit 1 Exam", pointsPossible: "40", dueDate: "2026-09-11" }),
      ),
    );
    const rows = await q(
      "SELECT DISTINCT assignment_name, points_possible::text AS p, due_date::text AS due FROM grades WHERE assignment_id = $1",
      [testId],
    );
    expect(rows).toEqual([{ assignment_name: "Unit 1 Exam", p: "40.00", due: "2026-09-11" }]);
    const [spare] = await q(
      "SELECT percentage::text AS pct FROM grades WHERE assignment_id = $1 AND student_id = $2",
      [testId, a.spareStudents[0]],
    );
    expect(["12.50", "15.00"]).toContain(spare.pct); // 5 or 6 of 40, recomputed
  });

  it("excuses a whole column in one action", async () => {
    const { changed } = await as(a, (ctx) =>
      bulkColumn(ctx, { assignmentId: testId, action: "excuse", points: null, onlyEmpty: false }),
    );
    expect(changed).toBe(2);
    const rows = await q("SELECT status, is_excused, points_earned FROM grades WHERE assignment_id = $1", [
      testId,
    ]);
    expect(rows.every((r) => r.status === "excused" && r.is_excused && r.points_earned === null)).toBe(true);
  });

  it("does not find another school's assignment or another teacher's class", async () => {
    await expect(
      as(b, (ctx) => saveCell(ctx, cell(testId, a.ids.student, "1", null)), {
        id: b.ids.user,
        role: "teacher",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      as(a, (ctx) => saveCell(ctx, cell(testId, a.ids.student, "1", null)), {
        id: otherTeacherUser,
        role: "teacher",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      as(a, (ctx) => createAssignment(ctx, assignment(a, { name: "Sneaky" })), {
        id: otherTeacherUser,
        role: "teacher",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("posting grades", () => {
  let homeworkId: string;
  beforeAll(async () => {
    homeworkId = (
      await as(a, (ctx) =>
        createAssignment(ctx, assignment(a, { name: "HW 1", category: "Homework", pointsPossible: "10" })),
      )
    ).id;
    await as(a, (ctx) => saveCell(ctx, cell(homeworkId, a.ids.student, "9", null)));
  });

  it("freezes each enrolment's grade, locks the period, and a principal reopens it with a reason, audited", async () => {
    expect(await as(a, (ctx) => postGrades(ctx, a.ids.class, periods.q1!))).toEqual({ posted: 2 });
    const [posted] = await q(
      "SELECT percentage::text, letter_grade, credits_attempted::text AS credits FROM posted_grades WHERE enrollment_id = $1 AND grading_period_id = $2",
      [a.ids.enrollment, periods.q1],
    );
    // Homework 9/10 only (the test is excused): 90.00, A-; quarters carry no credit.
    expect(posted).toEqual({ percentage: "90.00", letter_grade: "A-", credits: "0.00" });
    await expect(
      as(a, (ctx) => saveCell(ctx, cell(homeworkId, a.ids.student, "5", null))),
    ).rejects.toMatchObject({
      key: "rules.gradebook.posted",
    });
    await expect(as(a, (ctx) => postGrades(ctx, a.ids.class, periods.q1!))).rejects.toBeInstanceOf(
      UserFacingError,
    );

    const principal = { id: a.ids.user, role: "principal", name: "Pat Principal" };
    expect(
      await as(a, (ctx) => reopenGrades(ctx, a.ids.class, periods.q1!, "Late work accepted"), principal),
    ).toEqual({ reopened: 2 });
    const [audit] = await q(
      "SELECT old_values, new_values FROM audit_logs WHERE tenant_id = $1 AND action = 'grades_reopened'",
      [a.tenantId],
    );
    expect(audit.new_values).toMatchObject({ locked: false, reason: "Late work accepted" });
    expect(audit.old_values.grades).toContainEqual({
      enrollmentId: a.ids.enrollment,
      percentage: "90.00",
      letter: "A-",
    });
    const [row] = await q("SELECT updated_at FROM grades WHERE assignment_id = $1 AND student_id = $2", [
      homeworkId,
      a.ids.student,
    ]);
    await as(a, (ctx) =>
      saveCell(ctx, cell(homeworkId, a.ids.student, "10", new Date(row.updated_at).toISOString())),
    );
    await as(a, (ctx) => postGrades(ctx, a.ids.class, periods.q1!));
    const [again] = await q(
      "SELECT percentage::text, reopened_at FROM posted_grades WHERE enrollment_id = $1 AND grading_period_id = $2",
      [a.ids.enrollment, periods.q1],
    );
    expect(again).toEqual({ percentage: "100.00", reopened_at: null });
  });

  it("combines a semester from its quarters and, with both semesters posted, writes the course result", async () => {
    await as(a, (ctx) => postGrades(ctx, a.ids.class, periods.s1!));
    const [s1] = await q(
      "SELECT percentage::text, letter_grade, grade_points::text AS gp, credits_attempted::text AS ca, credits_earned::text AS ce FROM posted_grades WHERE enrollment_id = $1 AND grading_period_id = $2",
      [a.ids.enrollment, periods.s1],
    );
    // Q2 has no grade: the semester is Q1's 100.00, renormalised; half the course's one credit.
    expect(s1).toEqual({ percentage: "100.00", letter_grade: "A+", gp: "4.00", ca: "0.50", ce: "0.50" });
    const [before] = await q("SELECT final_grade FROM enrollments WHERE id = $1", [a.ids.enrollment]);
    expect(before.final_grade).toBeNull();
    await as(a, (ctx) => postGrades(ctx, a.ids.class, periods.s2!));
    const [after] = await q(
      "SELECT final_grade, gpa_points::text AS gp, credits_earned::text AS ce FROM enrollments WHERE id = $1",
      [a.ids.enrollment],
    );
    // S2 has nothing graded: the year is S1's grade; credit only for the semester passed.
    expect(after).toEqual({ final_grade: "A+", gp: "4.00", ce: "0.5" });
  });

  it("does not let another teacher post the class", async () => {
    await expect(
      as(a, (ctx) => postGrades(ctx, a.ids.class, periods.q2!), { id: otherTeacherUser, role: "teacher" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("prints a class's report cards in bulk as a job: progress to the last student, one PDF", async () => {
    (globalThis as unknown as { sisAppDb?: BasePrismaClient }).sisAppDb = app;
    const school = {
      name: "School a",
      schoolName: "School a",
      primaryColor: "#123456",
      logoUrl: null,
      locale: "en-US",
    };
    const run = await as(
      a,
      (ctx) =>
        queueReportCards(ctx, { gradingPeriodId: periods.q1!, gradeLevel: "", classId: a.ids.class }, school),
      { id: a.ids.user, role: "admin" },
    );
    expect(run).toMatchObject({ status: "queued", totalSteps: 2 });
    await runQueuedReportCards(a.tenantId);
    const [done] = await q(
      "SELECT status, done_steps, total_steps, substring(pdf from 1 for 5) AS head FROM report_card_runs WHERE id = $1",
      [run.id],
    );
    expect(done).toMatchObject({ status: "done", done_steps: 2, total_steps: 2 });
    expect(Buffer.from(done.head).toString()).toBe("%PDF-");
    // Another school's runner finds nothing of it.
    await runQueuedReportCards(b.tenantId);
    expect(await q("SELECT 1 FROM report_card_runs WHERE tenant_id = $1", [b.tenantId])).toHaveLength(0);
  });

  it("shows class rank and honour roll only once the school turns them on", async () => {
    const office = { id: a.ids.user, role: "admin" };
    const standing = () =>
      as(
        a,
        async (ctx) => {
          const student = (await reportStudent(
            ctx.db,
            { id: a.ids.user, role: "admin", permissions: null },
            a.ids.student,
          ))!;
          return standingOf(ctx.db, student, await gpaPolicyOf(ctx.db));
        },
        office,
      );
    expect(await standing()).toEqual({ rank: null, honorRoll: null });
    const values = gradingPolicySchema.parse({
      ...policyToInput(await as(a, (ctx) => gpaPolicyOf(ctx.db), office)),
      classRank: true,
      honorRoll: true,
      honorRollMinimum: "3.5",
    });
    await as(a, (ctx) => saveGradingPolicy(ctx, values), office);
    const now = await standing();
    expect(now.rank).toMatchObject({ rank: 1 });
    // The student's latest posted top-level period (the spring, nothing graded) has no grade points.
    expect(now.honorRoll).toMatchObject({ on: false });
    const [audit] = await q(
      "SELECT new_values FROM audit_logs WHERE tenant_id = $1 AND action = 'grading_policy_changed'",
      [a.tenantId],
    );
    expect(audit.new_values).toMatchObject({ classRank: true, honorRoll: true, honorRollMinimum: "3.50" });
  });
});
