// Minimal valid rows for arranging database tests, written with plain SQL as the owner.
import { randomUUID } from "node:crypto";
import type pg from "pg";

export async function insertTenant(db: pg.ClientBase, slug = `school-${randomUUID().slice(0, 8)}`) {
  const { rows } = await db.query(
    `INSERT INTO tenants (name, slug, subdomain, school_name, school_type, school_level)
     VALUES ($1, $2, $2, $1, 'public', 'high') RETURNING id`,
    [`School ${slug}`, slug],
  );
  await insertSchoolYears(db, rows[0].id);
  return rows[0].id as string;
}

/** The years tests' records name (students and classes must name a year of their school); 2026-2027 is current. */
const TEST_YEARS = ["2025-2026", "2026-2027", "2027-2028"];

export async function insertSchoolYears(db: pg.ClientBase, tenantId: string, names: string[] = TEST_YEARS) {
  await db.query(
    `INSERT INTO school_years (tenant_id, name, starts_on, ends_on, is_current)
     SELECT $1, n, make_date(left(n, 4)::int, 8, 17), make_date(left(n, 4)::int + 1, 6, 11), n = '2026-2027'
       FROM unnest($2::text[]) AS n
     ON CONFLICT (tenant_id, name) DO NOTHING`,
    [tenantId, names],
  );
}

export async function insertUser(
  db: pg.ClientBase,
  tenantId: string,
  email = `${randomUUID().slice(0, 8)}@example.com`,
  role = "teacher",
) {
  const { rows } = await db.query(
    `INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role)
     VALUES ($1, $2, 'x', 'Ada', 'Lovelace', $3) RETURNING id`,
    [tenantId, email, role],
  );
  return rows[0].id as string;
}

export async function insertStudent(
  db: pg.ClientBase,
  tenantId: string,
  extra: { userId?: string; studentId?: string; createdBy?: string } = {},
) {
  const { rows } = await db.query(
    `INSERT INTO students (tenant_id, user_id, student_id, first_name, last_name, date_of_birth, grade_level,
                           enrollment_date, academic_year, created_by)
     VALUES ($1, $2, $3, 'Sam', 'Rivera', '2011-04-02', '9', '2026-08-24', '2026-2027', $4) RETURNING id`,
    [
      tenantId,
      extra.userId ?? null,
      extra.studentId ?? `S-${randomUUID().slice(0, 8)}`,
      extra.createdBy ?? null,
    ],
  );
  return rows[0].id as string;
}

export async function insertTeacher(
  db: pg.ClientBase,
  tenantId: string,
  extra: { userId?: string; email?: string; employeeId?: string } = {},
) {
  const { rows } = await db.query(
    `INSERT INTO teachers (tenant_id, user_id, employee_id, first_name, last_name, email, hire_date)
     VALUES ($1, $2, $3, 'Grace', 'Hopper', $4, '2015-08-15') RETURNING id`,
    [
      tenantId,
      extra.userId ?? null,
      extra.employeeId ?? `E-${randomUUID().slice(0, 8)}`,
      extra.email ?? `${randomUUID().slice(0, 8)}@example.com`,
    ],
  );
  return rows[0].id as string;
}

export async function insertClass(
  db: pg.ClientBase,
  tenantId: string,
  extra: { teacherId?: string; code?: string } = {},
) {
  const { rows } = await db.query(
    `INSERT INTO classes (tenant_id, class_code, name, subject, grade_level, academic_year, start_date, teacher_id)
     VALUES ($1, $2, 'Algebra I', 'Mathematics', '9', '2026-2027', '2026-08-24', $3) RETURNING id`,
    [tenantId, extra.code ?? `C-${randomUUID().slice(0, 8)}`, extra.teacherId ?? null],
  );
  return rows[0].id as string;
}

export async function insertEnrollment(
  db: pg.ClientBase,
  tenantId: string,
  studentId: string,
  classId: string,
) {
  const { rows } = await db.query(
    "INSERT INTO enrollments (tenant_id, student_id, class_id) VALUES ($1, $2, $3) RETURNING id",
    [tenantId, studentId, classId],
  );
  return rows[0].id as string;
}
