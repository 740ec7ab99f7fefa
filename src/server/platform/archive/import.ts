import "server-only";
// Restoring a school archive into a new, empty school. Every id of the archive gets a fresh one,
// replaced consistently wherever it appears (references, audit values), so an archive can be
// restored beside the school it came from; everything else is written exactly as exported.
// The records go in one transaction: a bad archive leaves nothing behind.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { writeAudit, type AuditActor, type AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import {
  CopyRowError,
  withSchoolTableCopy,
  type SchoolTableCopy,
  type TenantDb,
} from "@/server/db/with-tenant";
import { UserFacingError } from "@/server/errors";
import { schoolSideActor } from "../platform-audit.ts";
import type { Manifest, SchoolArchive } from "./export.ts";
import { ARCHIVE_FORMAT, ARCHIVE_TABLE_NAMES, ARCHIVE_TABLES, ARCHIVE_VERSION, type Row } from "./tables.ts";
import { forEachJsonElement, JsonArrayError } from "@/lib/json-array";
import { inflateEntry, listEntries } from "./zip.ts";

const NOT_AN_ARCHIVE =
  "This file is not a school archive from this product (a .zip exported from a school's “Export and import” page).";
const rowSchema = z.record(z.string(), z.unknown());
const refuse = (message: string) => new UserFacingError(message, "archive");

/**
 * What a real school's archive can hold: rows per table, and bytes per row of its JSON. An entry
 * whose declared size is more than its rows can need is refused before anything is inflated.
 */
const ARCHIVE_LIMITS = {
  maxEntries: 100,
  manifestBytes: 64 * 1024,
  tenantBytes: 256 * 1024,
  totalBytes: 1024 ** 3,
  rows: {
    users: 50_000,
    user_security: 50_000,
    teachers: 10_000,
    students: 100_000,
    classes: 50_000,
    enrollments: 1_000_000,
    grades: 2_000_000,
    attendance: 2_000_000,
    student_status_changes: 500_000,
    audit_logs: 2_000_000,
  } as Record<string, number>,
  rowBytes: { users: 8192, audit_logs: 32_768 } as Record<string, number>,
  defaultRowBytes: 4096,
};
const entryBudget = (table: string, rows: number) =>
  1024 + rows * (ARCHIVE_LIMITS.rowBytes[table] ?? ARCHIVE_LIMITS.defaultRowBytes);

const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.number().int(),
  exportedAt: z.string().max(40),
  school: z.object({ id: z.uuid(), name: z.string().max(255), slug: z.string().max(100) }),
  counts: z
    .object(Object.fromEntries(ARCHIVE_TABLES.map((t) => [t.name, z.number().int().min(0)])))
    .catchall(z.number().int().min(0)),
});

function readJson(bytes: Uint8Array, name: string): unknown {
  const data = inflateEntry(bytes, name);
  try {
    if (!data) throw new Error("unreadable");
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(data));
  } catch {
    throw refuse(`The archive's ${name} is damaged.`);
  }
}

/** The archive's files, checked: the right format and version, every table, counts that match. */
export function parseArchive(bytes: Uint8Array): SchoolArchive {
  // 1. The directory only: names and declared sizes. Nothing is inflated until they add up.
  const entries = listEntries(bytes, ARCHIVE_LIMITS.maxEntries);
  if (!entries) throw refuse(NOT_AN_ARCHIVE);
  const sizeOf = new Map(entries.map((e) => [e.name, e.originalSize]));
  const manifestSize = sizeOf.get("manifest.json");
  if (manifestSize === undefined) throw refuse(NOT_AN_ARCHIVE);
  if (manifestSize > ARCHIVE_LIMITS.manifestBytes)
    throw refuse("The archive's manifest.json is larger than any school's manifest.");

  // 2. The manifest says what the rest must be.
  const rawManifest = readJson(bytes, "manifest.json") as Partial<Manifest> | null;
  if (rawManifest?.format !== ARCHIVE_FORMAT) throw refuse(NOT_AN_ARCHIVE);
  if (rawManifest.version !== ARCHIVE_VERSION)
    throw refuse(
      `This archive is version ${rawManifest.version}; this product restores version ${ARCHIVE_VERSION}.`,
    );
  const parsedManifest = manifestSchema.safeParse(rawManifest);
  if (!parsedManifest.success) throw refuse("The archive's manifest.json is damaged.");
  const manifest = parsedManifest.data as Manifest;
  let declaredTotal = 0;
  for (const table of ARCHIVE_TABLES) {
    const count = manifest.counts[table.name]!;
    const name = `tables/${table.name}.json`;
    if (count > ARCHIVE_LIMITS.rows[table.name]!) {
      throw refuse(
        `The archive's manifest declares ${count.toLocaleString("en-US")} rows in ${table.name}, more than a school can hold (${ARCHIVE_LIMITS.rows[table.name]!.toLocaleString("en-US")}).`,
      );
    }
    const size = sizeOf.get(name);
    if (size === undefined) throw refuse(`The archive's ${name} is missing.`);
    if (size > entryBudget(table.name, count))
      throw refuse(
        `The archive's ${name} is far larger than its ${count} rows need: it is not an archive this product wrote.`,
      );
    declaredTotal += size;
  }
  const tenantSize = sizeOf.get("tenant.json");
  if (tenantSize === undefined || tenantSize > ARCHIVE_LIMITS.tenantBytes)
    throw refuse("The archive's tenant.json is missing or damaged.");
  if (declaredTotal > ARCHIVE_LIMITS.totalBytes)
    throw refuse("This archive unpacks to more than 1 GB; restore it with the command-line tools instead.");

  // 3. Each table, one row at a time, stopping at the first row that is not this school's.
  const tenant = rowSchema.safeParse(readJson(bytes, "tenant.json"));
  if (!tenant.success) throw refuse("The archive's tenant.json is damaged.");
  const tables: Record<string, Row[]> = {};
  for (const table of ARCHIVE_TABLES) {
    tables[table.name] = readTable(bytes, table.name, manifest.counts[table.name]!, manifest.school.id);
  }
  return { manifest, tenant: tenant.data, tables, columns: {} };
}

function readTable(bytes: Uint8Array, table: string, count: number, schoolId: string): Row[] {
  const name = `tables/${table}.json`;
  const data = inflateEntry(bytes, name);
  if (!data) throw refuse(`The archive's ${name} is damaged.`);
  const rows: Row[] = [];
  let problem: string | null = null;
  try {
    forEachJsonElement(data, (element, index) => {
      if (index >= count) problem = `holds more rows than its manifest's ${count}`;
      else if (!element || typeof element !== "object" || Array.isArray(element))
        problem = `row ${index + 1} is not a record`;
      // Every row belongs to the school the manifest names; anything else is not this school's archive.
      else if ((element as Row).tenant_id !== schoolId)
        problem = `row ${index + 1} holds a record of another school`;
      if (problem) return false;
      rows.push(element as Row);
    });
  } catch (error) {
    problem = error instanceof JsonArrayError ? `is damaged at row ${error.index + 1}` : "is damaged";
  }
  if (!problem && rows.length !== count)
    problem = `holds ${rows.length} rows where its manifest says ${count}`;
  if (problem) throw refuse(`The archive's ${name} ${problem}.`);
  return rows;
}

/** Replaces every string that is one of the archive's ids, at any depth. */
function remap(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === "string") return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remap(v, ids));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remap(v, ids)]));
  return value;
}

/** Accounts before the accounts they created (users.created_by refers to users). */
function creatorsFirst(users: Row[]): Row[] {
  const byId = new Map(users.map((u) => [u.id as string, u]));
  const done = new Set<string>();
  const out: Row[] = [];
  const visit = (u: Row, depth: number) => {
    if (done.has(u.id as string) || depth > users.length) return;
    const creator = typeof u.created_by === "string" ? byId.get(u.created_by) : undefined;
    if (creator) visit(creator, depth + 1);
    done.add(u.id as string);
    out.push(u);
  };
  for (const u of users) visit(u, 0);
  return out;
}

const CHUNK = 2000;

/** Writes the archive's records into an empty school; returns old id → new id. */
export async function restoreRecords(
  input: { tenantId: string; archive: SchoolArchive; actor: AuditActor; request: AuditRequest },
  clients: { school?: BasePrismaClient } = {},
): Promise<Map<string, string>> {
  const { archive } = input;
  const ids = new Map<string, string>([[archive.manifest.school.id, input.tenantId]]);
  for (const table of ARCHIVE_TABLES) {
    if (table.key !== "id") continue;
    for (const row of archive.tables[table.name]!)
      if (typeof row.id === "string") ids.set(row.id, randomUUID());
  }
  await withSchoolTableCopy(
    input.tenantId,
    ARCHIVE_TABLE_NAMES,
    (db, copy) => writeRecords(db, copy, input, ids),
    {
      timeoutMs: 600_000,
      ...(clients.school ? { client: clients.school } : {}),
    },
  ).catch((error: unknown) => {
    if (error instanceof UserFacingError) throw error;
    // Anything else the database refused: the whole restore is rolled back. Say so plainly; the
    // details go to the server's log, never Prisma's internals to the operator.
    console.error("archive restore failed", error);
    throw refuse(
      "The archive's records could not be restored, so nothing was kept. The server's log has the details.",
    );
  });
  return ids;
}

async function writeRecords(
  db: TenantDb,
  copy: SchoolTableCopy,
  input: { tenantId: string; archive: SchoolArchive; actor: AuditActor; request: AuditRequest },
  ids: Map<string, string>,
) {
  const { archive } = input;
  for (const table of ARCHIVE_TABLES) {
    if (!(await copy.isEmpty(table.name)))
      throw new UserFacingError(
        "This school already has records: an archive is restored only into an empty school.",
      );
  }
  for (const table of ARCHIVE_TABLES) {
    const source =
      table.name === "users" ? creatorsFirst(archive.tables[table.name]!) : archive.tables[table.name]!;
    const rows = source.map((row) => remap(row, ids) as Row);
    for (let i = 0; i < rows.length; i += CHUNK) {
      try {
        await copy.insert(table.name, rows.slice(i, i + CHUNK));
      } catch (error) {
        if (!(error instanceof CopyRowError)) throw error;
        const row = source[i + error.index]!;
        const id =
          typeof row.id === "string"
            ? ` (id ${row.id})`
            : typeof row.user_id === "string"
              ? ` (user ${row.user_id})`
              : "";
        throw refuse(
          `The archive's records could not be restored, so nothing was kept: tables/${table.name}.json row ${i + error.index + 1}${id} was refused by the database (${error.reason}).`,
        );
      }
    }
  }
  await writeAudit(db, input.tenantId, schoolSideActor(input.actor), input.request, {
    action: "school_restored",
    resourceType: "tenant",
    resourceId: input.tenantId,
    newValues: {
      from: archive.manifest.school.slug,
      exportedAt: archive.manifest.exportedAt,
      counts: archive.manifest.counts,
    },
  });
}
