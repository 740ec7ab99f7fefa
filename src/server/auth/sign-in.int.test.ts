// Password sign-in against the database: lockout, throttling and the same answer for every failure.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../db/prisma.ts";
import { hashPassword } from "./passwords.ts";
import { MAX_FAILED_ATTEMPTS, signInWithPassword } from "./sign-in.ts";
import { codeAt, currentStep } from "./totp.ts";
import { beginEnrolment, confirmEnrolment } from "./two-factor.ts";

const PASSWORD = "Quiet library at dawn";
let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let request = { ip: "198.51.100.7", userAgent: "test-agent", method: "POST", url: "/api/auth/callback/credentials" };

beforeAll(async () => {
  ({ db, app, schools: [a, b] } = await openSchoolDatabase("a", "b"));
  const hash = await hashPassword(PASSWORD);
  await db.admin.query("UPDATE users SET password_hash = $1, email = 'pat@example.org' WHERE id = ANY($2)", [hash, [a.ids.user, b.ids.user]]);
});
afterAll(() => closeSchoolDatabase(db, app));

const active = (school: School) => ({ id: school.tenantId, subscriptionStatus: "active" });
const attempt = (email: string, password: string, school: School = a, tenant = active(school)) =>
  signInWithPassword({ tenant, email, password, request }, { client: app });
const userRow = async (id: string) => (await db.admin.query("SELECT login_attempts, locked_until, last_login FROM users WHERE id = $1", [id])).rows[0];
const audits = async (tenantId: string, action: string) =>
  (await db.admin.query("SELECT count(*)::int AS n FROM audit_logs WHERE tenant_id = $1 AND action = $2", [tenantId, action])).rows[0].n as number;
const resetUser = (id: string) => db.admin.query("UPDATE users SET login_attempts = 0, locked_until = NULL, status = 'active' WHERE id = $1", [id]);

describe("signInWithPassword", () => {
  it("signs in with the right password, case-insensitive email, and records it", async () => {
    const result = await attempt("  PAT@example.org ", PASSWORD);
    expect(result).toEqual({ ok: true, user: expect.objectContaining({ id: a.ids.user, tenantId: a.tenantId, role: "teacher", sessionVersion: 1 }) });
    expect((await userRow(a.ids.user)).last_login).not.toBeNull();
    expect(await audits(a.tenantId, "login")).toBe(1);
  });

  it("gives the same answer for an unknown email and a wrong password, and audits both", async () => {
    const before = await audits(a.tenantId, "login_failed");
    expect(await attempt("nobody@example.org", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("pat@example.org", "Wrong but long enough")).toEqual({ ok: false, reason: "invalid" });
    expect(await audits(a.tenantId, "login_failed")).toBe(before + 2);
    await resetUser(a.ids.user);
  });

  it("refuses another school's valid credentials", async () => {
    await db.admin.query("UPDATE users SET email = 'only-at-b@example.org' WHERE id = $1", [b.ids.user]);
    expect(await attempt("only-at-b@example.org", PASSWORD, a)).toEqual({ ok: false, reason: "invalid" });
    expect((await attempt("only-at-b@example.org", PASSWORD, b)).ok).toBe(true);
  });

  it(`locks the account after ${MAX_FAILED_ATTEMPTS} failures, even against the right password, and ends its sessions`, async () => {
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) expect((await attempt("pat@example.org", `Wrong guess number ${i}`)).ok).toBe(false);
    expect((await userRow(a.ids.user)).locked_until.getTime()).toBeGreaterThan(Date.now());
    expect(await attempt("pat@example.org", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await audits(a.tenantId, "account_locked")).toBe(1);
    const { rows: [security] } = await db.admin.query("SELECT session_version FROM user_security WHERE user_id = $1", [a.ids.user]);
    expect(security.session_version).toBe(2);

    await db.admin.query("UPDATE users SET locked_until = now() - interval '1 minute' WHERE id = $1", [a.ids.user]);
    expect(await attempt("pat@example.org", PASSWORD)).toMatchObject({ ok: true, user: { sessionVersion: 2 } });
    expect((await userRow(a.ids.user)).login_attempts).toBe(0);
  });

  it("throttles an address with too many failures, while other addresses still sign in", async () => {
    await db.admin.query(
      "INSERT INTO login_throttle (tenant_id, ip_address, failures) VALUES ($1, '198.51.100.66', 30)", [a.tenantId]);
    const saved = request;
    request = { ...saved, ip: "198.51.100.66" };
    expect(await attempt("pat@example.org", PASSWORD)).toEqual({ ok: false, reason: "throttled" });
    request = saved;
    expect((await attempt("pat@example.org", PASSWORD)).ok).toBe(true);
  });

  it("refuses an inactive account and a suspended school", async () => {
    await db.admin.query("UPDATE users SET status = 'inactive' WHERE id = $1", [a.ids.user]);
    expect(await attempt("pat@example.org", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    await resetUser(a.ids.user);
    expect(await attempt("pat@example.org", PASSWORD, a, { id: a.tenantId, subscriptionStatus: "suspended" })).toEqual({ ok: false, reason: "unavailable" });
  });
});

describe("signInWithPassword with two-factor on", () => {
  it("asks for the code after a right password, refuses a wrong one as a failure, accepts a fresh one", async () => {
    vi.stubEnv("APP_ENCRYPTION_KEY", Buffer.alloc(32, 5).toString("base64"));
    await resetUser(a.ids.user);
    const actor = { tenantId: a.tenantId, userId: a.ids.user, email: "pat@example.org", role: "teacher" };
    const { secret } = await beginEnrolment(actor, "School", { client: app });
    await confirmEnrolment(actor, await codeAt(secret, currentStep() - 1), request, { client: app });

    expect(await attempt("pat@example.org", PASSWORD)).toEqual({ ok: false, reason: "second_factor_required" });
    expect(await signInWithPassword({ tenant: active(a), email: "pat@example.org", password: "Wrong password here", code: "123456", request }, { client: app }))
      .toEqual({ ok: false, reason: "invalid" });
    const wrong = await signInWithPassword({ tenant: active(a), email: "pat@example.org", password: PASSWORD, code: "000000", request }, { client: app });
    expect(wrong).toEqual({ ok: false, reason: "second_factor_invalid" });
    expect((await userRow(a.ids.user)).login_attempts).toBeGreaterThanOrEqual(1);
    const right = await signInWithPassword({ tenant: active(a), email: "pat@example.org", password: PASSWORD, code: await codeAt(secret, currentStep()), request }, { client: app });
    expect(right.ok).toBe(true);
    vi.unstubAllEnvs();
  });
});
