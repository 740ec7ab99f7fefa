// What the family portal reads, against the database (row-level security on): exactly the
// viewer's children, the gradebook's own figure over the released work (the teacher's figure once
// everything is released), the child's marks and the messages sent, and a family member's own
// contact details.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import { schoolContext } from "../../../tests/support/school-context.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import { loadGradebook, rulesOfClass, studentGrade } from "../gradebook/queries.ts";
import { childMarks, messagesSent } from "./attendance.ts";
import { saveContact } from "./account-service.ts";
import { portalChildren } from "./children.ts";
import { childClasses } from "./classes.ts";
import { childClassGrade, gradesOf } from "./grades.ts";
import { contactSchema } from "./schemas.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let parent: string;
let studentUser: string;
let unreleased: string;
const TODAY = "2026-12-09";
const q = async (sql: string, params: unknown[] = []) => (await db.admin.query(sql, params)).rows;
const inA = <T>(work: (db: Parameters<Parameters<typeof withTenant>[1]>[0]) => Promise<T>) =>
  withTenant(a.tenantId, work, { client: app });
const user = async (email: string, role: string, school = a) =>
  (
    await q(
      "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, $2, 'x', 'Pat', 'Family', $3) RETURNING id",
      [school.tenantId, email, role],
    )
  )[0].id as string;

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  parent = await user("pat@example.org", "parent");
  studentUser = await user("sam@example.org", "student");
  await q("UPDATE students SET user_id = $2 WHERE id = $1", [a.ids.student, studentUser]);
  // Pat is linked to Sam and to Sam's sister; the sister's record lists Pat's address in B too.
  const sister = a.spareStudents[0]!;
  for (const child of [a.ids.student, sister])
    await q("INSERT INTO student_guardians (tenant_id, student_id, user_id) VALUES ($1, $2, $3)", [
      a.tenantId,
      child,
      parent,
    ]);
  const [period] = await q(
    `INSERT INTO grading_periods (tenant_id, school_year_id, code, name, starts_on, ends_on)
     SELECT tenant_id, id, 'Q2', 'Quarter 2', '2026-11-02', '2027-01-22' FROM school_years
      WHERE tenant_id = $1 AND name = '2026-2027' RETURNING id`,
    [a.tenantId],
  );
  const assignment = async (name: string, points: number, released: boolean) =>
    (
      await q(
        `INSERT INTO assignments (tenant_id, class_id, grading_period_id, name, assignment_type, category, points_possible,
                                  assigned_date, due_date, released_at)
         VALUES ($1, $2, $3, $4, 'quiz', 'Quizzes', $5, '2026-11-03', '2026-11-20', ${released ? "now()" : "NULL"}) RETURNING id`,
        [a.tenantId, a.ids.class, period.id, name, points],
      )
    )[0].id as string;
  const released = await assignment("Quiz 1", 20, true);
  unreleased = await assignment("Quiz 2", 10, false);
  for (const [id, earned] of [
    [released, 17],
    [unreleased, 2],
  ] as const)
    await q(
      `INSERT INTO grades (tenant_id, student_id, class_id, enrollment_id, assignment_id, assignment_name, assignment_type,
                           points_possible, points_earned, status, assigned_date)
       SELECT $1, $2, $3, $4, a.id, a.name, a.assignment_type, a.points_possible, $6, 'graded', a.assigned_date
         FROM assignments a WHERE a.id = $5`,
      [a.tenantId, a.ids.student, a.ids.class, a.ids.enrollment, id, earned],
    );
  await q("UPDATE enrollments SET enrollment_date = '2026-08-24' WHERE id = $1", [a.ids.enrollment]);
});
afterAll(() => closeSchoolDatabase(db, app));

describe("whose children", () => {
  it("a parent sees their linked children; a student only themself, never a sibling", async () => {
    const family = await inA((tx) => portalChildren(tx, { id: parent, role: "parent", permissions: {} }));
    expect(family.map((c) => c.id).sort()).toEqual([a.ids.student, a.spareStudents[0]!].sort());
    const own = await inA((tx) => portalChildren(tx, { id: studentUser, role: "student", permissions: {} }));
    expect(own.map((c) => c.id)).toEqual([a.ids.student]);
    // The same parent id on another school's host: nobody (row-level security and the link).
    const elsewhere = await withTenant(
      b.tenantId,
      (tx) => portalChildren(tx, { id: parent, role: "parent", permissions: {} }),
      { client: app },
    );
    expect(elsewhere).toEqual([]);
  });
});

describe("grades", () => {
  it("count the released work only, through the gradebook's own calculation", async () => {
    const [grade] = await inA(async (tx) =>
      gradesOf(tx, a.ids.student, await childClasses(tx, a.ids.student), TODAY),
    );
    expect(grade!.assignments.map((x) => x.name)).toEqual(["Quiz 1"]);
    expect(grade!.result).toMatchObject({ percentage: "85.00" });
    expect(grade!.cells[unreleased]).toBeUndefined();
  });

  it("once everything is released, the family's figure is the teacher's gradebook figure", async () => {
    await q("UPDATE assignments SET released_at = now() WHERE id = $1", [unreleased]);
    const family = await inA((tx) => childClassGrade(tx, a.ids.student, a.ids.class, TODAY));
    const teacher = await inA(async (tx) => {
      const book = await loadGradebook(
        tx,
        { id: a.ids.user, role: "teacher", permissions: {} },
        a.ids.class,
        undefined,
        TODAY,
      );
      if (!book || !("assignments" in book) || !book.assignments) throw new Error("no gradebook");
      const me = book.students.find((s) => s.studentId === a.ids.student)!;
      return studentGrade(
        rulesOfClass(book.cls),
        book.assignments,
        (id) => book.cells[`${id}:${a.ids.student}`],
        TODAY,
        me.enrolledOn,
      );
    });
    expect(family!.result!.percentage).toBe("63.33");
    expect(family!.result).toEqual(teacher);
    // A class the child is not in is no grade at all.
    expect(await inA((tx) => childClassGrade(tx, a.spareStudents[0]!, a.ids.class, TODAY))).toBeNull();
  });
});

describe("attendance", () => {
  it("today's marks, the month's absences with reasons, and only the messages that were sent", async () => {
    await q(
      `INSERT INTO attendance (tenant_id, student_id, class_id, attendance_date, status, period, reason) VALUES
         ($1, $2, $3, '2026-12-09', 'present', '1', NULL),
         ($1, $2, $3, '2026-12-02', 'absent', '1', 'Dentist'),
         ($1, $2, $3, '2026-12-01', 'present', '1', NULL),
         ($1, $2, $3, '2026-10-01', 'absent', '1', 'Long ago')`,
      [a.tenantId, a.ids.student, a.ids.class],
    );
    await q(
      `INSERT INTO attendance_alerts (tenant_id, student_id, day, status, send_after, sent_at, reason, recipients) VALUES
         ($1, $2, '2026-12-02', 'sent', now(), now(), 'absent', ARRAY['pat@example.org', 'other-home@example.org']),
         ($1, $2, '2026-12-03', 'cancelled', now(), NULL, NULL, '{}')`,
      [a.tenantId, a.ids.student],
    );
    const marks = await inA((tx) => childMarks(tx, a.ids.student, TODAY));
    expect(marks.today.map((m) => [m.day, m.status])).toEqual([["2026-12-09", "present"]]);
    expect(marks.recent.map((m) => [m.day, m.status, m.reason, m.className])).toEqual([
      ["2026-12-02", "absent", "Dentist", "Algebra I"],
    ]);
    const sent = await inA((tx) => messagesSent(tx, a.ids.student));
    expect(sent).toEqual([{ day: "2026-12-02", sentAt: expect.any(Date), reason: "absent" }]);
    expect(JSON.stringify(sent)).not.toContain("other-home");
  });
});

describe("a family member's own contact details", () => {
  const ctx = (tx: Parameters<Parameters<typeof withTenant>[1]>[0]) =>
    schoolContext(tx, a.tenantId, {
      id: parent,
      email: "pat@example.org",
      role: "parent",
      name: "Pat Family",
    });

  it("a new email is confirmed from a link sent to it; saving unchanged writes nothing", async () => {
    const audits = async () =>
      (await q("SELECT count(*)::int AS n FROM audit_logs WHERE action = 'contact_changed'"))[0].n;
    expect(
      await inA((tx) => saveContact(ctx(tx), contactSchema.parse({ email: "pat@example.org", phone: "" }))),
    ).toBe(false);
    expect(await audits()).toBe(0);
    expect(
      await inA((tx) =>
        saveContact(ctx(tx), contactSchema.parse({ email: "Pat.New@Example.org", phone: "(555) 010-0111" })),
      ),
    ).toBe(true);
    expect(await q("SELECT email, phone, email_verified FROM users WHERE id = $1", [parent])).toEqual([
      { email: "pat.new@example.org", phone: "(555) 010-0111", email_verified: false },
    ]);
    expect(await q("SELECT to_address FROM mail_outbox WHERE purpose = 'email_verification'")).toEqual([
      { to_address: "pat.new@example.org" },
    ]);
    expect(await audits()).toBe(1);
    await expect(
      inA((tx) => saveContact(ctx(tx), contactSchema.parse({ email: "sam@example.org", phone: "" }))),
    ).rejects.toMatchObject({ key: "rules.portal.emailTaken", field: "email" });
  });
});
