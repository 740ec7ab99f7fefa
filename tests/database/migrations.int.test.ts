// Migrations on an empty server: all the way up, all the way down, and up again.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateUp, rollback } from "../../scripts/db/migrator.ts";
import { columns, constraints, indexDefinitions, publicTables } from "../support/catalog.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { SEED_TABLES } from "../support/seed-schema.ts";

const MIGRATIONS = fs
  .readdirSync(path.resolve(import.meta.dirname, "../../prisma/migrations"))
  .filter((f) => f.endsWith(".sql"))
  .sort();
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
});
afterAll(async () => db?.drop());

async function snapshot() {
  return {
    tables: await publicTables(db.admin),
    columns: await columns(db.admin, SEED_TABLES),
    indexes: await indexDefinitions(db.admin, "%"),
    constraints: await constraints(db.admin),
  };
}

describe("migrations", () => {
  it("are numbered as the seed's migration plan", () => {
    expect(MIGRATIONS.slice(0, 9)).toEqual([
      "001_create_tenants_table.sql",
      "002_create_users_table_multi_tenant.sql",
      "003_create_students_table_multi_tenant.sql",
      "004_create_teachers_table_multi_tenant.sql",
      "005_create_classes_table_multi_tenant.sql",
      "006_create_enrollments_table_multi_tenant.sql",
      "007_create_grades_table_multi_tenant.sql",
      "008_create_attendance_table_multi_tenant.sql",
      "009_create_audit_logs_table_multi_tenant.sql",
    ]);
    for (const file of MIGRATIONS) {
      const sql = fs.readFileSync(path.resolve(import.meta.dirname, "../../prisma/migrations", file), "utf8");
      expect(sql, file).toMatch(/-- migrate:up[\s\S]+-- migrate:down[\s\S]*\S/);
    }
  });

  it("go up, all the way down leaving no table, and up again to the same schema", async () => {
    expect(await migrateUp(db.url)).toEqual(MIGRATIONS);
    const first = await snapshot();
    expect(first.tables).toEqual(expect.arrayContaining([...SEED_TABLES]));

    for (const name of [...MIGRATIONS].reverse()) expect(await rollback(db.url)).toBe(name);
    expect(await rollback(db.url)).toBeNull();
    expect(await publicTables(db.admin)).toEqual(["schema_migrations"]);
    const { rows: functions } = await db.admin.query(
      "SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'",
    );
    expect(functions).toEqual([]);

    await migrateUp(db.url);
    expect(await snapshot()).toEqual(first);
    expect(await migrateUp(db.url)).toEqual([]); // nothing pending
  });

  it("roll back only the newest migration per rollback", async () => {
    await rollback(db.url);
    const { rows } = await db.admin.query("SELECT version FROM schema_migrations ORDER BY version");
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.slice(0, -1).map((f) => f.split("_")[0]));
    expect(await migrateUp(db.url)).toEqual(MIGRATIONS.slice(-1));
  });
});
