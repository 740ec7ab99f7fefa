// Two-factor against the database: enrolment, replay, single-use backup codes, sessions ended.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asAppLogin, createTestDatabase, type TestDatabase } from "../../../tests/support/database.ts";
import { createSchool, type School } from "../../../tests/support/two-schools.ts";
import { createPrismaClient, type BasePrismaClient } from "../db/prisma.ts";
import { APP_DB_ROLE } from "../db/roles.ts";
import { codeAt, currentStep } from "./totp.ts";
import {
  beginEnrolment,
  confirmEnrolment,
  disableTwoFactor,
  TwoFactorAlreadyOnError,
  twoFactorRequired,
  verifySecondFactor,
} from "./two-factor.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let school: School;
let actor: { tenantId: string; userId: string; email: string; role: string };
let secret: string;
let backupCodes: string[] = [];
const request = { ip: "192.0.2.8", userAgent: "test", method: "POST", url: "/2fa" };
const opts = () => ({ client: app });
const version = async () =>
  (
    await db.admin.query(
      "SELECT coalesce((SELECT session_version FROM user_security WHERE user_id = $1), 1) AS v",
      [actor.userId],
    )
  ).rows[0].v as number;

beforeAll(async () => {
  vi.stubEnv("APP_ENCRYPTION_KEY", Buffer.alloc(32, 3).toString("base64"));
  db = await createTestDatabase();
  school = await createSchool(db.admin, "mfa");
  actor = {
    tenantId: school.tenantId,
    userId: school.ids.user,
    email: "teacher@example.org",
    role: "teacher",
  };
  app = createPrismaClient(asAppLogin(db.url), { role: APP_DB_ROLE, poolSize: 2 });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await app?.$disconnect();
  await db?.drop();
});

describe("two-factor", () => {
  it("enrols only with a valid first code, stores the key encrypted, and ends other sessions", async () => {
    ({ secret } = await beginEnrolment(actor, "Test School", opts()));
    const {
      rows: [row],
    } = await db.admin.query("SELECT two_factor_secret, two_factor_enabled FROM users WHERE id = $1", [
      actor.userId,
    ]);
    expect(row.two_factor_enabled).toBe(false);
    expect(row.two_factor_secret).not.toContain(secret);
    expect(await confirmEnrolment(actor, "000000", request, opts())).toBeNull();
    const before = await version();
    const codes = await confirmEnrolment(actor, await codeAt(secret, currentStep() - 1), request, opts());
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(await version()).toBe(before + 1);
    const {
      rows: [after],
    } = await db.admin.query("SELECT two_factor_enabled, backup_codes FROM users WHERE id = $1", [
      actor.userId,
    ]);
    expect(after.two_factor_enabled).toBe(true);
    expect(after.backup_codes).not.toContain(codes![0]);
    backupCodes = codes!;
  });

  it("refuses to start over while two-factor is on (no switching it off without a code)", async () => {
    await expect(beginEnrolment(actor, "Test School", opts())).rejects.toThrow(TwoFactorAlreadyOnError);
    const {
      rows: [row],
    } = await db.admin.query("SELECT two_factor_enabled FROM users WHERE id = $1", [actor.userId]);
    expect(row.two_factor_enabled).toBe(true);
  });

  it("accepts a fresh code once and refuses it replayed within its step", async () => {
    const code = await codeAt(secret, currentStep());
    expect(await verifySecondFactor(actor, code, request, opts())).toBe("ok");
    expect(await verifySecondFactor(actor, code, request, opts())).toBe("invalid");
    // An older step than one already used is refused too.
    expect(await verifySecondFactor(actor, await codeAt(secret, currentStep() - 1), request, opts())).toBe(
      "invalid",
    );
  });

  it("accepts each backup code exactly once", async () => {
    const [first, second] = backupCodes;
    expect(await verifySecondFactor(actor, first!.toUpperCase(), request, opts())).toBe("ok_backup_code");
    expect(await verifySecondFactor(actor, first!, request, opts())).toBe("invalid");
    expect(await verifySecondFactor(actor, second!, request, opts())).toBe("ok_backup_code");
    const {
      rows: [row],
    } = await db.admin.query("SELECT cardinality(backup_codes) AS n FROM users WHERE id = $1", [
      actor.userId,
    ]);
    expect(row.n).toBe(8);
  });

  it("audits successes and failures", async () => {
    const { rows } = await db.admin.query(
      "SELECT action, count(*)::int AS n FROM audit_logs WHERE tenant_id = $1 AND action LIKE '2fa%' GROUP BY action ORDER BY action",
      [actor.tenantId],
    );
    expect(Object.fromEntries(rows.map((r) => [r.action, r.n]))).toMatchObject({
      "2fa_enabled": 1,
      "2fa_verified": 1,
      "2fa_backup_code_used": 2,
    });
    expect(rows.find((r) => r.action === "2fa_failed")?.n).toBeGreaterThanOrEqual(3);
  });

  it("turns off, ending sessions again", async () => {
    const before = await version();
    await disableTwoFactor(actor, request, opts());
    expect(await version()).toBe(before + 1);
    expect(await verifySecondFactor(actor, await codeAt(secret, currentStep() + 1), request, opts())).toBe(
      "invalid",
    );
  });

  it("is required for super admins always and for the roles a school chooses", () => {
    expect(twoFactorRequired("super_admin", {})).toBe(true);
    expect(twoFactorRequired("admin", {})).toBe(false);
    expect(twoFactorRequired("admin", { require2faRoles: ["admin", "principal"] })).toBe(true);
    expect(twoFactorRequired("teacher", { require2faRoles: ["admin"] })).toBe(false);
  });
});
