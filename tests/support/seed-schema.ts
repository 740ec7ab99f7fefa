// The seed's own SQL, read from docs/schema/database-schema.md (a copy of the product's schema
// document), so tests can build the documented schema verbatim and compare ours against it.
import fs from "node:fs";
import path from "node:path";

const DOC = path.resolve(import.meta.dirname, "../../docs/schema/database-schema.md");

export const SEED_TABLES = [
  "tenants",
  "users",
  "students",
  "teachers",
  "classes",
  "enrollments",
  "grades",
  "attendance",
  "audit_logs",
] as const;

export function seedSchemaStatements(): { tables: string[]; indexes: string[] } {
  const doc = fs.readFileSync(DOC, "utf8");
  const blocks = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const tables = blocks
    .flatMap((block) => [...block.matchAll(/CREATE TABLE[\s\S]*?\n\);/g)].map((m) => m[0]))
    .map((sql) => sql.replace(/--[^\n]*/g, ""))
    // PostgreSQL constraint names are unique per schema; users keeps the seed's name.
    .map((sql) =>
      sql.startsWith("CREATE TABLE teachers")
        ? sql.replace("CONSTRAINT unique_email_per_tenant", "CONSTRAINT unique_teacher_email_per_tenant")
        : sql,
    );
  const indexes = new Map<string, string>();
  for (const block of blocks) {
    for (const m of block.matchAll(/CREATE INDEX (\w+) ON [^;]+;/g)) indexes.set(m[1]!, m[0]);
  }
  return { tables, indexes: [...indexes.values()] };
}
