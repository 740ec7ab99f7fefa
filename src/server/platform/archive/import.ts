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

const NOT_AN_ARCHIVE = "rules.archive.notAnArchive";
const rowSchema = z.record(z.string(), z.unknown());
/** A refusal on the upload's field: a catalogue key ("rules.archive.…") and its values. */
const refuse = (key: string, values?: Record<string, string | number>) =>
  new UserFacingError(key, "archive", values);

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
    throw refuse("rules.archive.damaged", { name });
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
  if (manifestSize > ARCHIVE_LIMITS.manifestBytes) throw refuse("rules.archive.manifestTooLarge");

  // 2. The manifest says what the rest must be.
  const rawManifest = readJson(bytes, "manifest.json") as Partial<Manifest> | null;
  if (rawManifest?.format !== ARCHIVE_FORMAT) throw refuse(NOT_AN_ARCHIVE);
  if (rawManifest.version !== ARCHIVE_VERSION)
    throw refuse("rules.archive.version", { version: String(rawManifest.version), ours: ARCHIVE_VERSION });
  const parsedManifest = manifestSchema.safeParse(rawManifest);
  if (!parsedManifest.success) throw refuse("rules.archive.damaged", { name: "manifest.json" });
  const manifest = parsedManifest.data as Manifest;
  let declaredTotal = 0;
  for (const table of ARCHIVE_TABLES) {
    const count = manifest.counts[table.name]!;
    const name = `tables/${table.name}.json`;
    if (count > ARCHIVE_LIMITS.rows[table.name]!) {
      throw refuse("rules.archive.tooManyRows", {
        count,
        table: table.name,
        limit: ARCHIVE_LIMITS.rows[table.name]!,
      });
    }
    const size = sizeOf.get(name);
    if (size === undefined) throw refuse("rules.archive.missing", { name });
    if (size > entryBudget(table.name, count)) throw refuse("rules.archive.oversized", { name, count });
    declaredTotal += size;
  }
  const tenantSize = sizeOf.get("tenant.json");
  if (tenantSize === undefined || tenantSize > ARCHIVE_LIMITS.tenantBytes)
    throw refuse("rules.archive.tenantMissing");
  if (declaredTotal > ARCHIVE_LIMITS.totalBytes) throw refuse("rules.archive.tooLarge");

  // 3. Each table, one row at a time, stopping at the first row that is not this school's.
  const tenant = rowSchema.safeParse(readJson(bytes, "tenant.json"));
  if (!tenant.success) throw refuse("rules.archive.damaged", { name: "tenant.json" });
  const tables: Record<string, Row[]> = {};
  for (const table of ARCHIVE_TABLES) {
    tables[table.name] = readTable(bytes, table.name, manifest.counts[table.name]!, manifest.school.id);
  }
  return { manifest, tenant: tenant.data, tables, columns: {} };
}

function readTable(bytes: Uint8Array, table: string, count: number, schoolId: string): Row[] {
  const name = `tables/${table}.json`;
  const data = inflateEntry(bytes, name);
  if (!data) throw refuse("rules.archive.damaged", { name });
  const rows: Row[] = [];
  let problem: { key: string; row?: number } | null = null;
  try {
    forEachJsonElement(data, (element, index) => {
      if (index >= count) problem = { key: "rules.archive.moreRows" };
      else if (!element || typeof element !== "object" || Array.isArray(element))
        problem = { key: "rules.archive.notRecord", row: index + 1 };
      // Every row belongs to the school the manifest names; anything else is not this school's archive.
      else if ((element as Row).tenant_id !== schoolId)
        problem = { key: "rules.archive.otherSchool", row: index + 1 };
      if (problem) return false;
      rows.push(element as Row);
    });
  } catch (error) {
    problem =
      error instanceof JsonArrayError
        ? { key: "rules.archive.damagedAt", row: error.index + 1 }
        : { key: "rules.archive.damaged" };
  }
  if (!problem && rows.length !== count) problem = { key: "rules.archive.fewerRows" };
  const found: { key: string; row?: number } | null = problem;
  if (found) throw refuse(found.key, { name, count, found: rows.length, row: found.row ?? 0 });
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
    throw refuse("rules.archive.notRestored");
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
    if (!(await copy.isEmpty(table.name))) throw new UserFacingError("rules.archive.notEmpty");
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
            ? `id ${row.id}`
            : typeof row.user_id === "string"
              ? `user ${row.user_id}`
              : "—";
        throw refuse("rules.archive.rowRefused", {
          name: `tables/${table.name}.json`,
          row: i + error.index + 1,
          id,
          reason: error.reason,
        });
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
