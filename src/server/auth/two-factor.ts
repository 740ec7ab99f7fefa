import "server-only";
// Two-factor sign-in with an authenticator app. The key is encrypted at rest; ten single-use
// backup codes are stored hashed; a code is refused the second time, even within its step.
import { createHash, randomBytes } from "node:crypto";
import { writeAudit, type AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { inTenantTransaction, type TenantDb } from "@/server/db/with-tenant";
import { decryptSecret, encryptSecret } from "./secrets.ts";
import { bumpSessionVersion } from "./session-version.ts";
import { matchingStep, newTotpSecret, otpauthUri } from "./totp.ts";

const BACKUP_CODE_COUNT = 10;
type Options = { client?: BasePrismaClient; db?: TenantDb };
type Actor = { tenantId: string; userId: string; email: string; role: string };

const hashCode = (code: string) =>
  createHash("sha256").update(code.replace(/[\s-]/g, "").toLowerCase()).digest("hex");

/** Super admins always; school roles when the school requires it (features.require2faRoles). */
export function twoFactorRequired(
  role: string,
  features: Record<string, unknown> | null | undefined,
): boolean {
  if (role === "super_admin") return true;
  const roles = features?.require2faRoles;
  return Array.isArray(roles) && roles.includes(role);
}

function newBackupCode(): string {
  const raw = randomBytes(8)
    .toString("base64url")
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase()
    .padEnd(10, "x")
    .slice(0, 10);
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

export class TwoFactorAlreadyOnError extends Error {
  override name = "TwoFactorAlreadyOnError";
}

/**
 * Step 1: a new key (not yet active) and what the authenticator app scans. Refused while two-factor
 * is on: starting over must never be a way to switch it off without a code.
 */
export async function beginEnrolment(actor: Actor, issuer: string, options: Options = {}) {
  const secret = newTotpSecret();
  const { count } = await inTenantTransaction(
    actor.tenantId,
    (tx) =>
      tx.user.updateMany({
        where: { id: actor.userId, OR: [{ twoFactorEnabled: false }, { twoFactorEnabled: null }] },
        data: { twoFactorSecret: encryptSecret(secret), backupCodes: [] },
      }),
    options,
  );
  if (count === 0) throw new TwoFactorAlreadyOnError("rules.account.twoFactorAlreadyOn");
  return { secret, uri: otpauthUri(secret, issuer, actor.email) };
}

/** Step 2: the first code proves the app has the key; returns the backup codes, shown once. */
export async function confirmEnrolment(
  actor: Actor,
  code: string,
  request: AuditRequest,
  options: Options = {},
): Promise<string[] | null> {
  return inTenantTransaction(
    actor.tenantId,
    async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId } });
      if (!user.twoFactorSecret || user.twoFactorEnabled) return null;
      const step = await matchingStep(decryptSecret(user.twoFactorSecret), code);
      if (step === null) return null;
      const codes = Array.from({ length: BACKUP_CODE_COUNT }, newBackupCode);
      await tx.user.update({
        where: { id: user.id },
        data: { twoFactorEnabled: true, backupCodes: codes.map(hashCode) },
      });
      await tx.userSecurity.upsert({
        where: { userId: user.id },
        create: { tenantId: actor.tenantId, userId: user.id, totpLastStep: step },
        update: { totpLastStep: step },
      });
      await bumpSessionVersion(tx, actor.tenantId, user.id);
      await writeAudit(tx, actor.tenantId, { id: user.id, email: user.email, role: user.role }, request, {
        action: "2fa_enabled",
        resourceType: "user",
        resourceId: user.id,
      });
      return codes;
    },
    options,
  );
}

export type SecondFactorResult = "ok" | "ok_backup_code" | "invalid";

/** Checks an authenticator code or a backup code for a user who has two-factor on. */
export async function verifySecondFactor(
  actor: Actor,
  code: string,
  request: AuditRequest,
  options: Options = {},
): Promise<SecondFactorResult> {
  return inTenantTransaction(
    actor.tenantId,
    async (tx) => {
      const user = await tx.user.findUniqueOrThrow({
        where: { id: actor.userId },
        include: { security: true },
      });
      if (!user.twoFactorEnabled || !user.twoFactorSecret) return "invalid";
      const audit = (action: string, success: boolean) =>
        writeAudit(tx, actor.tenantId, { id: user.id, email: user.email, role: user.role }, request, {
          action,
          resourceType: "user",
          resourceId: user.id,
          success,
          ...(success ? {} : { errorMessage: "wrong or reused code" }),
        });

      const step = await matchingStep(decryptSecret(user.twoFactorSecret), code.trim());
      if (step !== null) {
        // Only a later step than the last one used: the same code cannot sign in twice.
        if (!user.security)
          await tx.userSecurity.create({ data: { tenantId: actor.tenantId, userId: user.id } });
        const { count } = await tx.userSecurity.updateMany({
          where: { userId: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
          data: { totpLastStep: step },
        });
        const fresh = count === 1;
        await audit(fresh ? "2fa_verified" : "2fa_failed", fresh);
        return fresh ? "ok" : "invalid";
      }
      const hashed = hashCode(code);
      if (user.backupCodes.includes(hashed)) {
        await tx.user.update({
          where: { id: user.id },
          data: { backupCodes: user.backupCodes.filter((c) => c !== hashed) },
        });
        await audit("2fa_backup_code_used", true);
        return "ok_backup_code";
      }
      await audit("2fa_failed", false);
      return "invalid";
    },
    options,
  );
}

export async function disableTwoFactor(
  actor: Actor,
  request: AuditRequest,
  options: Options = {},
): Promise<void> {
  await inTenantTransaction(
    actor.tenantId,
    async (tx) => {
      await tx.user.update({
        where: { id: actor.userId },
        data: { twoFactorEnabled: false, twoFactorSecret: null, backupCodes: [] },
      });
      await bumpSessionVersion(tx, actor.tenantId, actor.userId);
      await writeAudit(
        tx,
        actor.tenantId,
        { id: actor.userId, email: actor.email, role: actor.role },
        request,
        { action: "2fa_disabled", resourceType: "user", resourceId: actor.userId },
      );
    },
    options,
  );
}
