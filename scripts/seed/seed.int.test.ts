// The demo data as an evaluator meets it, and seeding a second time changing nothing.
import bcrypt from "bcryptjs";
import { verifyPassword } from "../../src/server/auth/passwords.ts";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/support/database.ts";
import { SEED_TABLES } from "../../tests/support/seed-schema.ts";
import { DEFAULT_DEMO_PASSWORD, DEMO_ROLES, DEMO_SCHOOLS, SUPER_ADMIN_EMAIL } from "./demo-schools.ts";
import { seedDemo, type SeedReport } from "./seed.ts";

let db: TestDatabase;
let pool: pg.Pool;
let first: SeedReport;
const TODAY = "2026-11-25";

beforeAll(async () => {
  vi.stubEnv("SEED_TODAY", TODAY);
  vi.stubEnv("DEMO_PASSWORD", "");
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 3 });
  first = await seedDemo(pool);
}, 180_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await pool?.end();
  await db?.drop();
});

const q = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  (await pool.query(sql, params)).rows as T[];
const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  (await q<T>(sql, params))[0]!;
const tenantId = async (slug: string) =>
  (await one<{ id: string }>("SELECT id FROM tenants WHERE slug = $1", [slug])).id;

async function fingerprint() {
  const result: Record<string, string> = {};
  for (const table of SEED_TABLES) {
    const row = await one<{ n: number; digest: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) AS digest FROM ${table} t`,
    );
    result[table] = `${row.n}:${row.digest}`;
  }
  return result;
}

describe("demo seed", () => {
  it("creates the platform tenant and both demo schools", async () => {
    expect(first.created.sort()).toEqual(["lincoln", "platform", "roosevelt"]);
    const rows = await q(
      "SELECT slug, name, subdomain, domain, school_type, school_level, logo_url, primary_color FROM tenants ORDER BY slug",
    );
    expect(rows).toEqual([
      expect.objectContaining({
        slug: "lincoln",
        name: "Lincoln High School",
        subdomain: "lincoln",
        domain: null,
        school_type: "public",
        school_level: "high",
        logo_url: "/brand/lincoln.svg",
      }),
      expect.objectContaining({ slug: "platform", subdomain: null, domain: null }),
      expect.objectContaining({
        slug: "roosevelt",
        name: "Roosevelt Middle School",
        subdomain: "roosevelt",
        domain: "portal.roosevelt-ms.test",
        school_type: "charter",
        school_level: "middle",
        logo_url: "/brand/roosevelt.svg",
      }),
    ]);
    expect(new Set(rows.map((r) => r.primary_color)).size).toBe(3);
  });

  it("seeding again changes nothing", async () => {
    const before = await fingerprint();
    const second = await seedDemo(pool);
    expect(second.created).toEqual([]);
    expect(second.skipped.sort()).toEqual(["lincoln", "platform", "roosevelt"]);
    expect(await fingerprint()).toEqual(before);
  });

  it("gives the platform one super admin whose password is the demo password, hashed at cost 12", async () => {
    const admins = await q<{ email: string; password_hash: string }>(
      "SELECT u.email, u.password_hash FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE t.slug = 'platform'",
    );
    expect(admins.map((a) => a.email)).toEqual([SUPER_ADMIN_EMAIL]);
    expect(bcrypt.getRounds(admins[0]!.password_hash)).toBeGreaterThanOrEqual(12);
    expect(await verifyPassword(DEFAULT_DEMO_PASSWORD, admins[0]!.password_hash)).toBe(true);
    expect(await verifyPassword("Demo-School-2025!", admins[0]!.password_hash)).toBe(false);
  });

  for (const school of DEMO_SCHOOLS) {
    describe(school.name, () => {
      it("has one sign-in per role and school-sized rosters", async () => {
        const id = await tenantId(school.slug);
        const users = await q<{ email: string; role: string }>(
          "SELECT email, role FROM users WHERE tenant_id = $1 ORDER BY role",
          [id],
        );
        expect(users.map((u) => `${u.role}:${u.email}`).sort()).toEqual(
          DEMO_ROLES.map((role) => `${role}:${role}@${school.subdomain}.demo`).sort(),
        );
        const counts = await one<{ students: number; teachers: number; classes: number }>(
          `SELECT (SELECT count(*)::int FROM students WHERE tenant_id = $1) AS students,
                  (SELECT count(*)::int FROM teachers WHERE tenant_id = $1) AS teachers,
                  (SELECT count(*)::int FROM classes WHERE tenant_id = $1) AS classes`,
          [id],
        );
        expect(counts.students).toBeGreaterThanOrEqual(350);
        expect(counts.students).toBeLessThanOrEqual(450);
        expect(counts.teachers).toBeGreaterThanOrEqual(25);
        expect(counts.classes).toBeGreaterThanOrEqual(50);
        expect(counts.classes).toBeLessThanOrEqual(70);
        const grades = await q<{ grade_level: string }>(
          "SELECT DISTINCT grade_level FROM students WHERE tenant_id = $1 ORDER BY 1",
          [id],
        );
        expect(grades.map((g) => g.grade_level).sort()).toEqual([...school.gradeLevels].sort());
      });

      it("has realistic profiles: guardians for all, medical notes, IEP and 504 plans for some", async () => {
        const id = await tenantId(school.slug);
        const p = await one<{
          n: number;
          guardians: number;
          medical: number;
          iep: number;
          s504: number;
          allergies: number;
        }>(
          `SELECT count(*)::int AS n, count(parent_guardian_1_email)::int AS guardians,
                  count(medical_conditions)::int AS medical, count(*) FILTER (WHERE iep_status)::int AS iep,
                  count(*) FILTER (WHERE section_504_status)::int AS s504, count(allergies)::int AS allergies
             FROM students WHERE tenant_id = $1`,
          [id],
        );
        expect(p.guardians).toBe(p.n);
        for (const share of [p.medical, p.iep, p.s504, p.allergies]) {
          expect(share).toBeGreaterThan(p.n * 0.03);
          expect(share).toBeLessThan(p.n * 0.3);
        }
      });

      it("the parent has two children at the school, both enrolled; the student is enrolled", async () => {
        const id = await tenantId(school.slug);
        const children = await q<{ classes: number }>(
          `SELECT (SELECT count(*)::int FROM enrollments e WHERE e.student_id = s.id AND e.status = 'active') AS classes
             FROM students s WHERE s.tenant_id = $1 AND s.parent_guardian_1_email = $2`,
          [id, `parent@${school.subdomain}.demo`],
        );
        expect(children).toHaveLength(2);
        for (const child of children) expect(child.classes).toBeGreaterThan(0);
        const student = await one<{ classes: number }>(
          `SELECT (SELECT count(*)::int FROM enrollments e WHERE e.student_id = s.id) AS classes
             FROM students s JOIN users u ON u.id = s.user_id WHERE u.email = $1`,
          [`student@${school.subdomain}.demo`],
        );
        expect(student.classes).toBeGreaterThanOrEqual(4);
      });

      it("the teacher teaches several classes, and no teacher or room is double-booked", async () => {
        const id = await tenantId(school.slug);
        const taught = await one<{ n: number }>(
          `SELECT count(*)::int AS n FROM classes c JOIN teachers t ON t.id = c.teacher_id JOIN users u ON u.id = t.user_id
            WHERE u.email = $1`,
          [`teacher@${school.subdomain}.demo`],
        );
        expect(taught.n).toBeGreaterThanOrEqual(3);
        const clashes = await q(
          `SELECT teacher, period FROM (
             SELECT teacher_id AS teacher, schedule->>'period' AS period FROM classes WHERE tenant_id = $1
             UNION ALL SELECT co_teacher_id, schedule->>'period' FROM classes WHERE tenant_id = $1 AND co_teacher_id IS NOT NULL
           ) x GROUP BY teacher, period HAVING count(*) > 1`,
          [id],
        );
        expect(clashes).toEqual([]);
        const rooms = await q(
          "SELECT room_number FROM classes WHERE tenant_id = $1 GROUP BY room_number, schedule->>'period' HAVING count(*) > 1",
          [id],
        );
        expect(rooms).toEqual([]);
      });

      it("keeps current_enrollment equal to the active enrolments, within capacity, with weights summing to 100", async () => {
        const id = await tenantId(school.slug);
        const off = await q(
          `SELECT c.class_code FROM classes c
            WHERE c.tenant_id = $1 AND (c.current_enrollment <> (SELECT count(*) FROM enrollments e WHERE e.class_id = c.id AND e.status = 'active')
                  OR c.current_enrollment > c.max_students
                  OR (SELECT sum((g->>'weight')::numeric) FROM jsonb_array_elements(c.grade_categories) g) <> 100)`,
          [id],
        );
        expect(off).toEqual([]);
      });

      it("has a term of graded assignments and a daily register up to today, on school days only", async () => {
        const id = await tenantId(school.slug);
        const g = await one<{ n: number; graded: number; wrong_percentage: number }>(
          `SELECT count(*)::int AS n, count(points_earned)::int AS graded,
                  count(*) FILTER (WHERE percentage IS NOT NULL AND round(points_earned / points_possible * 100, 2) <> percentage)::int AS wrong_percentage
             FROM grades WHERE tenant_id = $1`,
          [id],
        );
        expect(g.n).toBeGreaterThan(10_000);
        expect(g.graded).toBeGreaterThan(g.n * 0.5);
        expect(g.wrong_percentage).toBe(0);
        const a = await one<{ days: number; last: string; weekend: number; rate: number }>(
          `SELECT count(DISTINCT attendance_date)::int AS days, max(attendance_date)::text AS last,
                  count(*) FILTER (WHERE extract(isodow FROM attendance_date) > 5)::int AS weekend,
                  round(avg((status = 'present')::int), 3)::float AS rate
             FROM attendance WHERE tenant_id = $1`,
          [id],
        );
        expect(a.days).toBeGreaterThan(50);
        expect(a.last).toBe(TODAY);
        expect(a.weekend).toBe(0);
        expect(a.rate).toBeGreaterThan(0.85);
        expect(a.rate).toBeLessThan(0.99);
      });

      it("has a calendar its register keeps: no marks on a day it is closed, classes at its bell times", async () => {
        const id = await tenantId(school.slug);
        const year = await one<{ name: string; starts_on: string; current: boolean; holidays: number }>(
          `SELECT y.name, y.starts_on::text, y.is_current AS current,
                  (SELECT count(*)::int FROM calendar_days d WHERE d.school_year_id = y.id AND d.kind = 'holiday') AS holidays
             FROM school_years y WHERE y.tenant_id = $1`,
          [id],
        );
        expect(year).toMatchObject({ current: true });
        expect(year.holidays).toBeGreaterThanOrEqual(6);
        const closedMarked = await one<{ n: number; closed: number }>(
          `SELECT count(a.*)::int AS n,
                  (SELECT count(*)::int FROM calendar_days WHERE tenant_id = $1 AND kind IN ('holiday', 'break', 'teacher_work_day', 'closure') AND day <= $2::date) AS closed
             FROM attendance a JOIN calendar_days d ON d.tenant_id = a.tenant_id AND d.day = a.attendance_date
            WHERE a.tenant_id = $1 AND d.kind IN ('holiday', 'break', 'teacher_work_day', 'closure')`,
          [id, TODAY],
        );
        // Labor Day at least lies between the first day and today.
        expect(closedMarked.closed).toBeGreaterThan(0);
        expect(closedMarked.n).toBe(0);
        const offBell = await one<{ n: number; classes: number }>(
          `SELECT count(*) FILTER (WHERE p.id IS NULL)::int AS n, count(*)::int AS classes
             FROM classes c
             LEFT JOIN bell_schedules s ON s.tenant_id = c.tenant_id AND s.is_default
             LEFT JOIN bell_periods p ON p.bell_schedule_id = s.id AND p.code = c.schedule->>'period'
                  AND to_char(p.starts_at, 'HH24:MI') = c.schedule->>'start' AND to_char(p.ends_at, 'HH24:MI') = c.schedule->>'end'
            WHERE c.tenant_id = $1`,
          [id],
        );
        expect(offBell).toEqual({ n: 0, classes: 60 });
        // Every record names the school's year.
        expect(
          await one("SELECT count(*)::int AS n FROM students WHERE tenant_id = $1 AND academic_year <> $2", [
            id,
            year.name,
          ]),
        ).toEqual({ n: 0 });
      });
    });
  }
});
