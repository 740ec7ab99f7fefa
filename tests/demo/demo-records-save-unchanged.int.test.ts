// Every demo record opens in its own edit form and saves unchanged: the form's values (the same
// conversion the edit page uses), the action's schema, the service's update — and the stored row
// is what it was. A vocabulary that differs between the data and the form fails here, by record.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemo } from "../../scripts/seed/seed.ts";
import { classToInput } from "../../src/features/classes/form-values.ts";
import { updateClassSchema } from "../../src/features/classes/schemas.ts";
import { updateClass } from "../../src/features/classes/service.ts";
import { studentToInput } from "../../src/features/students/form-values.ts";
import { updateStudentSchema } from "../../src/features/students/schemas.ts";
import { updateStudent } from "../../src/features/students/service.ts";
import { getTeacher, teacherToInput } from "../../src/features/teachers/queries.ts";
import { updateTeacherSchema } from "../../src/features/teachers/schemas.ts";
import { updateTeacher } from "../../src/features/teachers/service.ts";
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
});
