// Demo data runs to ~150 000 rows; Prisma's createMany takes minutes for that, one JSON
// parameter expanded by PostgreSQL takes seconds. Seed-only: the app writes through Prisma.
import type pg from "pg";

/** camelCase field → snake_case column, digits as their own word (section504Status → section_504_status). */
export function columnName(field: string): string {
  return field
    .replace(/([a-z])([0-9])/g, "$1_$2")
    .replace(/([0-9])([A-Za-z])/g, "$1_$2")
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

const CHUNK = 5_000;

export async function bulkInsert(client: pg.ClientBase, table: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const columns = fields.map((f) => `"${columnName(f)}"`).join(", ");
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows
      .slice(i, i + CHUNK)
      .map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [columnName(key), value])));
    await client.query(
      `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      [JSON.stringify(chunk)],
    );
  }
}
