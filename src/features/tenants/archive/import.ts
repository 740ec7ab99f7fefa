import "server-only";
// Restoring a school archive into a new, empty school. Every id of the archive gets a fresh one,
// replaced consistently wherever it appears (references, audit values), so an archive can be
// restored beside the school it came from; everything else is written exactly as exported.
// The records go in one transaction: a bad archive leaves nothing behind.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { writeAudit, type AuditActor, type AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { withSchoolTableCopy, type SchoolTableCopy, type TenantDb } from "@/server/db/with-tenant";
import { UserFacingError } from "@/server/errors";
import { schoolSideActor } from "../platform-audit.ts";
import type { Manifest, SchoolArchive } from "./export.ts";
import { ARCHIVE_FORMAT, ARCHIVE_TABLE_NAMES, ARCHIVE_TABLES, ARCHIVE_VERSION, type Row } from "./tables.ts";
import { unpackFiles } from "./zip.ts";

const NOT_AN_ARCHIVE = "This file is not a school archive from this product (a .zip exported from a school's “Export and import” page).";
const rowSchema = z.record(z.string(), z.unknown());

/** The archive's files, checked: the right format and version, every table, counts that match. */
export function parseArchive(bytes: Uint8Array): SchoolArchive {
  let files;
  try {
    // The CSV copies are for people; a restore reads the JSON only.
    files = unpackFiles(bytes, { maxFiles: 100, maxBytes: 2 * 1024 ** 3, only: (name) => name.endsWith(".json") });
  } catch {
    throw new UserFacingError("This archive unpacks to more than 2 GB; restore it with the command-line tools instead.", "archive");
  }
  if (!files?.["manifest.json"]) throw new UserFacingError(NOT_AN_ARCHIVE, "archive");
  const json = (name: string): unknown => {
    try {
      return JSON.parse(files[name] ?? "null");
    } catch {
      throw new UserFacingError(`The archive's ${name} is damaged.`, "archive");
    }
  };
  const manifest = json("manifest.json") as Manifest;
  if (manifest?.format !== ARCHIVE_FORMAT) throw new UserFacingError(NOT_AN_ARCHIVE, "archive");
  if (manifest.version !== ARCHIVE_VERSION) throw new UserFacingError(`This archive is version ${manifest.version}; this product restores version ${ARCHIVE_VERSION}.`, "archive");
  const tenant = rowSchema.safeParse(json("tenant.json"));
  if (!tenant.success) throw new UserFacingError("The archive's tenant.json is damaged.", "archive");
  const tables: Record<string, Row[]> = {};
  for (const table of ARCHIVE_TABLES) {
    const name = `tables/${table.name}.json`;
    const rows = z.array(rowSchema).safeParse(json(name));
    if (!rows.success || rows.data.length !== manifest.counts?.[table.name]) throw new UserFacingError(`The archive's ${name} is missing or does not match its manifest.`, "archive");
    // Every row belongs to the school the manifest names; anything else is not this school's archive.
    if (rows.data.some((row) => row.tenant_id !== manifest.school?.id)) throw new UserFacingError(`The archive's ${name} holds rows of another school.`, "archive");
    tables[table.name] = rows.data;
  }
  return { manifest, tenant: tenant.data, tables, columns: {} };
}

/** Replaces every string that is one of the archive's ids, at any depth. */
function remap(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === "string") return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remap(v, ids));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remap(v, ids)]));
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
    for (const row of archive.tables[table.name]!) if (typeof row.id === "string") ids.set(row.id, randomUUID());
  }
  await withSchoolTableCopy(input.tenantId, ARCHIVE_TABLE_NAMES, (db, copy) => writeRecords(db, copy, input, ids), {
    timeoutMs: 600_000, ...(clients.school ? { client: clients.school } : {}),
  }).catch((error: unknown) => {
    if (error instanceof UserFacingError) throw error;
    // The database refused a row (a reference to a record the archive does not hold, a value out
    // of range): the whole restore is rolled back; say which rule it broke.
    const detail = error instanceof Error ? (error.message.split("\n").find((line) => /violat|invalid|out of range/i.test(line)) ?? "") : "";
    throw new UserFacingError(`The archive's records could not be restored, so nothing was kept. ${detail.trim()}`.trim(), "archive");
  });
  return ids;
}

async function writeRecords(db: TenantDb, copy: SchoolTableCopy, input: { tenantId: string; archive: SchoolArchive; actor: AuditActor; request: AuditRequest }, ids: Map<string, string>) {
  const { archive } = input;
  for (const table of ARCHIVE_TABLES) {
    if (!(await copy.isEmpty(table.name))) throw new UserFacingError("This school already has records: an archive is restored only into an empty school.");
  }
  for (const table of ARCHIVE_TABLES) {
    const source = table.name === "users" ? creatorsFirst(archive.tables[table.name]!) : archive.tables[table.name]!;
    const rows = source.map((row) => remap(row, ids) as Row);
    for (let i = 0; i < rows.length; i += CHUNK) await copy.insert(table.name, rows.slice(i, i + CHUNK));
  }
  await writeAudit(db, input.tenantId, schoolSideActor(input.actor), input.request, {
    action: "school_restored", resourceType: "tenant", resourceId: input.tenantId,
    newValues: { from: archive.manifest.school.slug, exportedAt: archive.manifest.exportedAt, counts: archive.manifest.counts },
  });
}
