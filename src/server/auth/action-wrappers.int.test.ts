// The action wrappers themselves, run for real (guards, session rows, tenancy, the database under
// row-level security) as if a request had arrived with a host and a signed session cookie: each
// refuses no session, the wrong audience, owed two-factor and a missing permission before any
// school query; parses input before the body; runs the body in one transaction; and the
// check-then-write actions keep their serializable isolation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { asAppLogin, createTestDatabase } from "../../../tests/support/database.ts";
import { createSchool, type School } from "../../../tests/support/two-schools.ts";
import { createPrismaClient, poolOf, type BasePrismaClient } from "../db/prisma.ts";
import { APP_DB_ROLE, PLATFORM_DB_ROLE } from "../db/roles.ts";
import { withTenant } from "../db/with-tenant.ts";
import { UserFacingError } from "../errors.ts";
import { invalidateTenantCache } from "../tenancy/current-tenant.ts";
import { TENANT_HOST_HEADER } from "../tenancy/host.ts";
import { UNKNOWN_FIELDS } from "../action-result.ts";
import { consoleAction } from "./console-session.ts";
import { asIncomingRequest } from "./incoming-request.ts";
import { publicSchoolAction } from "./public-action.ts";
import {
  accountAction,
  MODULE_OFF,
  NOT_ALLOWED,
  portalAction,
  SIGNED_OUT,
  staffAction,
} from "./school-actions.ts";
import { startSession, type SessionClaims } from "./user-sessions.ts";
import { setCalendarDayAction, startRolloverAction } from "../../features/school-year/actions.ts";
import { reopenGradesAction, saveCellAction } from "../../features/gradebook/actions.ts";
import {
  excuseAction,
  saveCodeAction,
  saveRegisterAction,
  setCoverAction,
} from "../../features/attendance/actions.ts";
import {
  inviteGuardianAction,
  queueGuardianInvitesAction,
  removeGuardianLinkAction,
} from "../../features/guardians/actions.ts";
import { saveContactAction, saveMailPreferencesAction } from "../../features/portal/actions.ts";

let db: TestDatabase;
let a: School;
let b: School;
let hostOf: Record<string, string>;
const people: Record<string, { id: string; tenantId: string }> = {};
/**
 * School-data transactions opened through the application's pool (withTenant's $extends). A
 * signed-in request's session check is one (it reads the person's own session row); a refusal
 * must open no other, so the body's transaction is the second.
 */
let schoolTransactions = 0;
const SESSION_CHECK = 1;

/** The application's own pools, pointed at this file's database and counting school transactions. */
function installPools(url: string) {
  const app = createPrismaClient(asAppLogin(url), { role: APP_DB_ROLE, poolSize: 4 });
  // Every school transaction begins on one of the pool's connections: count the BEGINs.
  poolOf(app)!.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
      config: unknown,
      ...rest: unknown[]
    ) => {
      if ((config as { text?: string } | null)?.text === "BEGIN") schoolTransactions++;
      return query(config, ...rest);
    };
  });
  const pools = globalThis as unknown as { sisAppDb?: BasePrismaClient; sisPlatformDb?: BasePrismaClient };
  pools.sisAppDb = app;
  pools.sisPlatformDb = createPrismaClient(asAppLogin(url), { role: PLATFORM_DB_ROLE, poolSize: 2 });
  return app;
}

async function person(key: string, school: { tenantId: string }, role: string, extra = "") {
  const { rows } = await db.admin.query(
    `INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role${extra ? ", two_factor_enabled" : ""})
     VALUES ($1, $2, 'x', 'Test', $3, $4${extra ? `, ${extra}` : ""}) RETURNING id`,
    [school.tenantId, `${key}.probe@example.org`, key, role],
  );
  people[key] = { id: rows[0].id, tenantId: school.tenantId };
}

/** The claims a signed session cookie of this person would carry (with a real session row). */
async function claimsOf(key: string): Promise<Partial<SessionClaims>> {
  const { id, tenantId } = people[key]!;
  const sid = await withTenant(tenantId, (tx) =>
    startSession(tx, tenantId, id, { ip: "192.0.2.5", userAgent: "test", method: "POST", url: "/login" }),
  );
  return { uid: id, tid: tenantId, sid, sv: 1, authTime: Math.floor(Date.now() / 1000) };
}

/** Calls an action as a request on this host, signed in as `who` (or with no session). */
async function call<T>(host: string, who: string | null, action: (raw: unknown) => Promise<T>, raw: unknown) {
  const claims = who ? await claimsOf(who) : null;
  const headers = new Headers({
    host,
    [TENANT_HOST_HEADER]: host,
    "x-forwarded-for": "192.0.2.7",
    "user-agent": "test",
  });
  schoolTransactions = 0;
  return asIncomingRequest({ headers: async () => headers, sessionClaims: async () => claims }, () =>
    action(raw),
  );
}

let bodyRuns = 0;
const probeSchema = z.strictObject({ note: z.string().min(1, "Write a note.") });
/** A body that writes an audit row, then fails when asked: the row must not survive. */
const probeBody = async (ctx: {
  db: import("../db/with-tenant.ts").TenantDb;
  tenantId: string;
  input: { note: string };
}) => {
  bodyRuns++;
  await ctx.db.auditLog.create({
    data: { tenantId: ctx.tenantId, action: `probe:${ctx.input.note}`, resourceType: "probe" },
  });
  if (ctx.input.note.startsWith("refuse")) throw new UserFacingError("Refused halfway.", "note");
  return { ok: true as const };
};
const staffProbe = staffAction(
  { schema: probeSchema, path: "/probe", permission: "students.write" },
  probeBody,
);
const portalProbe = portalAction({ schema: probeSchema, path: "/probe" }, probeBody);
const accountProbe = accountAction({ schema: probeSchema, path: "/probe" }, probeBody);
const probeRows = async (note: string) =>
  (await db.admin.query("SELECT count(*)::int AS n FROM audit_logs WHERE action = $1", [`probe:${note}`]))
    .rows[0].n;

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createSchool(db.admin, "a");
  b = await createSchool(db.admin, "b");
  // School B requires two-factor of its administrators.
  await db.admin.query(`UPDATE tenants SET features = '{"require2faRoles": ["admin"]}' WHERE id = $1`, [
    b.tenantId,
  ]);
  const { rows: slugs } = await db.admin.query("SELECT id, subdomain FROM tenants");
  hostOf = Object.fromEntries(slugs.map((t) => [t.id, `${t.subdomain}.localhost`]));
  installPools(db.url);
  await person("admin", a, "admin");
  await person("teacher", a, "teacher");
  await person("parent", a, "parent");
  await person("student", a, "student");
  await person("owing", b, "admin");
  const { rows: platform } = await db.admin.query(
    "INSERT INTO tenants (name, slug, school_name, school_type, school_level) VALUES ('Platform', 'platform', 'Platform', 'public', 'high') RETURNING id",
  );
  const platformTenant = { tenantId: platform[0].id as string };
  await person("operator", platformTenant, "super_admin", "true");
  await person("fresh-operator", platformTenant, "super_admin", "false");
});
afterAll(async () => {
  const pools = globalThis as unknown as { sisAppDb?: BasePrismaClient; sisPlatformDb?: BasePrismaClient };
  await pools.sisAppDb?.$disconnect();
  await pools.sisPlatformDb?.$disconnect();
  await db?.drop();
});

describe("school action wrappers", () => {
  it("the gradebook's actions: another school's or another teacher's assignment is not found; a role without the right is refused", async () => {
    const host = hostOf[a.tenantId]!;
    const assignmentIn = async (school: School) =>
      (
        await db.admin.query(
          `INSERT INTO assignments (tenant_id, class_id, name, assignment_type, category, points_possible, assigned_date)
           VALUES ($1, $2, 'Probe quiz', 'quiz', 'Quizzes', 10, '2026-09-01') RETURNING id`,
          [school.tenantId, school.ids.class],
        )
      ).rows[0].id as string;
    const ours = await assignmentIn(a);
    const theirs = await assignmentIn(b);
    const cell = (assignmentId: string) => ({
      assignmentId,
      studentId: a.ids.student,
      points: "7",
      mark: null,
      expected: null,
    });
    // The probe teacher teaches nothing: School A's own class is someone else's.
    expect(await call(host, "teacher", saveCellAction, cell(ours))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await call(host, "teacher", saveCellAction, cell(theirs))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    // Administrators read gradebooks but do not grade; parents are not staff.
    expect(await call(host, "admin", saveCellAction, cell(ours))).toEqual(NOT_ALLOWED);
    expect(await call(host, "parent", saveCellAction, cell(ours))).toEqual(NOT_ALLOWED);
    expect(await call(host, "teacher", saveCellAction, { ...cell(ours), status: "graded" })).toMatchObject({
      ok: false,
    });
    expect(
      await call(host, "teacher", reopenGradesAction, {
        classId: a.ids.class,
        gradingPeriodId: ours,
        reason: "x",
      }),
    ).toEqual(NOT_ALLOWED);
    const { rows } = await db.admin.query(
      "SELECT count(*)::int AS n FROM grades WHERE assignment_id = ANY($1)",
      [[ours, theirs]],
    );
    expect(rows[0].n).toBe(0);
  });
  it("attendance's actions: another teacher's or another school's class is not found; the office's are refused to others", async () => {
    const host = hostOf[a.tenantId]!;
    const codeOf = async (school: School) => {
      const { rows } = await db.admin.query(
        `INSERT INTO attendance_codes (tenant_id, code, name, status, counts_as) VALUES ($1, 'PX', 'Present', 'present', 'present')
         ON CONFLICT (tenant_id, code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [school.tenantId],
      );
      return rows[0].id as string;
    };
    const register = (classId: string, codeId: string) => ({
      classId,
      day: "2026-09-02",
      marks: [{ studentId: a.ids.student, codeId, reason: "", notes: "" }],
    });
    const ours = await codeOf(a);
    // The probe teacher teaches nothing: School A's own class is someone else's; B's does not exist here.
    expect(await call(host, "teacher", saveRegisterAction, register(a.ids.class, ours))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await call(host, "teacher", saveRegisterAction, register(b.ids.class, ours))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await call(host, "parent", saveRegisterAction, register(a.ids.class, ours))).toEqual(NOT_ALLOWED);
    // Codes, excuses and covers are the office's.
    const code = { code: "ZZ", name: "Probe", status: "absent", countsAs: "absent", isActive: true };
    expect(await call(host, "teacher", saveCodeAction, code)).toEqual(NOT_ALLOWED);
    expect(
      await call(host, "teacher", excuseAction, {
        studentId: a.ids.student,
        day: "2026-09-02",
        codeId: ours,
        reason: "x",
      }),
    ).toEqual(NOT_ALLOWED);
    expect(
      await call(host, "teacher", setCoverAction, { classId: a.ids.class, day: "2026-09-02", teacherId: "" }),
    ).toEqual(NOT_ALLOWED);
    // The office reaches another school's student as not found.
    expect(
      await call(host, "admin", excuseAction, {
        studentId: b.ids.student,
        day: "2026-09-02",
        codeId: ours,
        reason: "x",
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
    // Unknown keys are refused before anything runs.
    expect(await call(host, "admin", saveCodeAction, { ...code, tenantId: b.tenantId })).toMatchObject({
      ok: false,
    });
    const { rows } = await db.admin.query(
      "SELECT (SELECT count(*)::int FROM attendance_codes WHERE code = 'ZZ') AS codes, (SELECT count(*)::int FROM attendance WHERE attendance_date = '2026-09-02') AS marks",
    );
    expect(rows[0]).toEqual({ codes: 0, marks: 0 });
  });

  it("guardians' actions are the office's: another school's student or link is not found; teachers and parents are refused", async () => {
    const host = hostOf[a.tenantId]!;
    const invitation = (studentId: string) => ({
      studentId,
      firstName: "Gia",
      lastName: "Guardian",
      email: "gia.probe@example.org",
      phone: "",
      relationship: "Aunt",
      slot: null,
    });
    expect(await call(host, "teacher", inviteGuardianAction, invitation(a.ids.student))).toEqual(NOT_ALLOWED);
    expect(await call(host, "parent", inviteGuardianAction, invitation(a.ids.student))).toEqual(NOT_ALLOWED);
    expect(await call(host, "teacher", queueGuardianInvitesAction, { gradeLevel: "" })).toEqual(NOT_ALLOWED);
    expect(await call(host, "admin", inviteGuardianAction, invitation(b.ids.student))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(
      await call(host, "admin", inviteGuardianAction, { ...invitation(a.ids.student), tenantId: b.tenantId }),
    ).toMatchObject({ ok: false });
    const { rows: theirs } = await db.admin.query(
      "INSERT INTO student_guardians (tenant_id, student_id, user_id) SELECT $1, $2, id FROM users WHERE tenant_id = $1 LIMIT 1 RETURNING id",
      [b.tenantId, b.ids.student],
    );
    expect(await call(host, "admin", removeGuardianLinkAction, { linkId: theirs[0].id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    const { rows } = await db.admin.query(
      "SELECT (SELECT count(*)::int FROM users WHERE email = 'gia.probe@example.org') AS users, (SELECT count(*)::int FROM student_guardians) AS links",
    );
    expect(rows[0]).toEqual({ users: 0, links: 1 });
    // The office invites for its own student.
    expect(await call(host, "admin", inviteGuardianAction, invitation(a.ids.student))).toEqual({
      ok: true,
      data: { outcome: "invited" },
    });
  });

  it("the portal's own actions: family members only, a parent's mail choices, unknown keys refused", async () => {
    const host = hostOf[a.tenantId]!;
    const prefs = { attendance: false, reportCards: true };
    expect(await call(host, "teacher", saveMailPreferencesAction, prefs)).toEqual(NOT_ALLOWED);
    expect(await call(host, "student", saveMailPreferencesAction, prefs)).toMatchObject({
      ok: false,
      code: "not_allowed",
    });
    expect(
      await call(host, "parent", saveMailPreferencesAction, { ...prefs, userId: people.admin!.id }),
    ).toMatchObject({ ok: false });
    expect(await call(host, "parent", saveMailPreferencesAction, prefs)).toEqual({ ok: true });
    expect(
      await call(host, "parent", saveContactAction, { email: "teacher.probe@example.org", phone: "" }),
    ).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining("already uses")] } });
    const { rows } = await db.admin.query("SELECT email, mail_preferences FROM users WHERE id = $1", [
      people.parent!.id,
    ]);
    expect(rows[0]).toEqual({ email: "parent.probe@example.org", mail_preferences: prefs });
  });

  it("refuse a request without a session before any school query, and never run the body", async () => {
    bodyRuns = 0;
    for (const probe of [staffProbe, portalProbe, accountProbe]) {
      expect(await call(hostOf[a.tenantId]!, null, probe, { note: "x" })).toEqual(SIGNED_OUT);
      expect(schoolTransactions).toBe(0);
    }
    expect(bodyRuns).toBe(0);
  });

  it("refuse the wrong audience, a missing permission and owed two-factor, before any school query", async () => {
    bodyRuns = 0;
    const refused = async (host: string, who: string, probe: typeof staffProbe) => {
      expect(await call(host, who, probe, { note: "x" })).toEqual(NOT_ALLOWED);
      expect(schoolTransactions).toBe(SESSION_CHECK);
    };
    await refused(hostOf[a.tenantId]!, "parent", staffProbe);
    await refused(hostOf[a.tenantId]!, "admin", portalProbe);
    // A teacher may not write student records (students.write).
    await refused(hostOf[a.tenantId]!, "teacher", staffProbe);
    // School B requires two-factor of administrators; this one has not set it up.
    await refused(hostOf[b.tenantId]!, "owing", staffProbe);
    expect(bodyRuns).toBe(0);
    // ... but may run their own account's security actions, which is how they set it up.
    expect(await call(hostOf[b.tenantId]!, "owing", accountProbe, { note: "owing" })).toEqual({ ok: true });
  });

  it("the school year's actions: a teacher is refused; another school's year is not found", async () => {
    const host = hostOf[a.tenantId]!;
    const snowDay = { day: "2026-12-01", kind: "closure", reason: "Snow day", bellScheduleId: "" };
    expect(await call(host, "teacher", setCalendarDayAction, snowDay)).toEqual(NOT_ALLOWED);
    expect(
      (
        await db.admin.query("SELECT count(*)::int AS n FROM calendar_days WHERE tenant_id = $1", [
          a.tenantId,
        ])
      ).rows[0].n,
    ).toBe(0);
    expect(await call(host, "admin", setCalendarDayAction, snowDay)).toEqual({ ok: true });
    const {
      rows: [theirs],
    } = await db.admin.query("SELECT id FROM school_years WHERE tenant_id = $1 AND is_current", [b.tenantId]);
    const notFound = await call(host, "admin", startRolloverAction, {
      yearId: theirs.id,
      copyEnrollments: false,
      mapping: "",
    });
    expect(notFound).toMatchObject({ ok: false, code: "not_found" });
    expect((await db.admin.query("SELECT count(*)::int AS n FROM year_rollovers")).rows[0].n).toBe(0);
  });

  it("refuse a session on another school's host", async () => {
    expect(await call(hostOf[b.tenantId]!, "admin", staffProbe, { note: "x" })).toEqual(SIGNED_OUT);
    expect(schoolTransactions).toBe(0);
  });

  it("parse the input before the body: field errors, and unknown keys refused", async () => {
    bodyRuns = 0;
    expect(await call(hostOf[a.tenantId]!, "admin", staffProbe, { note: "" })).toEqual({
      ok: false,
      fieldErrors: { note: ["Write a note."] },
    });
    expect(schoolTransactions).toBe(SESSION_CHECK);
    expect(await call(hostOf[a.tenantId]!, "admin", staffProbe, { note: "x", role: "admin" })).toMatchObject({
      ok: false,
      formError: UNKNOWN_FIELDS,
    });
    expect(schoolTransactions).toBe(SESSION_CHECK);
    expect(bodyRuns).toBe(0);
  });

  it("run the body in one transaction: a refusal halfway leaves nothing written", async () => {
    expect(await call(hostOf[a.tenantId]!, "admin", staffProbe, { note: "kept" })).toEqual({ ok: true });
    expect(await probeRows("kept")).toBe(1);
    expect(schoolTransactions).toBe(SESSION_CHECK + 1);
    expect(await call(hostOf[a.tenantId]!, "admin", staffProbe, { note: "refused" })).toEqual({
      ok: false,
      fieldErrors: { note: ["Refused halfway."] },
    });
    expect(await probeRows("refused")).toBe(0);
    expect(await call(hostOf[a.tenantId]!, "parent", portalProbe, { note: "family" })).toEqual({ ok: true });
    expect(await probeRows("family")).toBe(1);
  });
});

describe("module switches", () => {
  it("a switched-off module's actions refuse before the body; the school's other actions go on", async () => {
    await db.admin.query(`UPDATE tenants SET features = '{"portal": false}' WHERE id = $1`, [a.tenantId]);
    invalidateTenantCache();
    bodyRuns = 0;
    expect(await call(hostOf[a.tenantId]!, "parent", portalProbe, { note: "off" })).toEqual(MODULE_OFF);
    expect(schoolTransactions).toBe(SESSION_CHECK);
    expect(bodyRuns).toBe(0);
    expect(await call(hostOf[a.tenantId]!, "admin", staffProbe, { note: "on" })).toEqual({ ok: true });
    await db.admin.query("UPDATE tenants SET features = '{}' WHERE id = $1", [a.tenantId]);
    invalidateTenantCache();
    expect(await call(hostOf[a.tenantId]!, "parent", portalProbe, { note: "back" })).toEqual({ ok: true });
  });
});

describe("public and console wrappers", () => {
  const publicProbe = publicSchoolAction(probeSchema, "/probe", async () => ({ ok: true as const }));
  const consoleProbe = consoleAction({ schema: probeSchema, path: "/probe" }, async () => ({
    ok: true as const,
  }));

  it("the public wrapper parses before anything and refuses a suspended school", async () => {
    expect(await call(hostOf[a.tenantId]!, null, publicProbe, { note: "" })).toMatchObject({
      ok: false,
      fieldErrors: { note: ["Write a note."] },
    });
    expect(await call(hostOf[a.tenantId]!, null, publicProbe, { note: "x" })).toEqual({ ok: true });
    await db.admin.query("UPDATE tenants SET subscription_status = 'suspended' WHERE id = $1", [b.tenantId]);
    invalidateTenantCache();
    expect(await call(hostOf[b.tenantId]!, null, publicProbe, { note: "x" })).toEqual({
      ok: false,
      code: "service_unavailable",
      formError: "This school's service is not available.",
    });
    await db.admin.query("UPDATE tenants SET subscription_status = 'active' WHERE id = $1", [b.tenantId]);
    invalidateTenantCache();
  });

  it("the console wrapper admits a super admin with two-factor only; a school's session is no console session", async () => {
    expect(await call("admin.localhost", null, consoleProbe, { note: "x" })).toEqual(SIGNED_OUT);
    expect(await call("admin.localhost", "admin", consoleProbe, { note: "x" })).toEqual(SIGNED_OUT);
    expect(await call("admin.localhost", "fresh-operator", consoleProbe, { note: "x" })).toEqual(NOT_ALLOWED);
    expect(await call("admin.localhost", "operator", consoleProbe, { note: "" })).toMatchObject({
      ok: false,
      fieldErrors: { note: ["Write a note."] },
    });
    expect(await call("admin.localhost", "operator", consoleProbe, { note: "x" })).toEqual({ ok: true });
  });
});

describe("check-then-write actions keep their serializable isolation", () => {
  // Without isolationLevel: "Serializable" on these actions, concurrent requests each see the seat
  // or the plan's room free and all commit: these tests then fail.
  it("enrolment: of four requests for the class's last seat, exactly one enrols", async () => {
    const { enrollStudentsAction } = await import("@/features/enrollments/actions");
    await db.admin.query("UPDATE classes SET max_students = 2, current_enrollment = 1 WHERE id = $1", [
      a.ids.class,
    ]);
    const host = hostOf[a.tenantId]!;
    const results = await Promise.all(
      a.spareStudents.slice(0, 4).map((studentId) =>
        call(host, "admin", enrollStudentsAction, {
          classId: a.ids.class,
          studentIds: [studentId],
          enrollmentDate: "2026-09-01",
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const { rows } = await db.admin.query(
      "SELECT count(*)::int AS n FROM enrollments WHERE class_id = $1 AND status = 'active'",
      [a.ids.class],
    );
    expect(rows[0].n).toBe(2);
  });

  it("plan limit: of four new students for the school's last place, exactly one is added", async () => {
    const { createStudentAction } = await import("@/features/students/actions");
    const { blankStudent } = await import("@/features/students/form-values");
    const { rows } = await db.admin.query(
      "SELECT count(*)::int AS n FROM students WHERE tenant_id = $1 AND status = 'active'",
      [a.tenantId],
    );
    await db.admin.query("UPDATE tenants SET max_students = $2 WHERE id = $1", [a.tenantId, rows[0].n + 1]);
    invalidateTenantCache();
    const host = hostOf[a.tenantId]!;
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        call(host, "admin", createStudentAction, {
          ...blankStudent("2026-08-24"),
          studentId: `RACE-${n}`,
          firstName: "Rae",
          lastName: `Racer${n}`,
          dateOfBirth: "2012-05-06",
          gradeLevel: "9",
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const after = await db.admin.query(
      "SELECT count(*)::int AS n FROM students WHERE tenant_id = $1 AND status = 'active'",
      [a.tenantId],
    );
    expect(after.rows[0].n).toBe(rows[0].n + 1);
  });
});
