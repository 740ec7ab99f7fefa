import "server-only";
// A school's archive: every record of the school (JSON per table, plus the same rows as CSV for
// spreadsheets), its settings, and a manifest with counts. Read in one REPEATABLE READ transaction
// so the tables agree with each other. Taking it is recorded in the platform's log and in the
// school's own audit log: the school can see that its data left. The archive holds sign-in
// secrets (password hashes, encrypted two-factor keys) so accounts work after a restore: it is as
// sensitive as the database itself.
import { toCsv } from "@/lib/csv";
import { writeAudit, type AuditActor, type AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { platformDb } from "@/server/db/platform";
import { withSchoolTableCopy } from "@/server/db/with-tenant";
import { schoolSideActor, writePlatformEvent } from "../platform-audit.ts";
import { findSchool } from "../settings.ts";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_TABLE_NAMES,
  ARCHIVE_TABLES,
  ARCHIVE_VERSION,
  TENANT_FIELDS,
  type Row,
} from "./tables.ts";
import { packFiles } from "./zip.ts";

export interface Manifest {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  exportedAt: string;
  school: { id: string; name: string; slug: string };
  counts: Record<string, number>;
}

const csvCell = (v: unknown) =>
  v === null || v === undefined
    ? null
    : typeof v === "object"
      ? JSON.stringify(v)
      : (v as string | number | boolean);

export interface SchoolArchive {
  manifest: Manifest;
  tenant: Row;
  tables: Record<string, Row[]>;
  columns: Record<string, string[]>;
}

/** The archive's content, before packing (what import reads back). */
export async function readSchool(
  input: { tenantId: string; actor: AuditActor; request: AuditRequest },
  clients: { platform?: BasePrismaClient; school?: BasePrismaClient } = {},
): Promise<SchoolArchive> {
  const platform = clients.platform ?? platformDb();
  const tenant = await findSchool(input.tenantId, platform);
  const tables: Record<string, Row[]> = {};
  const columns: Record<string, string[]> = {};
  await withSchoolTableCopy(
    tenant.id,
    ARCHIVE_TABLE_NAMES,
    async (db, copy) => {
      for (const table of ARCHIVE_TABLES) {
        columns[table.name] = await copy.columns(table.name);
        tables[table.name] = await copy.read(table.name, table.key);
      }
      await writeAudit(db, tenant.id, schoolSideActor(input.actor), input.request, {
        action: "school_exported",
        resourceType: "tenant",
        resourceId: tenant.id,
        newValues: { counts: countsOf(tables) },
      });
    },
    {
      isolationLevel: "RepeatableRead",
      timeoutMs: 300_000,
      ...(clients.school ? { client: clients.school } : {}),
    },
  );
  await platform.$transaction((tx) =>
    writePlatformEvent(tx, input.actor, input.request, {
      action: "tenant_exported",
      tenantId: tenant.id,
      newValues: { counts: countsOf(tables) },
    }),
  );
  return {
    manifest: {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      exportedAt: new Date().toISOString(),
      school: { id: tenant.id, name: tenant.name, slug: tenant.slug },
      counts: countsOf(tables),
    },
    tenant: JSON.parse(JSON.stringify(Object.fromEntries(TENANT_FIELDS.map((f) => [f, tenant[f]])))) as Row,
    tables,
    columns,
  };
}

const countsOf = (tables: Record<string, Row[]>) =>
  Object.fromEntries(Object.entries(tables).map(([k, rows]) => [k, rows.length]));

export function packArchive(archive: SchoolArchive): Uint8Array {
  const files: Record<string, string> = {
    "manifest.json": JSON.stringify(archive.manifest, null, 2),
    "tenant.json": JSON.stringify(archive.tenant, null, 2),
  };
  for (const table of ARCHIVE_TABLES) {
    const rows = archive.tables[table.name] ?? [];
    const header = archive.columns[table.name] ?? Object.keys(rows[0] ?? {});
    files[`tables/${table.name}.json`] = JSON.stringify(rows);
    files[`csv/${table.name}.csv`] = toCsv(
      header,
      rows.map((row) => header.map((column) => csvCell(row[column]))),
    );
  }
  return packFiles(files);
}

export const archiveFileName = (slug: string, at: Date) => `${slug}-${at.toISOString().slice(0, 10)}.zip`;
