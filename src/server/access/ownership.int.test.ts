// Whose records each person sees, against the database: a teacher their taught and co-taught
// classes and those classes' active students; a parent the children they are guardian of; a student
// themselves; an unknown role no one; and never a record of another school.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../db/prisma.ts";
import { withTenant } from "../db/with-tenant.ts";
import { classesVisibleTo, studentsVisibleTo, teacherClassIds, type Viewer } from "./ownership.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let coTaught: string;
let parentId: string;
let studentUserId: string;

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  const other = (
    await db.admin.query(
      "INSERT INTO teachers (tenant_id, employee_id, first_name, last_name, email, hire_date) VALUES ($1, 'E2', 'Omar', 'Other', 'omar@example.org', '2020-01-01') RETURNING id",
      [a.tenantId],
    )
  ).rows[0].id;
  coTaught = (
    await db.admin.query(
      `INSERT INTO classes (tenant_id, class_code, name, subject, grade_level, academic_year, start_date, teacher_id, co_teacher_id)
       VALUES ($1, 'BIO', 'Biology', 'Science', '9', '2026-2027', '2026-08-24', $2, $3) RETURNING id`,
      [a.tenantId, other, a.ids.teacher],
    )
  ).rows[0].id;
  parentId = (
    await db.admin.query(
      "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'pat@example.org', 'x', 'Pat', 'Parent', 'parent') RETURNING id",
      [a.tenantId],
    )
  ).rows[0].id;
  studentUserId = (
    await db.admin.query(
      "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'sam@example.org', 'x', 'Sam', 'Student', 'student') RETURNING id",
      [a.tenantId],
    )
  ).rows[0].id;
  // Linked to two children; a third lists the same address in its guardian fields but has no link.
  for (const child of [a.spareStudents[0], a.spareStudents[1]])
    await db.admin.query(
      "INSERT INTO student_guardians (tenant_id, student_id, user_id) VALUES ($1, $2, $3)",
      [a.tenantId, child, parentId],
    );
  await db.admin.query("UPDATE students SET parent_guardian_1_email = 'pat@example.org' WHERE id = $1", [
    a.spareStudents[2],
  ]);
  await db.admin.query("UPDATE students SET parent_guardian_1_email = 'pat@example.org' WHERE id = $1", [
    b.ids.student,
  ]);
  await db.admin.query("UPDATE students SET user_id = $2 WHERE id = $1", [a.ids.student, studentUserId]);
});
afterAll(() => closeSchoolDatabase(db, app));

const seen = async (viewer: Viewer) =>
  withTenant(
    a.tenantId,
    async (tx) => ({
      classes: (await tx.class.findMany({ where: await classesVisibleTo(tx, viewer), select: { id: true } }))
        .map((c) => c.id)
        .sort(),
      students: (
        await tx.student.findMany({ where: await studentsVisibleTo(tx, viewer), select: { id: true } })
      )
        .map((s) => s.id)
        .sort(),
    }),
    { client: app },
  );

describe("ownership", () => {
  it("a teacher: the classes they teach or co-teach, and the students active in them", async () => {
    const ids = await withTenant(a.tenantId, (tx) => teacherClassIds(tx, a.ids.user), { client: app });
    expect(ids.sort()).toEqual([a.ids.class, coTaught].sort());
    const mine = await seen({ id: a.ids.user, role: "teacher", permissions: {} });
    expect(mine.classes).toEqual([a.ids.class, coTaught].sort());
    expect(mine.students).toEqual([a.ids.student]);
    await db.admin.query("UPDATE enrollments SET status = 'dropped' WHERE id = $1", [a.ids.enrollment]);
    expect((await seen({ id: a.ids.user, role: "teacher", permissions: {} })).students).toEqual([]);
    await db.admin.query("UPDATE enrollments SET status = 'active' WHERE id = $1", [a.ids.enrollment]);
  });

  it("a parent: the children linked to them, not a child that merely lists their address; a removed link counts at once", async () => {
    const family = await seen({ id: parentId, role: "parent", permissions: {} });
    expect(family.students).toEqual([a.spareStudents[0]!, a.spareStudents[1]!].sort());
    expect(family.classes).toEqual([]);
    await db.admin.query("DELETE FROM student_guardians WHERE student_id = $1", [a.spareStudents[1]]);
    expect((await seen({ id: parentId, role: "parent", permissions: {} })).students).toEqual([
      a.spareStudents[0]!,
    ]);
  });

  it("a student: their own record only; an unknown role: nothing; the office: everyone", async () => {
    expect((await seen({ id: studentUserId, role: "student", permissions: {} })).students).toEqual([
      a.ids.student,
    ]);
    expect(await seen({ id: a.ids.user, role: "janitor", permissions: {} })).toEqual({
      classes: [],
      students: [],
    });
    expect((await seen({ id: a.ids.user, role: "principal", permissions: {} })).students).toHaveLength(7);
  });
});
