// The school door behind PgBouncer in transaction pooling mode (docs/decisions/021): many client
// connections share two server connections, so anything the app set outside a transaction would
// leak from one school's request into another's. These tests pass only because the school and
// the statement timeout are transaction-local and the role is the pooled database's own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPgBouncer, type PgBouncer } from "../../scripts/db/pgbouncer.ts";
import { isDatabaseUnavailable } from "../../src/server/db/errors.ts";
import { createPrismaClient, type BasePrismaClient } from "../../src/server/db/prisma.ts";
import { APP_DB_ROLE, PLATFORM_DB_ROLE } from "../../src/server/db/roles.ts";
import { withTenant, withTenantSerializable } from "../../src/server/db/with-tenant.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createSchool, type School } from "../support/two-schools.ts";

let db: TestDatabase;
let bouncer: PgBouncer;
let app: BasePrismaClient;
let platform: BasePrismaClient;
let a: School;
let b: School;
const studentsOf = async (school: School) =>
  (await db.admin.query("SELECT count(*)::int AS n FROM students WHERE tenant_id = $1", [school.tenantId]))
    .rows[0].n as number;

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createSchool(db.admin, "a");
  b = await createSchool(db.admin, "b");
  bouncer = await startPgBouncer(db.url, { poolSize: 2 });
  // Exactly as the app makes its clients: the role start-up option goes unheard through the pooler.
  app = createPrismaClient(bouncer.appUrl, { role: APP_DB_ROLE, poolSize: 12 });
  platform = createPrismaClient(bouncer.platformUrl, { role: PLATFORM_DB_ROLE, poolSize: 4 });
});
afterAll(async () => {
  await app?.$disconnect();
  await platform?.$disconnect();
  await bouncer?.stop();
  await db?.drop();
});

describe("behind PgBouncer (transaction pooling)", () => {
  it("runs forty transactions of two schools over two server connections without mixing them", async () => {
    const expected = { [a.tenantId]: await studentsOf(a), [b.tenantId]: await studentsOf(b) };
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const school = i % 2 ? a : b;
        return withTenant(
          school.tenantId,
          async (tx) => {
            const rows = await tx.student.findMany({ select: { tenantId: true } });
            return { school, rows, count: await tx.student.count() };
          },
          { client: app },
        );
      }),
    );
    for (const { school, rows, count } of results) {
      expect(new Set(rows.map((r) => r.tenantId))).toEqual(new Set([school.tenantId]));
      expect(count).toBe(expected[school.tenantId]);
    }
    const servers = await db.admin.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = 'sis_app' AND datname = current_database()",
    );
    expect(servers.rows[0].n).toBeLessThanOrEqual(4);
  });

  it("hands a server connection on with no school, no timeout of its last transaction, and its role", async () => {
    await Promise.all(
      [a, b, a, b].map((school) =>
        withTenant(school.tenantId, (tx) => tx.student.count(), { client: app, timeoutMs: 1_234 }),
      ),
    );
    for (let i = 0; i < 6; i++) {
      const [row] = await app.$queryRaw<
        Array<{ school: string | null; timeout: string; role: string; seen: number }>
      >`
        SELECT current_setting('app.tenant_id', true) AS school, current_setting('statement_timeout') AS timeout,
               current_user::text AS role, (SELECT count(*)::int FROM students) AS seen`;
      expect(row).toMatchObject({ timeout: "10s", role: APP_DB_ROLE, seen: 0 });
      expect(row!.school ?? "").toBe("");
    }
  });

  it("gives platform code its own role, which reads schools and not their students' rows", async () => {
    const [row] = await platform.$queryRaw<Array<{ role: string; schools: number }>>`
      SELECT current_user::text AS role, (SELECT count(*)::int FROM tenants WHERE id IN (${a.tenantId}::uuid, ${b.tenantId}::uuid)) AS schools`;
    expect(row).toEqual({ role: PLATFORM_DB_ROLE, schools: 2 });
    await expect(platform.$queryRaw`SELECT count(*) FROM students`).rejects.toThrow(/permission denied/);
  });

  it("keeps a change and its audit row together: both, or neither when the transaction fails", async () => {
    const before = await studentsOf(a);
    const audit = async () =>
      (await db.admin.query("SELECT count(*)::int AS n FROM audit_logs WHERE tenant_id = $1", [a.tenantId]))
        .rows[0].n;
    const auditBefore = await audit();
    const write = (fail: boolean) =>
      withTenantSerializable(
        a.tenantId,
        async (tx) => {
          const student = await tx.student.create({
            data: {
              tenantId: a.tenantId,
              studentId: `PGB-${fail ? "X" : "OK"}-${Date.now()}`,
              firstName: "Pooled",
              lastName: "Student",
              dateOfBirth: new Date("2012-01-01"),
              gradeLevel: "8",
              enrollmentDate: new Date("2026-08-24"),
              academicYear: "2026-2027",
            },
          });
          await tx.auditLog.create({
            data: {
              tenantId: a.tenantId,
              action: "student_created",
              resourceType: "student",
              resourceId: student.id,
            },
          });
          if (fail) throw new Error("the request failed after both writes");
        },
        { client: app },
      );
    await write(false);
    await expect(write(true)).rejects.toThrow(/after both writes/);
    expect(await studentsOf(a)).toBe(before + 1);
    expect(await audit()).toBe(auditBefore + 1);
  });

  it("cuts a school's statement at its timeout through the pooler too", async () => {
    await db.admin.query("BEGIN; LOCK TABLE classes IN ACCESS EXCLUSIVE MODE");
    try {
      const failure = await withTenant(a.tenantId, (tx) => tx.class.count(), {
        client: app,
        timeoutMs: 300,
      }).catch((error: unknown) => error);
      expect(isDatabaseUnavailable(failure)).toBe(true);
      const waiting = await db.admin.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND usename = 'sis_app'",
      );
      expect(waiting.rows[0].n).toBe(0);
    } finally {
      await db.admin.query("ROLLBACK");
    }
  });
});
