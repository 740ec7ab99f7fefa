// Password sign-in against the database: lockout, throttling and the same answer for every failure.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../db/prisma.ts";
import { hashPassword } from "./passwords.ts";
import { signInWithPassword } from "./sign-in.ts";
import { ACCOUNT_MAX_FAILURES, ADDRESS_MAX_FAILURES, PAIR_MAX_FAILURES } from "./throttle.ts";
import { resolveSession } from "./user-sessions.ts";
import { codeAt, currentStep } from "./totp.ts";
import { beginEnrolment, confirmEnrolment } from "./two-factor.ts";

const PASSWORD = "Quiet library at dawn";
let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
const request = {
  ip: "198.51.100.7",
  userAgent: "test-agent",
  method: "POST",
  url: "/api/auth/callback/credentials",
};

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  const hash = await hashPassword(PASSWORD);
  await db.admin.query("UPDATE users SET password_hash = $1, email = 'pat@example.org' WHERE id = ANY($2)", [
    hash,
    [a.ids.user, b.ids.user],
  ]);
});
afterAll(() => closeSchoolDatabase(db, app));

const active = (school: School) => ({ id: school.tenantId, subscriptionStatus: "active" });
const attempt = (email: string, password: string, school: School = a, tenant = active(school)) =>
  signInWithPassword({ tenant, email, password, request }, { client: app });
const userRow = async (id: string) =>
  (await db.admin.query("SELECT login_attempts, locked_until, last_login FROM users WHERE id = $1", [id]))
    .rows[0];
const audits = async (tenantId: string, action: string) =>
  (
    await db.admin.query("SELECT count(*)::int AS n FROM audit_logs WHERE tenant_id = $1 AND action = $2", [
      tenantId,
      action,
    ])
  ).rows[0].n as number;
const resetUser = (id: string) =>
  db.admin.query(
    "UPDATE users SET login_attempts = 0, locked_until = NULL, status = 'active' WHERE id = $1",
    [id],
  );

describe("signInWithPassword", () => {
  it("signs in with the right password, case-insensitive email, and records it", async () => {
    const result = await attempt("  PAT@example.org ", PASSWORD);
    expect(result).toEqual({
      ok: true,
      user: expect.objectContaining({
        id: a.ids.user,
        tenantId: a.tenantId,
        role: "teacher",
        sessionVersion: 1,
      }),
    });
    expect((await userRow(a.ids.user)).last_login).not.toBeNull();
    expect(await audits(a.tenantId, "login")).toBe(1);
  });

  it("gives the same answer for an unknown email and a wrong password, and audits both", async () => {
    const before = await audits(a.tenantId, "login_failed");
    expect(await attempt("nobody@example.org", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("pat@example.org", "Wrong but long enough")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await audits(a.tenantId, "login_failed")).toBe(before + 2);
    await resetUser(a.ids.user);
  });

  it("refuses another school's valid credentials", async () => {
    await db.admin.query("UPDATE users SET email = 'only-at-b@example.org' WHERE id = $1", [b.ids.user]);
    expect(await attempt("only-at-b@example.org", PASSWORD, a)).toEqual({ ok: false, reason: "invalid" });
    expect((await attempt("only-at-b@example.org", PASSWORD, b)).ok).toBe(true);
  });

  it("an attacker's wrong passwords never end the owner's session nor keep the owner out (decision 011)", async () => {
    await resetUser(a.ids.user);
    const owner = { ...request, ip: "203.0.113.10" };
    const attacker = { ...request, ip: "198.51.100.200" };
    const signedIn = await signInWithPassword(
      { tenant: active(a), email: "pat@example.org", password: PASSWORD, request: owner },
      { client: app },
    );
    if (!signedIn.ok) throw new Error("owner could not sign in");
    const claims = {
      uid: a.ids.user,
      tid: a.tenantId,
      sid: signedIn.user.sessionId,
      sv: signedIn.user.sessionVersion,
      authTime: Math.floor(Date.now() / 1000),
    };

    for (let i = 0; i < PAIR_MAX_FAILURES * 3; i++) {
      await signInWithPassword(
        {
          tenant: active(a),
          email: "pat@example.org",
          password: `Wrong guess number ${i}`,
          request: attacker,
        },
        { client: app },
      );
    }
    // The attacker's address now waits, even with the right password…
    expect(
      await signInWithPassword(
        { tenant: active(a), email: "pat@example.org", password: PASSWORD, request: attacker },
        { client: app },
      ),
    ).toEqual({ ok: false, reason: "throttled" });
    // …while the owner's open session is untouched and the owner signs in again from their address.
    expect(await resolveSession(a.tenantId, claims, { client: app })).toMatchObject({ id: a.ids.user });
    expect((await userRow(a.ids.user)).locked_until).toBeNull();
    expect(
      (
        await signInWithPassword(
          { tenant: active(a), email: "pat@example.org", password: PASSWORD, request: owner },
          { client: app },
        )
      ).ok,
    ).toBe(true);
    expect(await audits(a.tenantId, "account_locked")).toBe(0);
  });

  it("makes one address wait after five wrong passwords for one account, whether the account exists or not", async () => {
    const typo = { ...request, ip: "203.0.113.77" };
    for (const email of ["pat@example.org", "nobody-here@example.org"]) {
      for (let i = 0; i < PAIR_MAX_FAILURES; i++) {
        expect(
          await signInWithPassword(
            { tenant: active(a), email, password: `Wrong guess ${i}`, request: typo },
            { client: app },
          ),
        ).toEqual({ ok: false, reason: "invalid" });
      }
      expect(
        await signInWithPassword(
          { tenant: active(a), email, password: PASSWORD, request: typo },
          { client: app },
        ),
      ).toEqual({ ok: false, reason: "throttled" });
    }
    // The administrator's unlock (users/service.ts) forgets the failures: here, by the window passing.
    await db.admin.query(
      "UPDATE auth_attempts SET attempted_at = attempted_at - interval '16 minutes' WHERE ip_address = '203.0.113.77'",
    );
    expect(
      (
        await signInWithPassword(
          { tenant: active(a), email: "pat@example.org", password: PASSWORD, request: typo },
          { client: app },
        )
      ).ok,
    ).toBe(true);
  });

  it("throttles an address spraying many accounts, except for accounts that signed in from it before", async () => {
    const nat = { ...request, ip: "198.51.100.66" };
    expect(
      (
        await signInWithPassword(
          { tenant: active(a), email: "pat@example.org", password: PASSWORD, request: nat },
          { client: app },
        )
      ).ok,
    ).toBe(true);
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) {
      await signInWithPassword(
        { tenant: active(a), email: `sprayed-${i}@example.org`, password: "Spring2026!!", request: nat },
        { client: app },
      );
    }
    await db.admin.query("UPDATE users SET email = 'fresh@example.org' WHERE id = $1", [b.ids.user]);
    expect(
      await signInWithPassword(
        { tenant: active(a), email: "someone-new@example.org", password: PASSWORD, request: nat },
        { client: app },
      ),
    ).toEqual({ ok: false, reason: "throttled" });
    expect(
      (
        await signInWithPassword(
          { tenant: active(a), email: "pat@example.org", password: PASSWORD, request: nat },
          { client: app },
        )
      ).ok,
    ).toBe(true);
    // Another school is not affected by this school's counters.
    expect(
      (
        await signInWithPassword(
          { tenant: active(b), email: "fresh@example.org", password: PASSWORD, request: nat },
          { client: app },
        )
      ).ok,
    ).toBe(true);
  });

  it("under guessing from many addresses, the account still opens from the addresses its owner used", async () => {
    const home = { ...request, ip: "203.0.113.99" };
    expect(
      (
        await signInWithPassword(
          { tenant: active(a), email: "pat@example.org", password: PASSWORD, request: home },
          { client: app },
        )
      ).ok,
    ).toBe(true);
    await db.admin.query(
      `INSERT INTO auth_attempts (tenant_id, kind, email, ip_address, succeeded)
       SELECT $1, 'sign_in', 'pat@example.org', ('10.9.' || (n / 250) || '.' || (n % 250 + 1))::inet, false FROM generate_series(1, $2) AS n`,
      [a.tenantId, ACCOUNT_MAX_FAILURES],
    );
    expect(
      await signInWithPassword(
        {
          tenant: active(a),
          email: "pat@example.org",
          password: PASSWORD,
          request: { ...request, ip: "192.0.2.250" },
        },
        { client: app },
      ),
    ).toEqual({ ok: false, reason: "throttled" });
    expect(
      (
        await signInWithPassword(
          { tenant: active(a), email: "pat@example.org", password: PASSWORD, request: home },
          { client: app },
        )
      ).ok,
    ).toBe(true);
    await db.admin.query("DELETE FROM auth_attempts WHERE email = 'pat@example.org' AND NOT succeeded");
  });

  it("an administrator's lock refuses even the right password", async () => {
    await db.admin.query("UPDATE users SET locked_until = now() + interval '1 hour' WHERE id = $1", [
      a.ids.user,
    ]);
    expect(await attempt("pat@example.org", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    await resetUser(a.ids.user);
  });

  it("refuses an inactive account and a suspended school", async () => {
    await db.admin.query("UPDATE users SET status = 'inactive' WHERE id = $1", [a.ids.user]);
    expect(await attempt("pat@example.org", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    await resetUser(a.ids.user);
    expect(
      await attempt("pat@example.org", PASSWORD, a, { id: a.tenantId, subscriptionStatus: "suspended" }),
    ).toEqual({ ok: false, reason: "unavailable" });
  });
});

describe("signInWithPassword with two-factor on", () => {
  it("asks for the code after a right password, refuses a wrong one as a failure, accepts a fresh one", async () => {
    vi.stubEnv("APP_ENCRYPTION_KEY", Buffer.alloc(32, 5).toString("base64"));
    await resetUser(a.ids.user);
    const actor = { tenantId: a.tenantId, userId: a.ids.user, email: "pat@example.org", role: "teacher" };
    const { secret } = await beginEnrolment(actor, "School", { client: app });
    await confirmEnrolment(actor, await codeAt(secret, currentStep() - 1), request, { client: app });

    expect(await attempt("pat@example.org", PASSWORD)).toEqual({
      ok: false,
      reason: "second_factor_required",
    });
    expect(
      await signInWithPassword(
        {
          tenant: active(a),
          email: "pat@example.org",
          password: "Wrong password here",
          code: "123456",
          request,
        },
        { client: app },
      ),
    ).toEqual({ ok: false, reason: "invalid" });
    const wrong = await signInWithPassword(
      { tenant: active(a), email: "pat@example.org", password: PASSWORD, code: "000000", request },
      { client: app },
    );
    expect(wrong).toEqual({ ok: false, reason: "second_factor_invalid" });
    expect((await userRow(a.ids.user)).login_attempts).toBeGreaterThanOrEqual(1);
    const right = await signInWithPassword(
      {
        tenant: active(a),
        email: "pat@example.org",
        password: PASSWORD,
        code: await codeAt(secret, currentStep()),
        request,
      },
      { client: app },
    );
    expect(right.ok).toBe(true);
    vi.unstubAllEnvs();
  });
});
