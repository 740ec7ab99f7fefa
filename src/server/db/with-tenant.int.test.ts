// Tenant isolation through the one door, generated over every model × every operation: school A's
// scope never reads, counts, changes or deletes school B's rows, and B is unchanged afterwards.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { asAppLogin, createTestDatabase, type TestDatabase } from "../../../tests/support/database.ts";
import {
  createSchool,
  fingerprintSchool,
  MODEL_NAMES,
  type ModelName,
  type School,
} from "../../../tests/support/two-schools.ts";
import { isDatabaseUnavailable } from "./errors.ts";
import { createPrismaClient, type BasePrismaClient } from "./prisma.ts";
import { APP_DB_ROLE } from "./roles.ts";
import { TenantScopeError } from "./tenant-scope.ts";
import { withSchoolTableCopy, withTenant, type TenantDb } from "./with-tenant.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let bBefore: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createSchool(db.admin, "a");
  b = await createSchool(db.admin, "b");
  bBefore = await fingerprintSchool(db.admin, b.tenantId);
  app = createPrismaClient(asAppLogin(db.url), { role: APP_DB_ROLE, poolSize: 2 });
});
afterAll(async () => {
  await app?.$disconnect();
  await db?.drop();
});
afterEach(async () => {
  expect(await fingerprintSchool(db.admin, b.tenantId)).toEqual(bBefore);
});

type Delegate = Record<string, (args?: unknown) => Promise<unknown>>;
const inA = <T>(fn: (tx: TenantDb) => Promise<T>) => withTenant(a.tenantId, fn, { client: app });
const op = (model: ModelName, operation: string, args?: unknown) =>
  inA((tx) => (tx as unknown as Record<string, Delegate>)[model]![operation]!(args));

let counter = 0;
/** A new valid row for school A (without tenantId: the scope adds it). */
function newRow(model: ModelName): Record<string, unknown> {
  const n = ++counter;
  switch (model) {
    case "user":
      return {
        email: `new-${n}@example.org`,
        passwordHash: "x",
        firstName: "New",
        lastName: "User",
        role: "teacher",
      };
    case "student":
      return {
        studentId: `N${n}`,
        firstName: "New",
        lastName: "Student",
        dateOfBirth: new Date("2011-01-01"),
        gradeLevel: "9",
        enrollmentDate: new Date("2026-08-24"),
        academicYear: "2026-2027",
      };
    case "teacher":
      return {
        employeeId: `NE${n}`,
        firstName: "New",
        lastName: "Teacher",
        email: `t-${n}@example.org`,
        hireDate: new Date("2021-08-01"),
      };
    case "class":
      return {
        classCode: `NC${n}`,
        name: "New class",
        subject: "Art",
        gradeLevel: "9",
        academicYear: "2026-2027",
        startDate: new Date("2026-08-24"),
      };
    case "enrollment":
      return { studentId: a.spareStudents.pop()!, classId: a.ids.class };
    case "grade":
      return {
        studentId: a.ids.student,
        classId: a.ids.class,
        assignmentName: `HW ${n}`,
        assignmentType: "homework",
        pointsPossible: 10,
        assignedDate: new Date("2026-09-02"),
      };
    case "attendance":
      return {
        studentId: a.ids.student,
        attendanceDate: new Date(Date.UTC(2026, 9, 1 + (n % 28))),
        status: "present",
        period: `P${n}`,
      };
    case "auditLog":
      return { action: "test", resourceType: "student" };
  }
}
const CHANGE: Record<ModelName, Record<string, unknown>> = {
  user: { firstName: "Changed" },
  student: { firstName: "Changed" },
  teacher: { firstName: "Changed" },
  class: { name: "Changed" },
  enrollment: { notes: "Changed" },
  grade: { teacherComments: "Changed" },
  attendance: { notes: "Changed" },
  auditLog: { errorMessage: "Changed" },
};
const NOT_FOUND = { code: "P2025" };
const PERMISSION_DENIED = /permission denied/;
const immutable = (model: ModelName) => model === "auditLog"; // audit rows are never changed or deleted

describe.each(MODEL_NAMES)("%s through withTenant(A)", (model) => {
  const bId = () => b.ids[model];
  const aId = () => a.ids[model];

  it("finds B's row by no read operation, and A's by each", async () => {
    expect(await op(model, "findUnique", { where: { id: bId() } })).toBeNull();
    await expect(op(model, "findUniqueOrThrow", { where: { id: bId() } })).rejects.toMatchObject(NOT_FOUND);
    expect(await op(model, "findFirst", { where: { id: bId() } })).toBeNull();
    await expect(op(model, "findFirstOrThrow", { where: { id: bId() } })).rejects.toMatchObject(NOT_FOUND);
    expect(await op(model, "findUnique", { where: { id: aId() } })).toMatchObject({
      id: aId(),
      tenantId: a.tenantId,
    });
    expect(await op(model, "findFirstOrThrow", { where: { id: aId() } })).toMatchObject({ id: aId() });
  });

  it("lists, counts, aggregates and groups only A's rows", async () => {
    const rows = (await op(model, "findMany")) as Array<{ tenantId: string; id: string }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.tenantId === a.tenantId)).toBe(true);
    expect(rows.map((r) => r.id)).not.toContain(bId());
    expect(await op(model, "count")).toBe(rows.length);
    expect(await op(model, "aggregate", { _count: { _all: true } })).toEqual({
      _count: { _all: rows.length },
    });
    const groups = (await op(model, "groupBy", { by: ["tenantId"], _count: { _all: true } })) as Array<{
      tenantId: string;
    }>;
    expect(groups).toEqual([{ tenantId: a.tenantId, _count: { _all: rows.length } }]);
  });

  it("refuses a filter naming B", async () => {
    await expect(op(model, "findMany", { where: { tenantId: b.tenantId } })).rejects.toThrow(
      TenantScopeError,
    );
    await expect(op(model, "count", { where: { tenantId: b.tenantId } })).rejects.toThrow(TenantScopeError);
  });

  it("updates and deletes none of B's rows", async () => {
    await expect(op(model, "update", { where: { id: bId() }, data: CHANGE[model] })).rejects.toBeTruthy();
    await expect(op(model, "delete", { where: { id: bId() } })).rejects.toBeTruthy();
    if (immutable(model)) {
      await expect(op(model, "updateMany", { where: { id: bId() }, data: CHANGE[model] })).rejects.toThrow(
        PERMISSION_DENIED,
      );
      await expect(op(model, "deleteMany", { where: { id: bId() } })).rejects.toThrow(PERMISSION_DENIED);
      return;
    }
    await expect(op(model, "update", { where: { id: bId() }, data: CHANGE[model] })).rejects.toMatchObject(
      NOT_FOUND,
    );
    await expect(op(model, "delete", { where: { id: bId() } })).rejects.toMatchObject(NOT_FOUND);
    expect(await op(model, "updateMany", { where: { id: bId() }, data: CHANGE[model] })).toEqual({
      count: 0,
    });
    expect(await op(model, "updateManyAndReturn", { where: { id: bId() }, data: CHANGE[model] })).toEqual([]);
    expect(await op(model, "deleteMany", { where: { id: bId() } })).toEqual({ count: 0 });
    // An upsert aimed at B's id creates a new row in A instead of touching B.
    const upserted = (await op(model, "upsert", {
      where: { id: bId() },
      create: newRow(model),
      update: CHANGE[model],
    })) as { id: string; tenantId: string };
    expect(upserted.tenantId).toBe(a.tenantId);
    expect(upserted.id).not.toBe(bId());
  });

  it("updates A's own row through the same operations (the scope is not simply empty)", async () => {
    if (immutable(model)) {
      await expect(op(model, "updateMany", { where: { id: aId() }, data: CHANGE[model] })).rejects.toThrow(
        PERMISSION_DENIED,
      );
      return;
    }
    expect(await op(model, "update", { where: { id: aId() }, data: CHANGE[model] })).toMatchObject(
      CHANGE[model],
    );
    expect(await op(model, "updateMany", { where: { id: aId() }, data: CHANGE[model] })).toEqual({
      count: 1,
    });
    expect(
      await op(model, "upsert", { where: { id: aId() }, create: newRow(model), update: CHANGE[model] }),
    ).toMatchObject({ id: aId() });
  });

  it("creates in A, and refuses data naming B, writing nothing", async () => {
    const before = await op(model, "count");
    const created = (await op(model, "create", { data: newRow(model) })) as { tenantId: string };
    expect(created.tenantId).toBe(a.tenantId);
    const many = (await op(model, "createManyAndReturn", { data: [newRow(model)] })) as Array<{
      tenantId: string;
    }>;
    expect(many.map((r) => r.tenantId)).toEqual([a.tenantId]);
    expect(await op(model, "createMany", { data: [newRow(model)] })).toEqual({ count: 1 });

    await expect(op(model, "create", { data: { ...newRow(model), tenantId: b.tenantId } })).rejects.toThrow(
      TenantScopeError,
    );
    await expect(
      op(model, "createMany", { data: [newRow(model), { ...newRow(model), tenantId: b.tenantId }] }),
    ).rejects.toThrow(TenantScopeError);
    if (!immutable(model)) {
      await expect(
        op(model, "update", { where: { id: aId() }, data: { tenantId: b.tenantId } }),
      ).rejects.toThrow(TenantScopeError);
    }
    expect(await op(model, "count")).toBe((before as number) + 3);
  });
});

describe("relations through withTenant(A)", () => {
  it("nested include and select reach only A's rows", async () => {
    const students = await inA((tx) =>
      tx.student.findMany({
        include: {
          enrollments: { include: { class: true, grades: true } },
          grades: true,
          attendance: true,
          user: true,
          tenant: true,
        },
      }),
    );
    const nested = students.flatMap((s) =>
      [
        s,
        s.tenant && { tenantId: s.tenant.id },
        ...s.enrollments,
        ...s.enrollments.map((e) => e.class),
        ...s.grades,
        ...s.attendance,
      ].filter(Boolean),
    );
    expect(nested.length).toBeGreaterThan(students.length);
    for (const row of nested) expect((row as { tenantId: string }).tenantId).toBe(a.tenantId);
    const teacher = await inA((tx) =>
      tx.teacher.findUniqueOrThrow({
        where: { id: a.ids.teacher },
        select: {
          classesTaught: { select: { tenantId: true, enrollments: { select: { tenantId: true } } } },
        },
      }),
    );
    const tenants = teacher.classesTaught.flatMap((c) => [
      c.tenantId,
      ...c.enrollments.map((e) => e.tenantId),
    ]);
    expect(tenants.length).toBeGreaterThanOrEqual(2);
    expect(new Set(tenants)).toEqual(new Set([a.tenantId]));
  });

  it("relation filters some / every / none never match B's rows", async () => {
    const some = await inA((tx) =>
      tx.student.findMany({ where: { enrollments: { some: { classId: b.ids.class } } } }),
    );
    expect(some).toEqual([]);
    const none = await inA((tx) =>
      tx.class.findMany({ where: { enrollments: { none: { studentId: b.ids.student } } } }),
    );
    expect(none.every((c) => c.tenantId === a.tenantId)).toBe(true);
    const every = await inA((tx) =>
      tx.class.findMany({ where: { enrollments: { every: { tenantId: a.tenantId } } } }),
    );
    expect(every.map((c) => c.id)).toContain(a.ids.class);
    expect(every.map((c) => c.id)).not.toContain(b.ids.class);
  });

  it("connecting to B's ids fails and writes nothing", async () => {
    const before = await inA((tx) => tx.enrollment.count());
    await expect(
      inA((tx) =>
        tx.enrollment.create({
          data: { tenantId: a.tenantId, studentId: a.spareStudents[0]!, classId: b.ids.class },
        }),
      ),
    ).rejects.toBeTruthy();
    await expect(
      inA((tx) =>
        tx.student.update({
          where: { id: a.ids.student },
          data: { enrollments: { connect: [{ id: b.ids.enrollment }] } },
        }),
      ),
    ).rejects.toBeTruthy();
    await expect(
      inA((tx) =>
        tx.grade.create({
          data: {
            tenantId: a.tenantId,
            studentId: a.ids.student,
            classId: a.ids.class,
            enrollmentId: b.ids.enrollment,
            assignmentName: "X",
            assignmentType: "quiz",
            pointsPossible: 1,
            assignedDate: new Date("2026-09-09"),
          },
        }),
      ),
    ).rejects.toBeTruthy();
    expect(await inA((tx) => tx.enrollment.count())).toBe(before);
  });
});

describe("the door itself", () => {
  it("a transaction that throws leaves nothing behind", async () => {
    const before = await inA((tx) => tx.student.count());
    await expect(
      inA(async (tx) => {
        await tx.student.create({ data: { tenantId: a.tenantId, ...newRow("student") } as never });
        await tx.teacher.create({ data: { tenantId: a.tenantId, ...newRow("teacher") } as never });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await inA((tx) => tx.student.count())).toBe(before);
  });

  it("refuses a missing or malformed tenant id before touching the database", async () => {
    for (const bad of ["", "not-a-uuid", undefined, null, `${a.tenantId}' OR '1'='1`]) {
      await expect(withTenant(bad as string, async () => "reached", { client: app })).rejects.toThrow(
        TenantScopeError,
      );
    }
  });

  it("refuses raw SQL and the tenants table on the scoped client", async () => {
    await expect(
      inA(
        async (tx) =>
          (tx as unknown as { $queryRaw: (s: TemplateStringsArray) => unknown }).$queryRaw`SELECT 1`,
      ),
    ).rejects.toThrow(TenantScopeError);
    await expect(
      inA(async (tx) =>
        (tx as unknown as { $executeRawUnsafe: (s: string) => unknown }).$executeRawUnsafe("SELECT 1"),
      ),
    ).rejects.toThrow(TenantScopeError);
    await expect(
      inA(async (tx) => (tx as unknown as { tenant: { findMany(): unknown } }).tenant.findMany()),
    ).rejects.toThrow(TenantScopeError);
  });

  it("treats an undefined filter value as an error, not as no filter", async () => {
    await expect(inA((tx) => tx.student.findMany({ where: { id: undefined } }))).rejects.toThrow(
      /undefined/i,
    );
  });

  it("a pooled connection reused after a school's transaction carries no school into the next", async () => {
    const single = createPrismaClient(asAppLogin(db.url), { role: APP_DB_ROLE, poolSize: 1 });
    try {
      expect(await withTenant(a.tenantId, (tx) => tx.student.count(), { client: single })).toBeGreaterThan(0);
      const [setting] = await single.$queryRaw<
        Array<{ value: string | null }>
      >`SELECT current_setting('app.tenant_id', true) AS value`;
      expect(setting!.value ?? "").toBe("");
      expect(await single.student.count()).toBe(0);
      expect(
        await withTenant(b.tenantId, (tx) => tx.student.findMany({ select: { tenantId: true } }), {
          client: single,
        }),
      ).toEqual(expect.arrayContaining([{ tenantId: b.tenantId }]));
    } finally {
      await single.$disconnect();
    }
  });

  it("sets the school on clients that do not fold it into BEGIN, too", async () => {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { PrismaClient } = await import("../../generated/prisma/client.ts");
    const plain = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: asAppLogin(db.url),
        max: 1,
        options: `-c role=${APP_DB_ROLE}`,
      }),
    });
    try {
      const rows = await withTenant(a.tenantId, (tx) => tx.student.findMany({ select: { tenantId: true } }), {
        client: plain,
      });
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.tenantId === a.tenantId)).toBe(true);
    } finally {
      await plain.$disconnect();
    }
  });

  it("honours an isolation level and still scopes to the school", async () => {
    const rows = await withTenant(
      a.tenantId,
      async (tx) => {
        const [level] = await tx.student.findMany({ select: { tenantId: true }, take: 1 });
        return { level, count: await tx.class.count() };
      },
      { client: app, isolationLevel: "Serializable" },
    );
    expect(rows.level?.tenantId).toBe(a.tenantId);
    expect(rows.count).toBeGreaterThan(0);
  });

  it("runs concurrent schools side by side without mixing them", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        const school = i % 2 ? a : b;
        return withTenant(
          school.tenantId,
          async (tx) => ({ school, rows: await tx.student.findMany({ select: { tenantId: true } }) }),
          { client: app },
        );
      }),
    );
    for (const { school, rows } of results)
      expect(rows.every((r) => r.tenantId === school.tenantId)).toBe(true);
  });

  it("cuts a statement that runs past the timeout, rolls the transaction back and says the database is unavailable", async () => {
    // A lock held elsewhere makes the school's statement wait: the wait is what gets cut.
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    const before = await db.admin.query("SELECT count(*)::int AS n FROM classes WHERE tenant_id = $1", [
      a.tenantId,
    ]);
    try {
      await locker.query("BEGIN; LOCK TABLE students IN ACCESS EXCLUSIVE MODE");
      const started = Date.now();
      const failure = await withTenant(
        a.tenantId,
        async (tx) => {
          await tx.class.deleteMany({});
          return tx.student.count();
        },
        { client: app, timeoutMs: 300 },
      ).catch((error: unknown) => error);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(isDatabaseUnavailable(failure)).toBe(true);
      // PostgreSQL itself cut the statement: nothing of the app still waits on the lock.
      const waiting = await db.admin.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND usename = 'sis_app'",
      );
      expect(waiting.rows[0].n).toBe(0);
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    // The delete before the cut statement was rolled back with it.
    expect(
      (await db.admin.query("SELECT count(*)::int AS n FROM classes WHERE tenant_id = $1", [a.tenantId]))
        .rows,
    ).toEqual(before.rows);
    // The timeout was the transaction's own: the next one on the same pool runs without it.
    const [setting] = await app.$queryRaw<
      Array<{ value: string }>
    >`SELECT current_setting('statement_timeout') AS value`;
    expect(setting!.value).toBe("10s");
  });

  it("favours index lookups for a transaction that asks, and for that transaction only", async () => {
    const single = createPrismaClient(asAppLogin(db.url), { role: APP_DB_ROLE, poolSize: 1 });
    // What the connection sent to open its transaction, as PostgreSQL shows it while the
    // transaction is open (its last statement).
    const opening = () =>
      withTenant(
        a.tenantId,
        async () =>
          (
            await db.admin.query<{ query: string }>(
              // This school's open transactions only: other test files share the server.
              "SELECT query FROM pg_stat_activity WHERE state = 'idle in transaction' AND query LIKE 'BEGIN;%' AND position($1 in query) > 0",
              [a.tenantId],
            )
          ).rows.map((r) => r.query),
        { client: single, favourIndexLookups: true },
      );
    try {
      expect(await opening()).toEqual([
        expect.stringContaining("set_config('random_page_cost', '1.1', true)"),
      ]);
      // Transaction-local: the same pooled connection plans the next request with the server's cost.
      const [setting] = await single.$queryRaw<
        Array<{ value: string }>
      >`SELECT current_setting('random_page_cost') AS value`;
      expect(setting!.value).toBe("4");
      expect(
        await withTenant(a.tenantId, (tx) => tx.student.count(), {
          client: single,
          favourIndexLookups: true,
        }),
      ).toBe(await withTenant(a.tenantId, (tx) => tx.student.count(), { client: single }));
    } finally {
      await single.$disconnect();
    }
  });

  it("tells a refused row apart from an unavailable database", async () => {
    const row = newRow("student");
    const refused = await withTenant(
      a.tenantId,
      async (tx) => {
        await tx.student.create({ data: row as never });
        return tx.student.create({ data: row as never });
      },
      { client: app },
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(refused)).toBe(false);
  });

  it("reads nothing of B with an unknown or foreign tenant id either", async () => {
    expect(await withTenant(randomUUID(), (tx) => tx.student.count(), { client: app })).toBe(0);
  });
});

describe("withSchoolTableCopy", () => {
  const allowed = new Set(["students", "teachers"]);
  const copyInA = <T>(fn: Parameters<typeof withSchoolTableCopy<T>>[2]) =>
    withSchoolTableCopy(a.tenantId, allowed, fn, { client: app });

  it("reads only the school's rows, and only from tables it was allowed", async () => {
    const rows = await copyInA((_db, copy) => copy.read("students", "id"));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.tenant_id))).toEqual(new Set([a.tenantId]));
    await expect(copyInA((_db, copy) => copy.read("users", "id"))).rejects.toThrow(TenantScopeError);
    await expect(copyInA((_db, copy) => copy.read("students; DROP TABLE students", "id"))).rejects.toThrow(
      TenantScopeError,
    );
  });

  it("refuses to write a row of another school (row-level security's WITH CHECK)", async () => {
    const [teacher] = await copyInA((_db, copy) => copy.read("teachers", "id"));
    const foreign = {
      ...teacher,
      id: randomUUID(),
      tenant_id: b.tenantId,
      user_id: null,
      employee_id: "X-B",
      email: "x-b@example.org",
    };
    await expect(copyInA((_db, copy) => copy.insert("teachers", [foreign]))).rejects.toThrow(
      /row-level security/,
    );
  });
});
