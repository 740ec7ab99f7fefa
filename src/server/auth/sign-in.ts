import "server-only";
// Password sign-in for one school. Lockout and throttling live in the database, so they hold
// across app instances; every answer to a failed attempt is the same, in about the same time.
import { writeAudit, type AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { withTenant, type TenantDb } from "@/server/db/with-tenant";
import { isServiceAvailable, type CurrentTenant } from "@/server/tenancy/current-tenant";
import { verifyAgainstNothing, verifyPassword } from "./passwords.ts";
import { bumpSessionVersion } from "./session-version.ts";
import { verifySecondFactor } from "./two-factor.ts";
import { startSession } from "./user-sessions.ts";

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;
export const IP_WINDOW_MINUTES = 15;
export const IP_MAX_FAILURES = 30;

export interface SignedInUser {
  id: string;
  tenantId: string;
  email: string;
  role: string;
  name: string;
  sessionVersion: number;
  /** The server-side session row (user-sessions.ts) the cookie will name. */
  sessionId: string;
}

export type SignInFailure = "invalid" | "throttled" | "unavailable" | "second_factor_required" | "second_factor_invalid";
export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; reason: SignInFailure };

export interface SignInInput {
  tenant: Pick<CurrentTenant, "id" | "subscriptionStatus">;
  email: string;
  password: string;
  /** Authenticator or backup code, for accounts with two-factor on. */
  code?: string;
  request: AuditRequest;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

async function ipIsThrottled(tx: TenantDb, ip: string | null): Promise<boolean> {
  if (!ip) return false;
  const row = await tx.loginThrottle.findFirst({ where: { ipAddress: ip } });
  return !!row && row.windowStart > minutesAgo(IP_WINDOW_MINUTES) && row.failures >= IP_MAX_FAILURES;
}

async function countIpFailure(tx: TenantDb, tenantId: string, ip: string | null) {
  if (!ip) return;
  const row = await tx.loginThrottle.findFirst({ where: { ipAddress: ip } });
  if (!row) {
    await tx.loginThrottle.create({ data: { tenantId, ipAddress: ip, failures: 1 } });
  } else if (row.windowStart <= minutesAgo(IP_WINDOW_MINUTES)) {
    await tx.loginThrottle.updateMany({ where: { ipAddress: ip }, data: { failures: 1, windowStart: new Date() } });
  } else {
    await tx.loginThrottle.updateMany({ where: { ipAddress: ip }, data: { failures: { increment: 1 } } });
  }
}


/** One more failure on the account; the fifth in a row locks it and ends its sessions. */
async function countFailedAttempt(tx: TenantDb, tenantId: string, user: { id: string; role: string }, request: AuditRequest, email: string) {
  const updated = await tx.user.update({ where: { id: user.id }, data: { loginAttempts: { increment: 1 } } });
  if ((updated.loginAttempts ?? 0) < MAX_FAILED_ATTEMPTS) return;
  await tx.user.update({ where: { id: user.id }, data: { loginAttempts: 0, lockedUntil: new Date(Date.now() + LOCK_MINUTES * 60_000) } });
  await bumpSessionVersion(tx, tenantId, user.id);
  await writeAudit(tx, tenantId, { id: user.id, email, role: user.role }, request, {
    action: "account_locked", resourceType: "user", resourceId: user.id, newValues: { lockedForMinutes: LOCK_MINUTES },
  });
}

export async function signInWithPassword(input: SignInInput, options: { client?: BasePrismaClient } = {}): Promise<SignInResult> {
  const { tenant, request } = input;
  const email = input.email.trim().toLowerCase();
  const inSchool = <T>(fn: (tx: TenantDb) => Promise<T>) => withTenant(tenant.id, fn, options);
  const fail = (tx: TenantDb, userId: string | null, reason: string) =>
    writeAudit(tx, tenant.id, { id: userId, email, role: null }, request, { action: "login_failed", resourceType: "user", resourceId: userId, success: false, errorMessage: reason });

  if (!isServiceAvailable(tenant)) return { ok: false, reason: "unavailable" };

  const found = await inSchool(async (tx) => ({
    throttled: await ipIsThrottled(tx, request.ip),
    user: await tx.user.findFirst({ where: { email } }),
  }));
  if (found.throttled) {
    await verifyAgainstNothing(input.password);
    await inSchool((tx) => fail(tx, found.user?.id ?? null, "too many attempts from this address"));
    return { ok: false, reason: "throttled" };
  }
  const user = found.user;
  if (!user) {
    await verifyAgainstNothing(input.password);
    await inSchool(async (tx) => { await countIpFailure(tx, tenant.id, request.ip); await fail(tx, null, "unknown email"); });
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await verifyAgainstNothing(input.password);
    await inSchool(async (tx) => { await countIpFailure(tx, tenant.id, request.ip); await fail(tx, user.id, "account locked"); });
    return { ok: false, reason: "invalid" };
  }

  const passwordOk = await verifyPassword(input.password, user.passwordHash);
  if (passwordOk && user.status === "active" && user.twoFactorEnabled) {
    // The password was right: ask for the second factor, and count a wrong code as a failure.
    if (!input.code) return { ok: false, reason: "second_factor_required" };
    const actor = { tenantId: tenant.id, userId: user.id, email: user.email, role: user.role };
    if ((await verifySecondFactor(actor, input.code, request, options)) === "invalid") {
      await inSchool((tx) => countFailedAttempt(tx, tenant.id, user, request, email));
      return { ok: false, reason: "second_factor_invalid" };
    }
  }
  if (!passwordOk || user.status !== "active") {
    await inSchool(async (tx) => {
      await countIpFailure(tx, tenant.id, request.ip);
      await fail(tx, user.id, passwordOk ? `account ${user.status}` : "wrong password");
      if (!passwordOk) await countFailedAttempt(tx, tenant.id, user, request, email);
    });
    return { ok: false, reason: "invalid" };
  }

  const { sessionVersion, sessionId } = await inSchool(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { loginAttempts: 0, lockedUntil: null, lastLogin: new Date() } });
    const security = await tx.userSecurity.upsert({ where: { userId: user.id }, create: { tenantId: tenant.id, userId: user.id }, update: {} });
    const sessionId = await startSession(tx, tenant.id, user.id, request);
    await writeAudit(tx, tenant.id, { id: user.id, email, role: user.role }, request, { action: "login", resourceType: "user", resourceId: user.id });
    return { sessionVersion: security.sessionVersion, sessionId };
  });
  return {
    ok: true,
    user: { id: user.id, tenantId: tenant.id, email: user.email, role: user.role, name: `${user.firstName} ${user.lastName}`, sessionVersion, sessionId },
  };
}
