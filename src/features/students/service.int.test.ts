// Student records against the database: validation, the plan limit (also under a race), unique
// IDs, dated status changes that close enrolments, deletion and its impact, another school's ids.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueText } from "../../server/action-result.ts";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import { isSerializationFailure } from "../../server/db/errors.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import { NotFoundError, UserFacingError } from "../../server/errors.ts";
import { blankStudent } from "./form-values.ts";
import { getStudentProfile } from "./queries.ts";
import { statusChangeSchema, studentSchema, type StudentInput } from "./schemas.ts";
import {
  changeStudentStatus,
  createStudent,
  deleteStudent,
  completeDeletionImpact,
  deletionImpact,
  updateStudent,
} from "./service.ts";
import type { SchoolContext } from "../../server/school-context.ts";
import { schoolContext, withLimits } from "../../../tests/support/school-context.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let adminId: string;
const request = { ip: "192.0.2.9", userAgent: "test", method: "POST", url: "/students" };

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  adminId = (
    await db.admin.query(
      "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'office@example.org', 'x', 'Olive', 'Office', 'admin') RETURNING id",
      [a.tenantId],
    )
  ).rows[0].id;
});
afterAll(() => closeSchoolDatabase(db, app));

const input = (overrides: Partial<StudentInput> = {}): StudentInput => ({
  ...blankStudent("2026-08-24"),
  studentId: "N100",
  firstName: "Nora",
  lastName: "North",
  dateOfBirth: "2012-05-06",
  gradeLevel: "9",
  allergies: "Peanuts",
  zipCode: "62704",
  parentGuardian1Name: "Nia North",
  parentGuardian1Phone: "(217) 555-0101",
  ...overrides,
});
const asOffice = <T>(
  fn: (ctx: SchoolContext) => Promise<T>,
  school: School = a,
  isolationLevel?: "Serializable",
) =>
  withTenant(
    school.tenantId,
    (tx) =>
      fn(schoolContext(tx, school.tenantId, { id: school === a ? adminId : school.ids.user }, {}, request)),
    { client: app, ...(isolationLevel ? { isolationLevel } : {}) },
  );
const create = (values: StudentInput, maxStudents = 500, school = a) =>
  asOffice((ctx) => createStudent(withLimits(ctx, { maxStudents }), studentSchema.parse(values)), school);
const lastAudit = async (action: string, id: string) =>
  (
    await db.admin.query(
      "SELECT old_values, new_values FROM audit_logs WHERE action = $1 AND resource_id = $2 ORDER BY created_at DESC LIMIT 1",
      [action, id],
    )
  ).rows[0];

describe("the student form's schema", () => {
  it("names each bad field with a message a person can act on", () => {
    const result = studentSchema.safeParse(
      input({
        studentId: "",
        zipCode: "6270",
        phone: "call me",
        email: "nope",
        state: "Illinois",
        academicYear: "2026-2028",
        enrollmentDate: "2010-01-01",
        gradeLevel: "13" as never,
      }),
    );
    expect(result.success).toBe(false);
    const fields: Record<string, string> = {};
    for (const issue of result.error!.issues) fields[String(issue.path[0])] ??= issueText(issue, "en");
    expect(fields).toMatchObject({
      studentId: "Enter the student ID.",
      zipCode: "Enter a ZIP code like 62704 or 62704-1234.",
      phone: "Enter a phone number, like (555) 010-0199.",
      email: "Enter a valid email address.",
      state: "Use the two-letter state code, like IL.",
      academicYear: "Enter the school year as 2025-2026.",
      gradeLevel: "Choose a grade level.",
    });
    expect(
      statusChangeSchema.safeParse({ id: a.ids.student, status: "expelled", effectiveDate: "2026-13-01" })
        .success,
    ).toBe(false);
  });
});

describe("students", () => {
  it("creates a student, audited without the health details in clear", async () => {
    const student = await create(input());
    const {
      rows: [row],
    } = await db.admin.query(
      "SELECT status, allergies, zip_code, created_by, date_of_birth::text FROM students WHERE id = $1",
      [student.id],
    );
    expect(row).toEqual({
      status: "active",
      allergies: "Peanuts",
      zip_code: "62704",
      created_by: adminId,
      date_of_birth: "2012-05-06",
    });
    const audit = await lastAudit("student_created", student.id);
    expect(audit.new_values).toMatchObject({
      studentId: "N100",
      allergies: "(recorded)",
      dateOfBirth: "2012-05-06",
    });
  });

  it("refuses a student ID already used at the school, on that field, but not one used at another school", async () => {
    await expect(create(input({ firstName: "Other" }))).rejects.toMatchObject({ field: "studentId" });
    expect((await create(input(), 500, b)).studentId).toBe("N100");
  });

  it("links only a free student sign-in account of this school", async () => {
    const studentUser = (
      await db.admin.query(
        "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'kid@example.org', 'x', 'Kid', 'K', 'student') RETURNING id",
        [a.tenantId],
      )
    ).rows[0].id;
    await expect(create(input({ studentId: "L1", userId: a.ids.user }))).rejects.toMatchObject({
      field: "userId",
    });
    await expect(create(input({ studentId: "L1", userId: b.ids.user }))).rejects.toMatchObject({
      field: "userId",
    });
    const linked = await create(input({ studentId: "L1", userId: studentUser }));
    expect(linked.userId).toBe(studentUser);
    await expect(create(input({ studentId: "L2", userId: studentUser }))).rejects.toThrow(
      "already linked to another student",
    );
  });

  it("enforces the plan's limit of active students with a clear message", async () => {
    const {
      rows: [{ n }],
    } = await db.admin.query(
      "SELECT count(*)::int AS n FROM students WHERE tenant_id = $1 AND status = 'active'",
      [a.tenantId],
    );
    await expect(create(input({ studentId: "N101" }), n)).rejects.toThrow(
      `reached its plan's limit of ${n} active students`,
    );
    expect(
      (await db.admin.query("SELECT count(*)::int AS n FROM students WHERE student_id = 'N101'")).rows[0].n,
    ).toBe(0);
  });

  it("lets exactly one of two simultaneous additions take the last place under the limit", async () => {
    const {
      rows: [{ n }],
    } = await db.admin.query(
      "SELECT count(*)::int AS n FROM students WHERE tenant_id = $1 AND status = 'active'",
      [a.tenantId],
    );
    const race = (id: string) =>
      asOffice(
        (ctx) =>
          createStudent(
            withLimits(ctx, { maxStudents: n + 1 }),
            studentSchema.parse(input({ studentId: id })),
          ),
        a,
        "Serializable",
      );
    const results = await Promise.allSettled([race("R1"), race("R2")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(isSerializationFailure(lost.reason) || lost.reason instanceof UserFacingError).toBe(true);
    expect(
      (
        await db.admin.query(
          "SELECT count(*)::int AS n FROM students WHERE tenant_id = $1 AND status = 'active'",
          [a.tenantId],
        )
      ).rows[0].n,
    ).toBe(n + 1);
  });

  it("updates and audits only what changed; keeps health details an editor cannot see", async () => {
    const {
      rows: [s],
    } = await db.admin.query("SELECT id FROM students WHERE tenant_id = $1 AND student_id = 'N100'", [
      a.tenantId,
    ]);
    await asOffice((ctx) =>
      updateStudent(ctx, s.id, studentSchema.parse(input({ city: "Springfield", allergies: "" })), {
        keepSensitive: true,
      }),
    );
    expect(
      (await db.admin.query("SELECT city, allergies FROM students WHERE id = $1", [s.id])).rows[0],
    ).toEqual({ city: "Springfield", allergies: "Peanuts" });
    expect(await lastAudit("student_updated", s.id)).toEqual({
      old_values: { city: null },
      new_values: { city: "Springfield" },
    });
    await asOffice((ctx) =>
      updateStudent(ctx, s.id, studentSchema.parse(input({ city: "Springfield", allergies: "" }))),
    );
    expect(await lastAudit("student_updated", s.id)).toEqual({
      old_values: { allergies: "(previous value)" },
      new_values: { allergies: null },
    });
  });

  it("withdraws with a date: history kept, active enrolments ended that day, class counts right", async () => {
    const change = statusChangeSchema.parse({
      id: a.ids.student,
      status: "withdrawn",
      effectiveDate: "2026-10-02",
      note: "Moved away",
    });
    await asOffice((ctx) => changeStudentStatus(withLimits(ctx, { maxStudents: 500 }), change));
    expect(
      (
        await db.admin.query("SELECT status, drop_date::text FROM enrollments WHERE id = $1", [
          a.ids.enrollment,
        ])
      ).rows[0],
    ).toEqual({ status: "withdrawn", drop_date: "2026-10-02" });
    const {
      rows: [cls],
    } = await db.admin.query(
      "SELECT current_enrollment, (SELECT count(*)::int FROM enrollments e WHERE e.class_id = c.id AND e.status = 'active') AS active FROM classes c WHERE id = $1",
      [a.ids.class],
    );
    expect(cls.current_enrollment).toBe(cls.active);
    expect(
      (
        await db.admin.query(
          "SELECT from_status, to_status, effective_date::text, note FROM student_status_changes WHERE student_id = $1",
          [a.ids.student],
        )
      ).rows,
    ).toEqual([
      { from_status: "active", to_status: "withdrawn", effective_date: "2026-10-02", note: "Moved away" },
    ]);
    await expect(
      asOffice((ctx) => changeStudentStatus(withLimits(ctx, { maxStudents: 500 }), change)),
    ).rejects.toMatchObject({ field: "status" });
    const early = statusChangeSchema.parse({
      id: a.ids.student,
      status: "active",
      effectiveDate: "2020-01-01",
      note: "",
    });
    await expect(
      asOffice((ctx) => changeStudentStatus(withLimits(ctx, { maxStudents: 500 }), early)),
    ).rejects.toMatchObject({ field: "effectiveDate" });
  });

  it("says what a deletion takes with it, then deletes it all and recounts the classes", async () => {
    const target = b.ids.student;
    expect(await asOffice((ctx) => deletionImpact(ctx.db, target), b)).toEqual({
      enrollments: 1,
      grades: 1,
      attendance: 1,
    });
    // The profile's delete dialog gets the same figures from the rows the profile read.
    const viewer = { id: b.ids.user, role: "principal" as const, permissions: {} };
    expect(
      await asOffice(async (ctx) => {
        const profile = await getStudentProfile(ctx.db, target, viewer);
        return completeDeletionImpact(ctx.db, target, profile!.records);
      }, b),
    ).toEqual({ enrollments: 1, grades: 1, attendance: 1 });
    await asOffice((ctx) => deleteStudent(ctx, target), b);
    expect(
      (await db.admin.query("SELECT count(*)::int AS n FROM grades WHERE student_id = $1", [target])).rows[0]
        .n,
    ).toBe(0);
    expect(
      (await db.admin.query("SELECT current_enrollment FROM classes WHERE id = $1", [b.ids.class])).rows[0]
        .current_enrollment,
    ).toBe(0);
    expect((await lastAudit("student_deleted", target)).old_values).toMatchObject({
      studentId: "S1",
      enrollments: 1,
      grades: 1,
      attendance: 1,
    });
  });

  it("treats another school's student as not found for every change, and changes nothing there", async () => {
    const theirs = b.spareStudents[0]!;
    const before = (
      await db.admin.query("SELECT students.*::text AS row FROM students WHERE id = $1", [theirs])
    ).rows[0].row;
    await expect(
      asOffice((ctx) => updateStudent(ctx, theirs, studentSchema.parse(input({ studentId: "X1" })))),
    ).rejects.toThrow(NotFoundError);
    await expect(
      asOffice((ctx) =>
        changeStudentStatus(withLimits(ctx, { maxStudents: 500 }), {
          id: theirs,
          status: "withdrawn",
          effectiveDate: "2026-10-01",
          note: null,
        }),
      ),
    ).rejects.toThrow(NotFoundError);
    await expect(asOffice((ctx) => deletionImpact(ctx.db, theirs))).rejects.toThrow(NotFoundError);
    await expect(asOffice((ctx) => deleteStudent(ctx, theirs))).rejects.toThrow(NotFoundError);
    expect(
      (await db.admin.query("SELECT students.*::text AS row FROM students WHERE id = $1", [theirs])).rows[0]
        .row,
    ).toBe(before);
  });
});
