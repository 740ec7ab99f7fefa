// PostgreSQL's half of tenant isolation, with the Prisma extension out of the way: raw SQL as the
// application's own database role.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asAppLogin, createTestDatabase, type TestDatabase } from "../../../tests/support/database.ts";
import { createSchool, MODEL_TABLES, type School } from "../../../tests/support/two-schools.ts";
import { APP_DB_ROLE, PLATFORM_DB_ROLE } from "./roles.ts";

let db: TestDatabase;
let a: School;
let b: School;
const TABLES = Object.values(MODEL_TABLES);

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createSchool(db.admin, "a");
  b = await createSchool(db.admin, "b");
  await db.admin.query(
    "INSERT INTO audit_logs (tenant_id, action, resource_type) VALUES (NULL, 'create', 'tenant')",
  );
});
afterAll(async () => db?.drop());

async function connectAs(role: string) {
  const client = new pg.Client({ connectionString: asAppLogin(db.url), options: `-c role=${role}` });
  await client.connect();
  return client;
}

/** Runs `work` in a transaction of the application role with app.tenant_id set (or not). */
async function asApp<T>(
  tenantId: string | null,
  work: (c: pg.Client) => Promise<T>,
  role = APP_DB_ROLE,
): Promise<T> {
  const client = await connectAs(role);
  try {
    await client.query("BEGIN");
    if (tenantId) await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const result = await work(client);
    await client.query("ROLLBACK");
    return result;
  } finally {
    await client.end();
  }
}

const rowsOf = async (c: pg.Client, table: string) =>
  (await c.query<{ tenant_id: string | null }>(`SELECT tenant_id FROM ${table}`)).rows;

describe("row-level security alone", () => {
  it("hides every row of B from a tenant-A transaction, in every school table", async () => {
    await asApp(a.tenantId, async (c) => {
      for (const table of TABLES) {
        const rows = await rowsOf(c, table);
        expect(rows.length, table).toBeGreaterThan(0);
        expect(
          rows.every((r) => r.tenant_id === a.tenantId),
          table,
        ).toBe(true);
        const {
          rows: [hit],
        } = await c.query(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [b.tenantId]);
        expect(hit.n, table).toBe(0);
      }
    });
  });

  it("updates and deletes none of B's rows even when asked for them by id", async () => {
    await asApp(a.tenantId, async (c) => {
      for (const table of TABLES.filter((t) => t !== "audit_logs")) {
        const id =
          b.ids[
            (Object.keys(MODEL_TABLES) as Array<keyof typeof MODEL_TABLES>).find(
              (k) => MODEL_TABLES[k] === table,
            )!
          ];
        expect(
          (await c.query(`UPDATE ${table} SET updated_at = now() WHERE id = $1`, [id])).rowCount,
          table,
        ).toBe(0);
        expect((await c.query(`DELETE FROM ${table} WHERE id = $1`, [id])).rowCount, table).toBe(0);
      }
    });
  });

  it("refuses to write a row for B from a tenant-A transaction", async () => {
    await expect(
      asApp(a.tenantId, (c) =>
        c.query(
          `INSERT INTO students (tenant_id, student_id, first_name, last_name, date_of_birth, grade_level, enrollment_date, academic_year)
       VALUES ($1, 'X1', 'X', 'Y', '2011-01-01', '9', '2026-08-24', '2026-2027')`,
          [b.tenantId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asApp(a.tenantId, (c) =>
        c.query("UPDATE students SET tenant_id = $1 WHERE id = $2", [b.tenantId, a.ids.student]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("shows nothing at all when no school is set", async () => {
    await asApp(null, async (c) => {
      for (const table of TABLES) expect(await rowsOf(c, table), table).toEqual([]);
    });
  });

  it("ignores a school setting left at session level by nobody but the transaction", async () => {
    const client = await connectAs(APP_DB_ROLE);
    try {
      await client.query("BEGIN");
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [a.tenantId]);
      await client.query("COMMIT");
      expect((await client.query("SELECT count(*)::int AS n FROM students")).rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});

describe("what each role may do", () => {
  it("the application login is no superuser, cannot bypass RLS and owns no table", async () => {
    const {
      rows: [login],
    } = await db.admin.query("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'sis_app'");
    expect(login).toEqual({ rolsuper: false, rolbypassrls: false });
    const { rows: roles } = await db.admin.query(
      "SELECT rolname, rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname IN ($1, $2) ORDER BY 1",
      [APP_DB_ROLE, PLATFORM_DB_ROLE],
    );
    for (const role of roles)
      expect(role).toMatchObject({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
    const { rows: owned } = await db.admin.query(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner IN ('sis_app', $1, $2)",
      [APP_DB_ROLE, PLATFORM_DB_ROLE],
    );
    expect(owned).toEqual([]);
  });

  it("forces row-level security on every table that has a tenant_id column", async () => {
    const { rows } = await db.admin.query(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid AND pg_get_expr(p.polqual, p.polrelid) LIKE '%app.tenant_id%'
                 AND pg_get_expr(p.polwithcheck, p.polrelid) LIKE '%app.tenant_id%') AS policies
         FROM pg_class c JOIN information_schema.columns col ON col.table_name = c.relname AND col.column_name = 'tenant_id'
        WHERE col.table_schema = 'public' AND c.relkind = 'r' ORDER BY 1`,
    );
    expect(rows.map((r) => r.relname).sort()).toEqual(
      [
        ...TABLES,
        "user_security",
        "auth_attempts",
        "mail_outbox",
        "user_sessions",
        "student_status_changes",
        "tenant_domains",
        "attendance_daily_counts",
        "student_counts",
        "school_counts",
        "school_years",
        "grading_periods",
        "bell_schedules",
        "bell_periods",
        "calendar_days",
        "year_rollovers",
        "rollover_student_choices",
        "assignments",
        "gradebook_settings",
        "grading_policies",
        "posted_grades",
        "report_card_runs",
        "attendance_codes",
        "attendance_settings",
        "attendance_notices",
        "class_covers",
        "attendance_nudges",
        "attendance_alerts",
        "student_guardians",
        "guardian_invite_runs",
        "student_search_words",
      ].sort(),
    );
    for (const row of rows)
      expect(row, row.relname).toMatchObject({
        relrowsecurity: true,
        relforcerowsecurity: true,
        policies: 1,
      });
  });

  it("the application role reads tenants but cannot write them; platform code can", async () => {
    await asApp(null, async (c) => {
      expect((await c.query("SELECT count(*)::int AS n FROM tenants")).rows[0].n).toBeGreaterThanOrEqual(2);
    });
    await expect(
      asApp(null, (c) => c.query("UPDATE tenants SET name = 'Hijacked' WHERE id = $1", [b.tenantId])),
    ).rejects.toThrow(/permission denied/);
    await expect(
      asApp(null, (c) =>
        c.query(
          "INSERT INTO tenants (name, slug, school_name, school_type, school_level) VALUES ('X', 'x-new', 'X', 'public', 'high')",
        ),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      asApp(null, (c) => c.query("DELETE FROM tenants WHERE id = $1", [b.tenantId])),
    ).rejects.toThrow(/permission denied/);
    await asApp(
      null,
      async (c) => {
        expect(
          (await c.query("UPDATE tenants SET updated_at = now() WHERE id = $1", [b.tenantId])).rowCount,
        ).toBe(1);
      },
      PLATFORM_DB_ROLE,
    );
  });

  it("platform events (audit rows with no school) are visible to platform code only", async () => {
    await asApp(a.tenantId, async (c) => {
      expect((await rowsOf(c, "audit_logs")).some((r) => r.tenant_id === null)).toBe(false);
    });
    await asApp(
      null,
      async (c) => {
        expect(await rowsOf(c, "audit_logs")).toEqual([{ tenant_id: null }]);
        await c.query("INSERT INTO audit_logs (action, resource_type) VALUES ('suspend', 'tenant')");
      },
      PLATFORM_DB_ROLE,
    );
    await expect(
      asApp(a.tenantId, (c) =>
        c.query("INSERT INTO audit_logs (action, resource_type) VALUES ('x', 'tenant')"),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("nobody in the application can change or delete an audit row", async () => {
    for (const role of [APP_DB_ROLE, PLATFORM_DB_ROLE]) {
      await expect(
        asApp(a.tenantId, (c) => c.query("UPDATE audit_logs SET action = 'forged'"), role),
      ).rejects.toThrow(/permission denied/);
      await expect(asApp(a.tenantId, (c) => c.query("DELETE FROM audit_logs"), role)).rejects.toThrow(
        /permission denied/,
      );
    }
  });

  it("the application role cannot read the migrations table", async () => {
    await expect(asApp(null, (c) => c.query("SELECT * FROM schema_migrations"))).rejects.toThrow(
      /permission denied/,
    );
  });
});
