// The roster picker's candidates carry the office's warnings: a grade that is not the class's, and
// a class that meets when the student is already in another (same year, overlapping term).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import { NotFoundError } from "../../server/errors.ts";
import { vocabulary } from "../../i18n/translate.ts";
import { enrolmentCandidates } from "./queries.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let biology: string;

const newClass = async (
  school: School,
  code: string,
  schedule: object,
  semester: string | null = "full_year",
) =>
  (
    await db.admin.query(
      `INSERT INTO classes (tenant_id, class_code, name, subject, grade_level, academic_year, start_date, schedule, semester)
   VALUES ($1, $2, $2, 'Science', '9', '2026-2027', '2026-08-24', $3, $4) RETURNING id`,
      [school.tenantId, code, JSON.stringify(schedule), semester],
    )
  ).rows[0].id as string;

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  // Algebra I (the fixture's class, with S1 and SP0 enrolled) meets Mon/Wed 9:00–9:50.
  await db.admin.query(
    `UPDATE classes SET schedule = '{"days":["mon","wed"],"start":"09:00","end":"09:50"}', semester = 'full_year' WHERE id = $1`,
    [a.ids.class],
  );
  await db.admin.query("INSERT INTO enrollments (tenant_id, student_id, class_id) VALUES ($1, $2, $3)", [
    a.tenantId,
    a.spareStudents[0],
    a.ids.class,
  ]);
  await db.admin.query("UPDATE students SET grade_level = '10' WHERE id = $1", [a.spareStudents[1]]);
  biology = await newClass(a, "BIO1", { days: ["wed", "fri"], start: "09:30", end: "10:20" });
});
afterAll(() => closeSchoolDatabase(db, app));

const candidates = (classId: string, q = "") =>
  withTenant(a.tenantId, (tx) => enrolmentCandidates(tx, classId, q, vocabulary("en-US")), { client: app });
const warningsOf = async (classId: string, studentId: string) =>
  (await candidates(classId)).find((c) => c.id === studentId)?.warnings;

describe("enrolment candidates", () => {
  it("warns of a timetable clash with the class the student is already in", async () => {
    expect(await warningsOf(biology, a.spareStudents[0]!)).toEqual([
      "Already in ALG1 Algebra I at that time (Mon, Wed · 09:00–09:50).",
    ]);
    expect(await warningsOf(biology, a.spareStudents[2]!)).toEqual([]);
  });

  it("warns when the student's grade is not the class's", async () => {
    expect(await warningsOf(biology, a.spareStudents[1]!)).toEqual([
      "In Grade 10; the class is for Grade 9.",
    ]);
  });

  it("does not warn for a class in another term, or one at another time", async () => {
    const springOnly = await newClass(a, "CHEM2", { days: ["mon"], start: "09:00", end: "09:50" }, "spring");
    await db.admin.query("UPDATE classes SET semester = 'fall' WHERE id = $1", [a.ids.class]);
    expect(await warningsOf(springOnly, a.spareStudents[0]!)).toEqual([]);
    await db.admin.query("UPDATE classes SET semester = 'full_year' WHERE id = $1", [a.ids.class]);
    const later = await newClass(a, "ART1", { days: ["mon", "wed"], start: "09:50", end: "10:40" });
    expect(await warningsOf(later, a.spareStudents[0]!)).toEqual([]);
  });

  it("does not find another school's class", async () => {
    const theirs = await newClass(b, "THEIRS", { days: ["mon"] });
    await expect(candidates(theirs)).rejects.toThrow(NotFoundError);
  });
});
