// Every demo record opens in its own edit form and saves unchanged: the form's values (the same
// conversion the edit page uses), the action's schema, the service's update — and the stored row
// is what it was. A vocabulary that differs between the data and the form fails here, by record.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemo } from "../../scripts/seed/seed.ts";
import { classToInput } from "../../src/features/classes/form-values.ts";
import { updateClassSchema } from "../../src/features/classes/schemas.ts";
import { updateClass } from "../../src/features/classes/service.ts";
import { assignmentToInput } from "../../src/features/gradebook/form-values.ts";
import { updateAssignmentSchema } from "../../src/features/gradebook/schemas.ts";
import { updateAssignment } from "../../src/features/gradebook/service.ts";
import { studentToInput } from "../../src/features/students/form-values.ts";
import { updateStudentSchema } from "../../src/features/students/schemas.ts";
import { updateStudent } from "../../src/features/students/service.ts";
import { getTeacher, teacherToInput } from "../../src/features/teachers/queries.ts";
import { updateTeacherSchema } from "../../src/features/teachers/schemas.ts";
import { updateTeacher } from "../../src/features/teachers/service.ts";
import { schoolCodes } from "../../src/features/attendance/codes.ts";
import { codeSchema } from "../../src/features/attendance/schemas.ts";
import { saveCode } from "../../src/features/attendance/settings-service.ts";
import { totalsDrift } from "../../src/features/attendance/totals.ts";
import { createPrismaClient, type BasePrismaClient } from "../../src/server/db/prisma.ts";
import { APP_DB_ROLE } from "../../src/server/db/roles.ts";
import { withTenant, type TenantDb } from "../../src/server/db/with-tenant.ts";
import { asAppLogin, createTestDatabase, type TestDatabase } from "../support/database.ts";
import type { SchoolContext } from "../../src/server/school-context.ts";
import { schoolContext } from "../support/school-context.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let schools: { id: string; slug: string; adminId: string; maxTeachers: number }[];
const request = { ip: "192.0.2.1", userAgent: "test", method: "POST", url: "/edit" };

beforeAll(async () => {
  vi.stubEnv("SEED_TODAY", "2026-11-25");
  db = await createTestDatabase();
  const pool = new pg.Pool({ connectionString: db.url, max: 3 });
  await seedDemo(pool);
  await pool.end();
  schools = (
    await db.admin.query(
      `SELECT t.id, t.slug, t.max_teachers AS "maxTeachers", (SELECT u.id FROM users u WHERE u.tenant_id = t.id AND u.role = 'admin' ORDER BY u.email LIMIT 1) AS "adminId"
     FROM tenants t WHERE t.slug IN ('lincoln', 'roosevelt') ORDER BY t.slug`,
    )
  ).rows;
  app = createPrismaClient(asAppLogin(db.url), { role: APP_DB_ROLE, poolSize: 2 });
}, 240_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await app?.$disconnect();
  await db?.drop();
});

/** The row as PostgreSQL renders it, without the column an update always moves. */
const stored = async (table: string, id: string) =>
  (
    await db.admin.query(`SELECT (to_jsonb(t) - 'updated_at')::text AS row FROM ${table} t WHERE id = $1`, [
      id,
    ])
  ).rows[0].row as string;

/** Saves every record of the table through its form; returns the records that did not save unchanged. */
async function saveAll(
  table: string,
  save: (tx: TenantDb, ctx: SchoolContext, id: string, school: (typeof schools)[number]) => Promise<void>,
) {
  const problems: string[] = [];
  let saved = 0;
  for (const school of schools) {
    const ids = (
      await db.admin.query(`SELECT id FROM ${table} WHERE tenant_id = $1 ORDER BY id`, [school.id])
    ).rows.map((r) => r.id as string);
    for (const id of ids) {
      const before = await stored(table, id);
      try {
        await withTenant(
          school.id,
          (tx) =>
            save(
              tx,
              schoolContext(
                tx,
                school.id,
                { id: school.adminId, email: "admin@example.org" },
                { maxTeachers: school.maxTeachers },
                request,
              ),
              id,
              school,
            ),
          { client: app },
        );
      } catch (error) {
        problems.push(`${school.slug} ${table} ${id}: ${(error as Error).message}`);
        continue;
      }
      const after = await stored(table, id);
      if (after !== before) {
        const [was, now] = [JSON.parse(before), JSON.parse(after)] as Record<string, unknown>[];
        const changed = Object.keys(now!).filter(
          (key) => JSON.stringify(now![key]) !== JSON.stringify(was![key]),
        );
        problems.push(
          `${school.slug} ${table} ${id}: an unchanged save changed ${changed.map((k) => `${k} (${JSON.stringify(was![k])} → ${JSON.stringify(now![k])})`).join(", ")}`,
        );
      }
      saved++;
    }
  }
  return { problems, saved };
}

const parsed = <T>(
  result:
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
): T => {
  if (!result.success)
    throw new Error(result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return result.data;
};

describe("every demo record saves unchanged through its own form", () => {
  it("students", async () => {
    const { problems, saved } = await saveAll("students", async (tx, ctx, id) => {
      const student = (await tx.student.findUnique({ where: { id } }))!;
      const input = parsed(updateStudentSchema.safeParse({ id, ...studentToInput(student) }));
      const { id: studentId, ...values } = input;
      await updateStudent(ctx, studentId, values);
    });
    expect(problems).toEqual([]);
    expect(saved).toBeGreaterThan(700);
  });

  it("teachers", async () => {
    const { problems, saved } = await saveAll("teachers", async (tx, ctx, id) => {
      const teacher = (await getTeacher(tx, id))!;
      const input = parsed(updateTeacherSchema.safeParse({ id, ...teacherToInput(teacher) }));
      const { id: teacherId, ...values } = input;
      await updateTeacher(ctx, teacherId, values);
    });
    expect(problems).toEqual([]);
    expect(saved).toBeGreaterThan(50);
  });

  it("classes", async () => {
    const { problems, saved } = await saveAll("classes", async (tx, ctx, id) => {
      const cls = (await tx.class.findUnique({ where: { id } }))!;
      const input = parsed(updateClassSchema.safeParse({ id, ...classToInput(cls) }));
      const { id: classId, ...values } = input;
      await updateClass(ctx, classId, values);
    });
    expect(problems).toEqual([]);
    expect(saved).toBeGreaterThan(100);
  });

  it("assignments, and their grade rows stay as they were", async () => {
    const gradesBefore = (
      await db.admin.query("SELECT md5(string_agg(g::text, '|' ORDER BY id)) AS d FROM grades g")
    ).rows[0].d;
    const { problems, saved } = await saveAll("assignments", async (tx, ctx, id) => {
      const a = (await tx.assignment.findUnique({ where: { id } }))!;
      const input = parsed(updateAssignmentSchema.safeParse({ id, ...assignmentToInput(a, "") }));
      const { id: assignmentId, ...values } = input;
      await updateAssignment(ctx, assignmentId, values);
    });
    expect(problems).toEqual([]);
    expect(saved).toBeGreaterThan(500);
    const gradesAfter = (
      await db.admin.query("SELECT md5(string_agg(g::text, '|' ORDER BY id)) AS d FROM grades g")
    ).rows[0].d;
    expect(gradesAfter).toBe(gradesBefore);
  });
});

describe("attendance in the demo schools", () => {
  it("every attendance code saves unchanged through its form", async () => {
    for (const school of schools) await withTenant(school.id, (tx) => schoolCodes(tx), { client: app });
    const { problems, saved } = await saveAll("attendance_codes", async (tx, ctx, id) => {
      const c = (await tx.attendanceCode.findUnique({ where: { id } }))!;
      const input = parsed(
        codeSchema.safeParse({
          id,
          code: c.code,
          name: c.name,
          status: c.status,
          countsAs: c.countsAs,
          isActive: c.isActive,
        }),
      );
      await saveCode(ctx, input);
    });
    expect(problems).toEqual([]);
    expect(saved).toBe(16);
  });

  it("every enrolment's attendance totals are what the marks and the calendar say", async () => {
    for (const school of schools) {
      const { checked, wrong } = await withTenant(school.id, (tx) => totalsDrift(tx), { client: app });
      expect(wrong, school.slug).toEqual([]);
      expect(checked, school.slug).toBeGreaterThan(1_000);
    }
  });
});

describe("every demo grade row names its assignment and carries its fields", () => {
  it("has no grade without an assignment, and none that disagrees with it", async () => {
    const { rows } = await db.admin.query(
      `SELECT count(*) FILTER (WHERE g.assignment_id IS NULL)::int AS orphans,
              count(*) FILTER (WHERE a.id IS NOT NULL AND (g.assignment_name, g.assignment_type, g.category, g.points_possible,
                g.assigned_date, g.due_date, g.is_extra_credit, g.class_id)
                IS DISTINCT FROM (a.name, a.assignment_type, a.category, a.points_possible, a.assigned_date, a.due_date,
                a.is_extra_credit, a.class_id))::int AS disagree,
              count(*)::int AS total
         FROM grades g LEFT JOIN assignments a ON a.tenant_id = g.tenant_id AND a.id = g.assignment_id`,
    );
    expect(rows[0]).toMatchObject({ orphans: 0, disagree: 0 });
    expect(rows[0].total).toBeGreaterThan(10_000);
  });
});
