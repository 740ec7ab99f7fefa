// Enrolments against the database: capacity (also when two people take the last seat at once),
// duplicates, returning students, ending with dates, counts that always match, another school's ids.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant, withTenantSerializable } from "../../server/db/with-tenant.ts";
import { NotFoundError, UserFacingError } from "../../server/errors.ts";
import { endEnrollment, enrollStudents, updateEnrollmentNotes } from "./service.ts";
import type { SchoolContext } from "../../server/school-context.ts";
import { schoolContext } from "../../../tests/support/school-context.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
const request = { ip: "192.0.2.10", userAgent: "test", method: "POST", url: "/classes" };

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  await db.admin.query("UPDATE classes SET max_students = 3, current_enrollment = 1 WHERE id = $1", [
    a.ids.class,
  ]);
});
afterAll(() => closeSchoolDatabase(db, app));

const ctxFor =
  (school: School) =>
  (tx: SchoolContext["db"]): SchoolContext =>
    schoolContext(tx, school.tenantId, { id: school.ids.user }, {}, request);
const enrol = (studentIds: string[], school: School = a, classId = school.ids.class, day = "2026-09-01") =>
  withTenantSerializable(
    school.tenantId,
    (tx) => enrollStudents(ctxFor(school)(tx), { classId, studentIds, enrollmentDate: day }),
    { client: app },
  );
const counts = async (classId: string) =>
  (
    await db.admin.query(
      "SELECT current_enrollment AS stored, (SELECT count(*)::int FROM enrollments e WHERE e.class_id = c.id AND e.status = 'active') AS active FROM classes c WHERE id = $1",
      [classId],
    )
  ).rows[0];

describe("enrolments", () => {
  it("enrols several students at once and keeps the class count equal to its active enrolments", async () => {
    expect(await enrol([a.spareStudents[0]!])).toEqual({ enrolled: 1 });
    expect(await counts(a.ids.class)).toEqual({ stored: 2, active: 2 });
  });

  it("refuses a duplicate with the student's name, and more students than seats left", async () => {
    await expect(enrol([a.spareStudents[0]!])).rejects.toThrow(
      "Spare Student is already enrolled in Algebra I.",
    );
    await expect(enrol([a.spareStudents[1]!, a.spareStudents[2]!])).rejects.toThrow(
      "Algebra I has only 1 seat left.",
    );
    expect(await counts(a.ids.class)).toEqual({ stored: 2, active: 2 });
  });

  it("gives the last seat to exactly one of two simultaneous requests; the other hears the class is full", async () => {
    const results = await Promise.allSettled([enrol([a.spareStudents[1]!]), enrol([a.spareStudents[2]!])]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(UserFacingError);
    expect(lost.reason.message).toBe("Algebra I is full (3 students).");
    expect(await counts(a.ids.class)).toEqual({ stored: 3, active: 3 });
  });

  it("ends an enrolment with its date, frees the seat, and lets the student come back later", async () => {
    const {
      rows: [e],
    } = await db.admin.query("SELECT id FROM enrollments WHERE student_id = $1 AND class_id = $2", [
      a.spareStudents[0],
      a.ids.class,
    ]);
    const end = (status: "dropped" | "completed", date: string) =>
      withTenant(a.tenantId, (tx) => endEnrollment(ctxFor(a)(tx), { enrollmentId: e.id, status, date }), {
        client: app,
      });
    await expect(end("dropped", "2026-08-01")).rejects.toMatchObject({ field: "date" });
    await end("dropped", "2026-09-15");
    expect(
      (await db.admin.query("SELECT status, drop_date::text FROM enrollments WHERE id = $1", [e.id])).rows[0],
    ).toEqual({ status: "dropped", drop_date: "2026-09-15" });
    expect(await counts(a.ids.class)).toEqual({ stored: 2, active: 2 });
    await expect(end("completed", "2026-09-20")).rejects.toThrow("already ended");
    await enrol([a.spareStudents[0]!], a, a.ids.class, "2026-10-01");
    expect(
      (
        await db.admin.query(
          "SELECT status, drop_date, enrollment_date::text FROM enrollments WHERE id = $1",
          [e.id],
        )
      ).rows[0],
    ).toEqual({ status: "active", drop_date: null, enrollment_date: "2026-10-01" });
    expect(await counts(a.ids.class)).toEqual({ stored: 3, active: 3 });
  });

  it("keeps notes and teacher comments on an enrolment, audited", async () => {
    await withTenant(
      a.tenantId,
      (tx) =>
        updateEnrollmentNotes(ctxFor(a)(tx), {
          enrollmentId: a.ids.enrollment,
          notes: "Needs a front seat",
          teacherComments: null,
        }),
      { client: app },
    );
    expect(
      (
        await db.admin.query("SELECT notes, teacher_comments FROM enrollments WHERE id = $1", [
          a.ids.enrollment,
        ])
      ).rows[0],
    ).toEqual({ notes: "Needs a front seat", teacher_comments: null });
    await expect(
      withTenant(
        a.tenantId,
        (tx) =>
          updateEnrollmentNotes(ctxFor(a)(tx), {
            enrollmentId: b.ids.enrollment,
            notes: "x",
            teacherComments: null,
          }),
        { client: app },
      ),
    ).rejects.toThrow(NotFoundError);
  });

  it("treats another school's class, student and enrolment as not found", async () => {
    await expect(enrol([a.spareStudents[3]!], a, b.ids.class)).rejects.toThrow(NotFoundError);
    await expect(enrol([b.spareStudents[0]!], a)).rejects.toThrow(NotFoundError);
    await expect(
      withTenant(
        a.tenantId,
        (tx) =>
          endEnrollment(ctxFor(a)(tx), {
            enrollmentId: b.ids.enrollment,
            status: "dropped",
            date: "2026-09-15",
          }),
        { client: app },
      ),
    ).rejects.toThrow(NotFoundError);
    expect(
      (await db.admin.query("SELECT status FROM enrollments WHERE id = $1", [b.ids.enrollment])).rows[0]
        .status,
    ).toBe("active");
  });

  it("ten identical enrolments at once: one row, and every other request gets the usual answer, not an error", async () => {
    const student = a.spareStudents[3]!;
    await db.admin.query("UPDATE classes SET max_students = 30 WHERE id = $1", [a.ids.class]);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => enrol([student])));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect(r.reason).toBeInstanceOf(UserFacingError);
    }
    expect(
      results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.message),
    ).toEqual(Array(9).fill(expect.stringMatching(/already enrolled/)));
    expect(
      (
        await db.admin.query(
          "SELECT count(*)::int AS n FROM enrollments WHERE student_id = $1 AND class_id = $2",
          [student, a.ids.class],
        )
      ).rows[0].n,
    ).toBe(1);
  });
});
