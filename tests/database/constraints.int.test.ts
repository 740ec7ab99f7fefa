// What the database itself refuses, whatever the application does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import {
  insertClass,
  insertEnrollment,
  insertStudent,
  insertTeacher,
  insertTenant,
  insertUser,
} from "../support/fixtures.ts";

let db: TestDatabase;
let a: string;
let b: string;

beforeAll(async () => {
  db = await createTestDatabase();
  a = await insertTenant(db.admin);
  b = await insertTenant(db.admin);
});
afterAll(async () => db?.drop());

const UNIQUE_VIOLATION = "23505";
const FOREIGN_KEY_VIOLATION = "23503";

async function expectCode(promise: Promise<unknown>, code: string, constraint?: string) {
  const error = await promise.then(
    () => null,
    (e: { code?: string; constraint?: string }) => e,
  );
  expect(error, "the database accepted it").not.toBeNull();
  expect(error!.code).toBe(code);
  if (constraint) expect(error!.constraint).toBe(constraint);
}

describe("each documented UNIQUE constraint rejects a duplicate", () => {
  it("tenants.slug, domain and subdomain", async () => {
    await db.admin.query("UPDATE tenants SET domain = 'a.example.org' WHERE id = $1", [a]);
    const { rows } = await db.admin.query("SELECT slug, subdomain FROM tenants WHERE id = $1", [a]);
    const insert = (slug: string, domain: string | null, subdomain: string | null) =>
      db.admin.query(
        `INSERT INTO tenants (name, slug, domain, subdomain, school_name, school_type, school_level)
       VALUES ('X', $1, $2, $3, 'X', 'public', 'high')`,
        [slug, domain, subdomain],
      );
    await expectCode(insert(rows[0].slug, null, null), UNIQUE_VIOLATION, "tenants_slug_key");
    await expectCode(insert("fresh-1", "a.example.org", null), UNIQUE_VIOLATION, "tenants_domain_key");
    await expectCode(insert("fresh-2", null, rows[0].subdomain), UNIQUE_VIOLATION, "tenants_subdomain_key");
  });

  it("users: one email per school, the same email allowed at another school", async () => {
    await insertUser(db.admin, a, "same@example.com");
    await expectCode(
      insertUser(db.admin, a, "same@example.com"),
      UNIQUE_VIOLATION,
      "unique_email_per_tenant",
    );
    await expect(insertUser(db.admin, b, "same@example.com")).resolves.toBeTruthy();
  });

  it("students: one student ID per school", async () => {
    await insertStudent(db.admin, a, { studentId: "S-1" });
    await expectCode(
      insertStudent(db.admin, a, { studentId: "S-1" }),
      UNIQUE_VIOLATION,
      "unique_student_id_per_tenant",
    );
    await expect(insertStudent(db.admin, b, { studentId: "S-1" })).resolves.toBeTruthy();
  });

  it("teachers: one employee ID and one email per school", async () => {
    await insertTeacher(db.admin, a, { employeeId: "E-1", email: "t@example.com" });
    await expectCode(
      insertTeacher(db.admin, a, { employeeId: "E-1" }),
      UNIQUE_VIOLATION,
      "unique_employee_id_per_tenant",
    );
    await expectCode(
      insertTeacher(db.admin, a, { email: "t@example.com" }),
      UNIQUE_VIOLATION,
      "unique_teacher_email_per_tenant",
    );
  });

  it("classes: one class code per school and academic year", async () => {
    await insertClass(db.admin, a, { code: "MATH9-1" });
    await expectCode(
      insertClass(db.admin, a, { code: "MATH9-1" }),
      UNIQUE_VIOLATION,
      "unique_class_code_per_tenant",
    );
    await db.admin.query(
      `INSERT INTO classes (tenant_id, class_code, name, subject, grade_level, academic_year, start_date)
       VALUES ($1, 'MATH9-1', 'Algebra I', 'Mathematics', '9', '2027-2028', '2027-08-23')`,
      [a],
    );
  });

  it("enrollments: a student once per class", async () => {
    const student = await insertStudent(db.admin, a);
    const cls = await insertClass(db.admin, a);
    await insertEnrollment(db.admin, a, student, cls);
    await expectCode(insertEnrollment(db.admin, a, student, cls), UNIQUE_VIOLATION, "unique_student_class");
  });

  it("attendance: one mark per student, day and period", async () => {
    const student = await insertStudent(db.admin, a);
    const mark = () =>
      db.admin.query(
        "INSERT INTO attendance (tenant_id, student_id, attendance_date, status, period) VALUES ($1, $2, '2026-11-02', 'present', 'daily')",
        [a, student],
      );
    await mark();
    await expectCode(mark(), UNIQUE_VIOLATION, "unique_student_date_period");
  });
});

describe("references cannot cross schools", () => {
  it("rejects an enrolment pairing school A's student with school B's class", async () => {
    const student = await insertStudent(db.admin, a);
    const otherClass = await insertClass(db.admin, b);
    await expectCode(
      insertEnrollment(db.admin, a, student, otherClass),
      FOREIGN_KEY_VIOLATION,
      "enrollments_class_same_tenant_fkey",
    );
    await expectCode(
      insertEnrollment(db.admin, b, student, otherClass),
      FOREIGN_KEY_VIOLATION,
      "enrollments_student_same_tenant_fkey",
    );
  });

  it("rejects a grade pointing at another school's enrolment", async () => {
    const student = await insertStudent(db.admin, a);
    const cls = await insertClass(db.admin, a);
    const foreignEnrollment = await insertEnrollment(
      db.admin,
      b,
      await insertStudent(db.admin, b),
      await insertClass(db.admin, b),
    );
    await expectCode(
      db.admin.query(
        `INSERT INTO grades (tenant_id, student_id, class_id, enrollment_id, assignment_name, assignment_type, points_possible, assigned_date)
       VALUES ($1, $2, $3, $4, 'Quiz 1', 'quiz', 20, '2026-09-01')`,
        [a, student, cls, foreignEnrollment],
      ),
      FOREIGN_KEY_VIOLATION,
      "grades_enrollment_same_tenant_fkey",
    );
  });

  it("rejects a class taught by another school's teacher and a student linked to another school's login", async () => {
    const foreignTeacher = await insertTeacher(db.admin, b);
    await expectCode(
      insertClass(db.admin, a, { teacherId: foreignTeacher }),
      FOREIGN_KEY_VIOLATION,
      "classes_teacher_same_tenant_fkey",
    );
    const foreignUser = await insertUser(db.admin, b);
    await expectCode(
      insertStudent(db.admin, a, { userId: foreignUser }),
      FOREIGN_KEY_VIOLATION,
      "students_user_same_tenant_fkey",
    );
  });

  it("rejects an audit row of school A naming school B's user", async () => {
    const foreignUser = await insertUser(db.admin, b);
    await expectCode(
      db.admin.query(
        "INSERT INTO audit_logs (tenant_id, user_id, action, resource_type) VALUES ($1, $2, 'update', 'student')",
        [a, foreignUser],
      ),
      FOREIGN_KEY_VIOLATION,
      "audit_logs_user_same_tenant_fkey",
    );
  });
});

describe("ON DELETE behaviour", () => {
  it("deleting a user linked by SET NULL keeps the referencing rows and their tenant_id", async () => {
    const user = await insertUser(db.admin, a);
    const student = await insertStudent(db.admin, a, { userId: user });
    const teacher = await insertTeacher(db.admin, a, { userId: user });
    const {
      rows: [audit],
    } = await db.admin.query(
      "INSERT INTO audit_logs (tenant_id, user_id, action, resource_type) VALUES ($1, $2, 'login', 'user') RETURNING id",
      [a, user],
    );

    await db.admin.query("DELETE FROM users WHERE id = $1", [user]);

    const {
      rows: [s],
    } = await db.admin.query("SELECT tenant_id, user_id FROM students WHERE id = $1", [student]);
    const {
      rows: [t],
    } = await db.admin.query("SELECT tenant_id, user_id FROM teachers WHERE id = $1", [teacher]);
    const {
      rows: [l],
    } = await db.admin.query("SELECT tenant_id, user_id FROM audit_logs WHERE id = $1", [audit.id]);
    expect(s).toEqual({ tenant_id: a, user_id: null });
    expect(t).toEqual({ tenant_id: a, user_id: null });
    expect(l).toEqual({ tenant_id: a, user_id: null });
  });

  it("deleting a teacher unassigns their classes but keeps them in the school", async () => {
    const teacher = await insertTeacher(db.admin, a);
    const cls = await insertClass(db.admin, a, { teacherId: teacher });
    await db.admin.query("UPDATE classes SET co_teacher_id = $1 WHERE id = $2", [teacher, cls]);
    await db.admin.query("DELETE FROM teachers WHERE id = $1", [teacher]);
    const {
      rows: [c],
    } = await db.admin.query("SELECT tenant_id, teacher_id, co_teacher_id FROM classes WHERE id = $1", [cls]);
    expect(c).toEqual({ tenant_id: a, teacher_id: null, co_teacher_id: null });
  });

  it("deleting a student removes their enrolments, grades and attendance", async () => {
    const student = await insertStudent(db.admin, a);
    const cls = await insertClass(db.admin, a);
    const enrollment = await insertEnrollment(db.admin, a, student, cls);
    await db.admin.query(
      `INSERT INTO grades (tenant_id, student_id, class_id, enrollment_id, assignment_name, assignment_type, points_possible, assigned_date)
       VALUES ($1, $2, $3, $4, 'Quiz 1', 'quiz', 20, '2026-09-01')`,
      [a, student, cls, enrollment],
    );
    await db.admin.query(
      "INSERT INTO attendance (tenant_id, student_id, attendance_date, status, period) VALUES ($1, $2, '2026-11-03', 'absent', 'daily')",
      [a, student],
    );
    await db.admin.query("DELETE FROM students WHERE id = $1", [student]);
    for (const table of ["enrollments", "grades", "attendance"]) {
      const { rows } = await db.admin.query(`SELECT count(*)::int AS n FROM ${table} WHERE student_id = $1`, [
        student,
      ]);
      expect(rows[0].n, table).toBe(0);
    }
  });
});

describe("updated_at", () => {
  it("is set by the database on every UPDATE, and created_at is left alone", async () => {
    const student = await insertStudent(db.admin, a);
    await db.admin.query(
      "UPDATE students SET updated_at = '2000-01-01', created_at = '2000-01-01' WHERE id = $1",
      [student],
    );
    const {
      rows: [before],
    } = await db.admin.query("SELECT created_at, updated_at FROM students WHERE id = $1", [student]);
    expect(before.updated_at.getUTCFullYear()).toBeGreaterThan(2000); // the trigger overrides a stale value
    await db.admin.query("UPDATE students SET updated_at = '2000-01-01' WHERE id = $1", [student]);
    await db.admin.query("UPDATE students SET first_name = 'Samira' WHERE id = $1", [student]);
    const {
      rows: [after],
    } = await db.admin.query("SELECT created_at, updated_at FROM students WHERE id = $1", [student]);
    expect(after.created_at.getUTCFullYear()).toBe(2000);
    expect(after.updated_at.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("has a trigger on every table that has the column", async () => {
    const { rows } = await db.admin.query(
      `SELECT c.table_name, count(t.tgname)::int AS triggers
         FROM information_schema.columns c
         LEFT JOIN pg_trigger t ON t.tgrelid = c.table_name::regclass AND NOT t.tgisinternal
        WHERE c.table_schema = 'public' AND c.column_name = 'updated_at'
        GROUP BY c.table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        "tenants",
        "users",
        "students",
        "teachers",
        "classes",
        "enrollments",
        "grades",
        "attendance",
      ]),
    );
    for (const row of rows) expect(row.triggers, row.table_name).toBeGreaterThanOrEqual(1);
  });
});
