// Export → import round trip: a school restored from its archive into a new school holds exactly
// the same rows (every column, at the database level), with every id replaced consistently.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../../tests/support/database.ts";
import {
  closeConsoleDatabase,
  insertPlatform,
  openConsoleDatabase,
} from "../../../../tests/support/console-database.ts";
import type { School } from "../../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../../server/db/prisma.ts";
import { UserFacingError } from "../../../server/errors.ts";
import { packArchive, readSchool } from "./export.ts";
import { parseArchive, restoreRecords } from "./import.ts";
import { restoreAsNewSchool } from "./restore.ts";
import { ARCHIVE_TABLES } from "./tables.ts";
import { strFromU8, unzipSync } from "fflate";
import { packFiles } from "./zip.ts";

/** Every file of an archive as text (the test's own reader, not the restore's guarded one). */
const unpackFiles = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

let db: TestDatabase;
let app: BasePrismaClient;
let platform: BasePrismaClient;
let a: School;
let b: School;
let actor: { id: string; email: string; role: string };
const request = { ip: "192.0.2.15", userAgent: "test", method: "POST", url: "/tenants/x/data" };

beforeAll(async () => {
  ({
    db,
    app,
    platform,
    schools: [a, b],
  } = await openConsoleDatabase("a", "b"));
  ({ actor } = await insertPlatform(db));
  // The awkward values: a chain of creators, JSON null and nested ids, big integers, decimals, dates, arrays, branding.
  const q = (sql: string, params: unknown[]) => db.admin.query(sql, params);
  await q(
    "UPDATE tenants SET primary_color = '#224466', custom_css = '.card { border-radius: 4px; }', features = '{\"portal\": false}', timezone = 'America/Denver', max_students = 321 WHERE id = $1",
    [a.tenantId],
  );
  const admin = (
    await q(
      "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role, permissions, two_factor_enabled, backup_codes) VALUES ($1, 'admin@a.example', 'h', 'Ada', 'Admin', 'admin', NULL, true, ARRAY['x1','x2']) RETURNING id",
      [a.tenantId],
    )
  ).rows[0].id;
  const clerk = (
    await q(
      "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role, created_by, last_login) VALUES ($1, 'clerk@a.example', 'h', 'Cal', 'Clerk', 'staff', $2, '2026-10-01T08:15:30.123Z') RETURNING id",
      [a.tenantId, admin],
    )
  ).rows[0].id;
  await q("UPDATE users SET created_by = $1 WHERE id = $2", [clerk, a.ids.user]);
  await q(
    "INSERT INTO user_security (tenant_id, user_id, session_version, totp_last_step, invitation_pending) VALUES ($1, $2, 3, 59361234567, false)",
    [a.tenantId, admin],
  );
  await q(
    "UPDATE students SET documents = $1, allergies = 'Peanuts', iep_status = true, created_by = $2 WHERE id = $3",
    [JSON.stringify([{ name: "IEP", url: "https://files.example/iep.pdf" }]), admin, a.ids.student],
  );
  await q("UPDATE grades SET percentage = 85.00, is_late = true WHERE id = $1", [a.ids.grade]);
  // Attendance with the school's own code, what the office was told, a cover and a family message.
  const {
    rows: [code],
  } = await q(
    "INSERT INTO attendance_codes (tenant_id, code, name, status, counts_as) VALUES ($1, 'FT', 'Field trip', 'excused', 'present') RETURNING id",
    [a.tenantId],
  );
  await q("UPDATE attendance SET attendance_code_id = $1, status = 'excused' WHERE id = $2", [
    code.id,
    a.ids.attendance,
  ]);
  await q(
    "INSERT INTO attendance_settings (tenant_id, full_day_percent, half_day_percent) VALUES ($1, 90, 45)",
    [a.tenantId],
  );
  await q(
    "INSERT INTO attendance_notices (tenant_id, student_id, kind, starts_on, ends_on, at_time, attendance_code_id, created_by) VALUES ($1, $2, 'late_arrival', '2026-10-05', '2026-10-05', '10:15', $3, $4)",
    [a.tenantId, a.ids.student, code.id, admin],
  );
  await q(
    "INSERT INTO class_covers (tenant_id, class_id, day, teacher_id) VALUES ($1, $2, '2026-10-05', $3)",
    [a.tenantId, a.ids.class, a.ids.teacher],
  );
  await q(
    "INSERT INTO attendance_alerts (tenant_id, student_id, day, status, send_after, sent_at, reason, recipients) VALUES ($1, $2, '2026-10-05', 'sent', now(), now(), 'tardy', ARRAY['mum@example.org'])",
    [a.tenantId, a.ids.student],
  );
  await q(
    "INSERT INTO student_status_changes (tenant_id, student_id, from_status, to_status, effective_date, note, created_by) VALUES ($1, $2, 'active', 'withdrawn', '2026-10-02', 'Moved', $3)",
    [a.tenantId, a.spareStudents[0], clerk],
  );
  await q(
    "INSERT INTO audit_logs (tenant_id, user_id, action, resource_type, resource_id, old_values, new_values) VALUES ($1, $2, 'enrolled', 'enrollment', $3, NULL, $4)",
    [
      a.tenantId,
      admin,
      a.ids.enrollment,
      JSON.stringify({ classId: a.ids.class, studentIds: [a.ids.student] }),
    ],
  );
});
afterAll(() => closeConsoleDatabase({ db, app, platform }));

/** Every row of every archived table of a school, as PostgreSQL renders it, ids translated. */
async function tableDump(tenantId: string, translate: (text: string) => string = (t) => t) {
  const out: Record<string, string[]> = {};
  for (const table of ARCHIVE_TABLES) {
    const { rows } = await db.admin.query(
      `SELECT row_to_json(t)::text AS r FROM ${table.name} t WHERE tenant_id = $1`,
      [tenantId],
    );
    out[table.name] = rows.map((r: { r: string }) => translate(r.r)).sort();
  }
  return out;
}

describe("school archive", () => {
  it("restores into a new school exactly: every row and column, ids renamed consistently, the settings too", async () => {
    const archive = await readSchool({ tenantId: a.tenantId, actor, request }, { platform, school: app });
    expect(archive.manifest.counts).toMatchObject({
      users: 3,
      students: 7,
      user_security: 1,
      student_status_changes: 1,
      audit_logs: 2,
    });
    const bytes = packArchive(archive);
    const files = unpackFiles(bytes);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        "manifest.json",
        "tenant.json",
        "tables/students.json",
        "csv/students.csv",
        "csv/audit_logs.csv",
      ]),
    );
    expect(files["csv/students.csv"]!.split("\r\n")[0]).toMatch(
      /^\uFEFF?id,tenant_id,user_id,student_id,first_name/,
    );
    expect(files["csv/students.csv"]).toContain("Peanuts");

    const before = await tableDump(a.tenantId);
    const { tenant, ids } = await restoreAsNewSchool(
      { slug: "a-restored", subdomain: "a-restored", bytes, actor, request },
      { platform, school: app },
    );
    const translate = (text: string) =>
      text.replace(
        /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
        (id) => ids.get(id) ?? id,
      );
    const after = await tableDump(tenant.id);
    // The restore records itself in the new school's audit log; everything else is the original.
    const restoredEvent = after.audit_logs!.filter((r) => r.includes('"school_restored"'));
    expect(restoredEvent).toHaveLength(1);
    after.audit_logs = after.audit_logs!.filter((r) => !r.includes('"school_restored"'));
    const expected = Object.fromEntries(
      Object.entries(before).map(([k, rows]) => [k, rows.map(translate).sort()]),
    );
    // The original's own "school_exported" row was written after it was read, so it is not in the archive.
    expected.audit_logs = expected.audit_logs!.filter((r) => !r.includes('"school_exported"'));
    expect(after).toEqual(expected);
    expect(new Set(ids.values()).size).toBe(ids.size);
    for (const id of ids.keys())
      if (id !== a.tenantId) expect(after.users!.join() + after.students!.join()).not.toContain(id);

    const {
      rows: [settings],
    } = await db.admin.query(
      "SELECT slug, subdomain, primary_color, custom_css, features, timezone, max_students, subscription_status FROM tenants WHERE id = $1",
      [tenant.id],
    );
    expect(settings).toEqual({
      slug: "a-restored",
      subdomain: "a-restored",
      primary_color: "#224466",
      custom_css: ".card { border-radius: 4px; }",
      features: { portal: false },
      timezone: "America/Denver",
      max_students: 321,
      subscription_status: "active",
    });
    const { rows: events } = await db.admin.query(
      "SELECT action FROM audit_logs WHERE tenant_id IS NULL AND resource_id IN ($1, $2) ORDER BY action",
      [a.tenantId, tenant.id],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual(["tenant_exported", "tenant_restored"]);
    // The school sees, in its own log, that its data was exported.
    expect(
      (
        await db.admin.query(
          "SELECT user_email FROM audit_logs WHERE tenant_id = $1 AND action = 'school_exported'",
          [a.tenantId],
        )
      ).rows,
    ).toEqual([{ user_email: actor.email }]);
  });

  it("refuses a school that already has records, and damaged or foreign files, writing nothing", async () => {
    const archive = await readSchool({ tenantId: a.tenantId, actor, request }, { platform, school: app });
    const before = await tableDump(b.tenantId);
    await expect(
      restoreRecords({ tenantId: b.tenantId, archive, actor, request }, { school: app }),
    ).rejects.toThrow(/already has records/);
    expect(await tableDump(b.tenantId)).toEqual(before);

    expect(() => parseArchive(new TextEncoder().encode("not a zip"))).toThrow(UserFacingError);
    expect(() => parseArchive(packFiles({ "readme.txt": "hello" }))).toThrow(/not a school archive/);
    const files = unpackFiles(packArchive(archive));
    const truncated = {
      ...files,
      "tables/students.json": JSON.stringify(JSON.parse(files["tables/students.json"]!).slice(1)),
    };
    expect(() => parseArchive(packFiles(truncated))).toThrow(/holds 6 rows where its manifest says 7/);

    // A bad row halfway through: the new school and everything written before it are gone.
    const broken = {
      ...files,
      "tables/grades.json": JSON.stringify([
        { ...JSON.parse(files["tables/grades.json"]!)[0], points_possible: "lots" },
      ]),
    };
    const tenantsBefore = (await db.admin.query("SELECT count(*)::int AS n FROM tenants")).rows[0].n;
    await expect(
      restoreAsNewSchool(
        { slug: "a-broken", subdomain: "a-broken", bytes: packFiles(broken), actor, request },
        { platform, school: app },
      ),
    ).rejects.toMatchObject({
      field: "archive",
      message: expect.stringMatching(
        /could not be restored, so nothing was kept: tables\/grades\.json row 1 \(id [0-9a-f-]{36}\) was refused by the database \(invalid input syntax for type numeric: "lots"\)/,
      ),
    });
    // Rows claiming another school (here: school B) are refused before anything is written.
    const foreign = {
      ...files,
      "tables/classes.json": JSON.stringify(
        JSON.parse(files["tables/classes.json"]!).map((c: Record<string, unknown>) => ({
          ...c,
          tenant_id: b.tenantId,
        })),
      ),
    };
    expect(() => parseArchive(packFiles(foreign))).toThrow(
      /tables\/classes\.json row 1 holds a record of another school/,
    );
    expect((await db.admin.query("SELECT count(*)::int AS n FROM tenants")).rows[0].n).toBe(tenantsBefore);
    expect(
      (await db.admin.query("SELECT count(*)::int AS n FROM users WHERE email = 'clerk@a.example'")).rows[0]
        .n,
    ).toBe(2);
  });

  it("refuses an archive bomb from its directory alone, in bounded time and memory", async () => {
    const files = unpackFiles(
      packArchive(await readSchool({ tenantId: a.tenantId, actor, request }, { platform, school: app })),
    );
    // tables/users.json: two million zeros where the manifest promises three users (≈ 6 KB zipped).
    const zeros = `[${"0,".repeat(2_000_000)}0]`;
    const bomb = packFiles({ ...files, "tables/users.json": zeros });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    expect(() => parseArchive(bomb)).toThrow(/tables\/users\.json is far larger than its 3 rows need/);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(32 * 1024 ** 2);

    // The manifest may not promise what no school has either.
    const manifest = JSON.parse(files["manifest.json"]!);
    const huge = packFiles({
      ...files,
      "manifest.json": JSON.stringify({ ...manifest, counts: { ...manifest.counts, users: 2_000_000 } }),
      "tables/users.json": zeros,
    });
    expect(() => parseArchive(huge)).toThrow(/declares 2,000,000 rows in users, more than a school can hold/);

    // A directory that lies about an entry's size inflates no more than it declared, and is refused.
    const lying = packFiles({ ...files, "tables/users.json": `[${"0,".repeat(2_000_000)}0]` });
    const view = new DataView(lying.buffer, lying.byteOffset, lying.byteLength);
    for (let at = lying.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(lying.subarray(at + 46, at + 46 + nameLength));
      if (name === "tables/users.json") view.setUint32(at + 24, 2000, true);
    }
    const heapBeforeLie = process.memoryUsage().heapUsed;
    expect(() => parseArchive(lying)).toThrow(/tables\/users\.json (is damaged|row 1 is not a record)/);
    expect(process.memoryUsage().heapUsed - heapBeforeLie).toBeLessThan(32 * 1024 ** 2);

    // Stops at the first row that is not a record, without reading on.
    const rows = JSON.parse(files["tables/students.json"]!);
    const bad = packFiles({
      ...files,
      "tables/students.json": JSON.stringify([rows[0], 0, ...rows.slice(2)]),
    });
    expect(() => parseArchive(bad)).toThrow(/tables\/students\.json row 2 is not a record/);
  });

  it("refuses settings in tenant.json that the console's own forms would refuse, creating no school", async () => {
    const files = unpackFiles(
      packArchive(await readSchool({ tenantId: a.tenantId, actor, request }, { platform, school: app })),
    );
    const settings = JSON.parse(files["tenant.json"]!);
    const tenantsBefore = (await db.admin.query("SELECT count(*)::int AS n FROM tenants")).rows[0].n;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ logoUrl: "javascript:alert(1)" }, /\(logo\)/],
      [{ timezone: "Mars/Olympus_Mons" }, /\(timezone\)/],
      [{ maxStudents: -5 }, /\(student limit\)/],
      [{ primaryColor: "red;}" }, /\(main colour\)/],
    ];
    for (const [change, message] of cases) {
      const bytes = packFiles({ ...files, "tenant.json": JSON.stringify({ ...settings, ...change }) });
      await expect(
        restoreAsNewSchool(
          { slug: "a-bad-settings", subdomain: "a-bad-settings", bytes, actor, request },
          { platform, school: app },
        ),
      ).rejects.toMatchObject({ field: "archive", message: expect.stringMatching(message) });
    }
    expect((await db.admin.query("SELECT count(*)::int AS n FROM tenants")).rows[0].n).toBe(tenantsBefore);
  });
});
