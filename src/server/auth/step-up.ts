import "server-only";
// Step-up: the operations that would let someone who found a signed-in screen take the account
// over (changing the password, turning two-factor off, taking a school's archive) ask again for
// the current password, and a two-factor code where it is on, in the same request. A wrong answer
// counts as a failed sign-in (throttle.ts), so a stolen session cannot be used to guess passwords.
import type { AuditRequest } from "@/server/audit/write-audit";
import { withTenant, type TenantDb } from "@/server/db/with-tenant";
import { verifyPassword } from "./passwords.ts";
import { recordSignIn, signInVerdict } from "./throttle.ts";
import { verifySecondFactor } from "./two-factor.ts";

export interface StepUpProof {
  currentPassword: string;
  code?: string | undefined;
}
export type StepUpResult = { ok: true } | { ok: false; fieldErrors: Record<string, string[]> };

// Catalogue keys: the action wrapper says them in the school's language.
const WRONG_PASSWORD = "rules.account.wrongPassword";
const CODE_NEEDED = "rules.account.codeNeeded";
const WRONG_CODE = "rules.account.wrongCode";
const TOO_MANY = "rules.account.tooManyAttempts";

/** Checks the proof for this user; db is the caller's transaction in the user's school. */
export async function proveIdentity(
  db: TenantDb,
  actor: { tenantId: string; userId: string; email: string; role: string },
  proof: StepUpProof,
  request: AuditRequest,
): Promise<StepUpResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if ((await signInVerdict(db, user.email, request.ip)) !== "allowed")
    return { ok: false, fieldErrors: { currentPassword: [TOO_MANY] } };
  const failed = async (field: string, message: string): Promise<StepUpResult> => {
    // Recorded outside the caller's transaction, which is about to be rolled back or refused.
    await withTenant(actor.tenantId, (tx) => recordSignIn(tx, actor.tenantId, user.email, request.ip, false));
    return { ok: false, fieldErrors: { [field]: [message] } };
  };
  if (!(await verifyPassword(proof.currentPassword, user.passwordHash)))
    return failed("currentPassword", WRONG_PASSWORD);
  if (user.twoFactorEnabled) {
    if (!proof.code?.trim()) return { ok: false, fieldErrors: { code: [CODE_NEEDED] } };
    if ((await verifySecondFactor(actor, proof.code, request, { db })) === "invalid")
      return failed("code", WRONG_CODE);
  }
  return { ok: true };
}
