// Reads the shape of a database from PostgreSQL's catalogs.
import type pg from "pg";

export async function columns(db: pg.ClientBase, tables: readonly string[]) {
  const { rows } = await db.query(
    `SELECT table_name, column_name, ordinal_position, data_type, udt_name, character_maximum_length,
            numeric_precision, numeric_scale, column_default, is_nullable
       FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = ANY($1)
      ORDER BY table_name, ordinal_position`,
    [tables],
  );
  return rows;
}

export async function indexDefinitions(db: pg.ClientBase, namePattern = "idx\\_%") {
  const { rows } = await db.query<{ indexname: string; indexdef: string }>(
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE $1 ORDER BY indexname",
    [namePattern],
  );
  return Object.fromEntries(rows.map((r) => [r.indexname, r.indexdef]));
}

export interface ConstraintInfo {
  name: string;
  table: string;
  type: "u" | "f" | "p" | "c";
  columns: string[];
  refTable: string | null;
  refColumns: string[];
  onDelete: string;
  setNullColumns: string[];
}

export async function constraints(db: pg.ClientBase): Promise<ConstraintInfo[]> {
  const { rows } = await db.query(
    `SELECT c.conname AS name, t.relname AS table, c.contype AS type,
            ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS columns,
            r.relname AS "refTable",
            ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS "refColumns",
            c.confdeltype AS "onDelete",
            ARRAY(SELECT a.attname FROM unnest(c.confdelsetcols) k(n)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n)::text[] AS "setNullColumns"
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       LEFT JOIN pg_class r ON r.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      ORDER BY t.relname, c.conname`,
  );
  return rows as ConstraintInfo[];
}

export async function publicTables(db: pg.ClientBase): Promise<string[]> {
  const { rows } = await db.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  return rows.map((r) => r.tablename);
}
