import "server-only";
// Password sign-in for one school. Throttling lives in the database (throttle.ts), so it holds
// across app instances; every answer to a failed attempt is the same, in about the same time.
// users.locked_until is an administrator's lock only: no number of failures sets it.
import { writeAudit, type AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { withTenant, type TenantDb } from "@/server/db/with-tenant";
import { isServiceAvailable, type CurrentTenant } from "@/server/tenancy/current-tenant";
import { verifyAgainstNothing, verifyPassword } from "./passwords.ts";
import { recordSignIn, signInVerdict } from "./throttle.ts";
import { verifySecondFactor } from "./two-factor.ts";
import { startSession } from "./user-sessions.ts";

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

type SignInFailure =
  "invalid" | "throttled" | "unavailable" | "second_factor_required" | "second_factor_invalid";
export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; reason: SignInFailure };

export interface SignInInput {
  tenant: Pick<CurrentTenant, "id" | "subscriptionStatus">;
  email: string;
  password: string;
  /** Authenticator or backup code, for accounts with two-factor on. */
  code?: string;
  request: AuditRequest;
}

/** One more failure on the account. It never ends a session or locks anyone out (decision 011). */
async function countFailure(
  tx: TenantDb,
  tenantId: string,
  email: string,
  ip: string | null,
  user: { id: string } | null,
) {
  await recordSignIn(tx, tenantId, email, ip, false);
  if (user) await tx.user.update({ where: { id: user.id }, data: { loginAttempts: { increment: 1 } } });
}

export async function signInWithPassword(
  input: SignInInput,
  options: { client?: BasePrismaClient } = {},
): Promise<SignInResult> {
  const { tenant, request } = input;
  const email = input.email.trim().toLowerCase();
  const inSchool = <T>(fn: (tx: TenantDb) => Promise<T>) => withTenant(tenant.id, fn, options);
  const fail = (tx: TenantDb, userId: string | null, reason: string) =>
    writeAudit(tx, tenant.id, { id: userId, email, role: null }, request, {
      action: "login_failed",
      resourceType: "user",
      resourceId: userId,
      success: false,
      errorMessage: reason,
    });

  if (!isServiceAvailable(tenant)) return { ok: false, reason: "unavailable" };

  const found = await inSchool(async (tx) => ({
    verdict: await signInVerdict(tx, email, request.ip),
    user: await tx.user.findFirst({ where: { email } }),
  }));
  if (found.verdict !== "allowed") {
    await verifyAgainstNothing(input.password);
    await inSchool((tx) => fail(tx, found.user?.id ?? null, `throttled (${found.verdict})`));
    return { ok: false, reason: "throttled" };
  }
  const user = found.user;
  if (!user) {
    await verifyAgainstNothing(input.password);
    await inSchool(async (tx) => {
      await countFailure(tx, tenant.id, email, request.ip, null);
      await fail(tx, null, "unknown email");
    });
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await verifyAgainstNothing(input.password);
    await inSchool((tx) => fail(tx, user.id, "account locked by an administrator"));
    return { ok: false, reason: "invalid" };
  }

  const passwordOk = await verifyPassword(input.password, user.passwordHash);
  if (passwordOk && user.status === "active" && user.twoFactorEnabled) {
    // The password was right: ask for the second factor, and count a wrong code as a failure.
    if (!input.code) return { ok: false, reason: "second_factor_required" };
    const actor = { tenantId: tenant.id, userId: user.id, email: user.email, role: user.role };
    if ((await verifySecondFactor(actor, input.code, request, options)) === "invalid") {
      await inSchool((tx) => countFailure(tx, tenant.id, email, request.ip, user));
      return { ok: false, reason: "second_factor_invalid" };
    }
  }
  if (!passwordOk || user.status !== "active") {
    await inSchool(async (tx) => {
      await countFailure(tx, tenant.id, email, request.ip, passwordOk ? null : user);
      await fail(tx, user.id, passwordOk ? `account ${user.status}` : "wrong password");
    });
    return { ok: false, reason: "invalid" };
  }

  const { sessionVersion, sessionId } = await inSchool(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { loginAttempts: 0, lastLogin: new Date() } });
    await recordSignIn(tx, tenant.id, email, request.ip, true);
    const security = await tx.userSecurity.upsert({
      where: { userId: user.id },
      create: { tenantId: tenant.id, userId: user.id },
      update: {},
    });
    const sessionId = await startSession(tx, tenant.id, user.id, request);
    await writeAudit(tx, tenant.id, { id: user.id, email, role: user.role }, request, {
      action: "login",
      resourceType: "user",
      resourceId: user.id,
    });
    return { sessionVersion: security.sessionVersion, sessionId };
  });
  return {
    ok: true,
    user: {
      id: user.id,
      tenantId: tenant.id,
      email: user.email,
      role: user.role,
      name: `${user.firstName} ${user.lastName}`,
      sessionVersion,
      sessionId,
    },
  };
}
