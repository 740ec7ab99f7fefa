// The seeds write up to a few million rows (npm run seed:district); Prisma's createMany takes
// minutes for the demo's 150 000, PostgreSQL's COPY takes seconds. Seed-only: the app writes
// through Prisma. Each value is written as the column's type reads it (text[], jsonb, timestamps).
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** camelCase field → snake_case column, digits as their own word (section504Status → section_504_status). */
export function columnName(field: string): string {
  return field
    .replace(/([a-z])([0-9])/g, "$1_$2")
    .replace(/([0-9])([A-Za-z])/g, "$1_$2")
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

/** COPY's text format: backslash, tab and line breaks escaped; null as \N. */
const escape = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");

/** A text[] literal: {"a","b"}, each element quoted. */
const arrayLiteral = (values: unknown[]) =>
  `{${values.map((v) => `"${String(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;

function encode(value: unknown, type: string): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (type === "ARRAY" && Array.isArray(value)) return escape(arrayLiteral(value));
  if (typeof value === "object") return escape(JSON.stringify(value));
  return escape(String(value));
}

const typesOf = new WeakMap<pg.ClientBase, Map<string, Map<string, string>>>();

async function columnTypes(client: pg.ClientBase, table: string): Promise<Map<string, string>> {
  let tables = typesOf.get(client);
  if (!tables) typesOf.set(client, (tables = new Map()));
  let types = tables.get(table);
  if (!types) {
    const { rows } = await client.query<{ column_name: string; data_type: string }>(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema()",
      [table],
    );
    types = new Map(rows.map((r) => [r.column_name, r.data_type]));
    tables.set(table, types);
  }
  return types;
}

export async function bulkInsert(client: pg.ClientBase, table: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const columns = fields.map(columnName);
  const types = await columnTypes(client, table);
  for (const column of columns) if (!types.has(column)) throw new Error(`${table} has no column ${column}`);
  const stream = client.query(
    copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`),
  );
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  let buffer = "";
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    buffer += `${fields.map((f, i) => encode(record[f], types.get(columns[i]!)!)).join("\t")}\n`;
    if (buffer.length > 1 << 20) {
      if (!stream.write(buffer)) await new Promise((resolve) => stream.once("drain", resolve));
      buffer = "";
    }
  }
  stream.end(buffer);
  await done;
}
