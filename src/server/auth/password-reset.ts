import "server-only";
// Password reset: a single-use token, stored only as its SHA-256, valid for an hour; a new request
// voids the previous one, and a completed reset ends every session of the account.
import { createHash, randomBytes } from "node:crypto";
import { writeAudit, type AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { withTenant } from "@/server/db/with-tenant";
import { queueMail } from "@/server/mail/outbox";
import type { CurrentTenant } from "@/server/tenancy/current-tenant";
import { schoolOrigin } from "@/server/tenancy/hosts";
import { translator } from "@/i18n/translate";
import { hashPassword, passwordProblems } from "./passwords.ts";
import { bumpSessionVersion } from "./session-version.ts";
import { mayMailReset } from "./throttle.ts";

const RESET_TTL_MINUTES = 60;

/** The school asking; its mail is written in the school's language (`locale`). */
type School = Pick<CurrentTenant, "id" | "name" | "subdomain" | "domain"> & { locale?: string | null };
type Options = { client?: BasePrismaClient };

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/**
 * Always resolves the same way, whether or not the address has an account. At most
 * RESET_MAILS_PER_ACCOUNT_HOUR mails per account and RESET_REQUESTS_PER_ADDRESS_HOUR requests per
 * client address go out in an hour (throttle.ts); the rest are recorded and dropped silently.
 */
export async function requestPasswordReset(
  input: { tenant: School; email: string; request: AuditRequest },
  options: Options = {},
): Promise<void> {
  const { tenant, request } = input;
  const email = input.email.trim().toLowerCase();
  const token = randomBytes(32).toString("base64url");
  await withTenant(
    tenant.id,
    async (tx) => {
      if (!(await mayMailReset(tx, tenant.id, email, request.ip))) {
        await writeAudit(tx, tenant.id, { id: null, email, role: null }, request, {
          action: "password_reset_requested",
          resourceType: "user",
          success: false,
          errorMessage: "throttled",
        });
        return;
      }
      const user = await tx.user.findFirst({ where: { email } });
      if (!user || user.status !== "active") {
        await writeAudit(tx, tenant.id, { id: null, email, role: null }, request, {
          action: "password_reset_requested",
          resourceType: "user",
          success: false,
          errorMessage: "no active account",
        });
        return;
      }
      await tx.user.update({
        where: { id: user.id },
        data: {
          passwordResetToken: hashToken(token),
          passwordResetExpires: new Date(Date.now() + RESET_TTL_MINUTES * 60_000),
        },
      });
      const link = `${schoolOrigin(tenant)}/reset/${token}`;
      // In the person's own language when they chose one.
      const t = translator(user.locale ?? tenant.locale, "mail");
      const values = { name: user.firstName, school: tenant.name, link, minutes: RESET_TTL_MINUTES };
      await queueMail(tx, tenant.id, {
        to: user.email,
        purpose: "password_reset",
        subject: t("resetSubject", values),
        text: t("resetText", values),
      });
      await writeAudit(tx, tenant.id, { id: user.id, email, role: user.role }, request, {
        action: "password_reset_requested",
        resourceType: "user",
        resourceId: user.id,
      });
    },
    options,
  );
}

export type ResetResult =
  | { ok: true }
  | { ok: false; error: "invalid_token" }
  | { ok: false; error: "weak_password"; problems: string[] };

export async function resetPassword(
  input: { tenant: School; token: string; password: string; request: AuditRequest },
  options: Options = {},
): Promise<ResetResult> {
  const { tenant, request } = input;
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(input.token)) return { ok: false, error: "invalid_token" };
  const tokenHash = hashToken(input.token);
  const user = await withTenant(
    tenant.id,
    (tx) => tx.user.findFirst({ where: { passwordResetToken: tokenHash } }),
    options,
  );
  if (
    !user ||
    !user.passwordResetExpires ||
    user.passwordResetExpires < new Date() ||
    user.status !== "active"
  ) {
    return { ok: false, error: "invalid_token" };
  }
  const problems = passwordProblems(input.password, { email: user.email });
  if (problems.length) return { ok: false, error: "weak_password", problems };
  const passwordHash = await hashPassword(input.password);

  return withTenant(
    tenant.id,
    async (tx) => {
      // Consume the token only if it is still the current one: two tabs cannot both use it.
      const { count } = await tx.user.updateMany({
        where: { id: user.id, passwordResetToken: tokenHash, passwordResetExpires: { gt: new Date() } },
        // The reset link reached the mailbox: that also verifies the address and settles an invitation.
        data: {
          passwordHash,
          passwordResetToken: null,
          passwordResetExpires: null,
          loginAttempts: 0,
          lockedUntil: null,
          emailVerified: true,
          emailVerificationToken: null,
        },
      });
      if (count === 0) return { ok: false, error: "invalid_token" } as const;
      await tx.userSecurity.updateMany({
        where: { userId: user.id },
        data: { invitationPending: false, emailTokenExpires: null },
      });
      await bumpSessionVersion(tx, tenant.id, user.id);
      await writeAudit(tx, tenant.id, { id: user.id, email: user.email, role: user.role }, request, {
        action: "password_reset",
        resourceType: "user",
        resourceId: user.id,
      });
      return { ok: true } as const;
    },
    options,
  );
}
