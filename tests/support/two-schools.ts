// Two schools with the same shape of data, written as the superuser (row-level security does not
// apply), for isolation tests: every id of school B is something school A must never reach.
import { insertSchoolYears } from "./fixtures.ts";
import { randomUUID } from "node:crypto";
import type pg from "pg";

export const MODEL_TABLES = {
  user: "users",
  student: "students",
  teacher: "teachers",
  class: "classes",
  enrollment: "enrollments",
  grade: "grades",
  attendance: "attendance",
  auditLog: "audit_logs",
} as const;
export type ModelName = keyof typeof MODEL_TABLES;
export const MODEL_NAMES = Object.keys(MODEL_TABLES) as ModelName[];

export interface School {
  tenantId: string;
  ids: Record<ModelName, string>;
  /** Students with no enrolment yet, for tests that create enrolments. */
  spareStudents: string[];
}

async function insert(db: pg.ClientBase, sql: string, params: unknown[]): Promise<string> {
  const { rows } = await db.query(`${sql} RETURNING id`, params);
  return rows[0].id;
}

export async function createSchool(db: pg.ClientBase, label: string): Promise<School> {
  const slug = `${label}-${randomUUID().slice(0, 8)}`;
  const tenantId = await insert(
    db,
    "INSERT INTO tenants (name, slug, subdomain, school_name, school_type, school_level) VALUES ($1, $2, $2, $1, 'public', 'high')",
    [`School ${label}`, slug],
  );
  await insertSchoolYears(db, tenantId);
  const user = await insert(
    db,
    "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'teacher@example.org', 'x', 'Tess', 'Teacher', 'teacher')",
    [tenantId],
  );
  const teacher = await insert(
    db,
    "INSERT INTO teachers (tenant_id, user_id, employee_id, first_name, last_name, email, hire_date) VALUES ($1, $2, 'E1', 'Tess', 'Teacher', 'teacher@example.org', '2020-08-15')",
    [tenantId, user],
  );
  const student = await insert(
    db,
    `INSERT INTO students (tenant_id, student_id, first_name, last_name, date_of_birth, grade_level, enrollment_date, academic_year)
     VALUES ($1, 'S1', 'Sam', 'Student', '2011-03-04', '9', '2026-08-24', '2026-2027')`,
    [tenantId],
  );
  const spareStudents: string[] = [];
  for (let i = 0; i < 6; i++) {
    spareStudents.push(
      await insert(
        db,
        `INSERT INTO students (tenant_id, student_id, first_name, last_name, date_of_birth, grade_level, enrollment_date, academic_year)
       VALUES ($1, $2, 'Spare', 'Student', '2011-03-04', '9', '2026-08-24', '2026-2027')`,
        [tenantId, `SP${i}`],
      ),
    );
  }
  const cls = await insert(
    db,
    `INSERT INTO classes (tenant_id, class_code, name, subject, grade_level, academic_year, start_date, teacher_id)
     VALUES ($1, 'ALG1', 'Algebra I', 'Mathematics', '9', '2026-2027', '2026-08-24', $2)`,
    [tenantId, teacher],
  );
  const enrollment = await insert(
    db,
    "INSERT INTO enrollments (tenant_id, student_id, class_id) VALUES ($1, $2, $3)",
    [tenantId, student, cls],
  );
  const grade = await insert(
    db,
    `INSERT INTO grades (tenant_id, student_id, class_id, enrollment_id, assignment_name, assignment_type, points_possible, points_earned, assigned_date)
     VALUES ($1, $2, $3, $4, 'Quiz 1', 'quiz', 20, 17, '2026-09-01')`,
    [tenantId, student, cls, enrollment],
  );
  const attendance = await insert(
    db,
    "INSERT INTO attendance (tenant_id, student_id, class_id, attendance_date, status, period) VALUES ($1, $2, $3, '2026-09-01', 'present', 'daily')",
    [tenantId, student, cls],
  );
  const auditLog = await insert(
    db,
    "INSERT INTO audit_logs (tenant_id, user_id, action, resource_type, resource_id) VALUES ($1, $2, 'update', 'student', $3)",
    [tenantId, user, student],
  );
  return {
    tenantId,
    ids: { user, teacher, student, class: cls, enrollment, grade, attendance, auditLog },
    spareStudents,
  };
}

/** A digest of every row a school owns (and its tenant row), to prove nothing of it changed. */
export async function fingerprintSchool(
  db: pg.ClientBase,
  tenantId: string,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of ["tenants", ...Object.values(MODEL_TABLES)]) {
    const column = table === "tenants" ? "id" : "tenant_id";
    const { rows } = await db.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) AS digest FROM ${table} t WHERE ${column} = $1`,
      [tenantId],
    );
    out[table] = `${rows[0].n}:${rows[0].digest}`;
  }
  return out;
}
