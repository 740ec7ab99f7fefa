import "server-only";
// Email links that prove a person reads the mailbox: an invitation (the account has no password
// yet; following the link chooses one) and an address check. Like reset tokens, only the SHA-256
// is stored, the link works once, and issuing a new one voids the old.
import { randomBytes } from "node:crypto";
import { writeAudit, type AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { inTenantTransaction, withTenant, type TenantDb } from "@/server/db/with-tenant";
import { queueMail } from "@/server/mail/outbox";
import type { CurrentTenant } from "@/server/tenancy/current-tenant";
import { schoolOrigin } from "@/server/tenancy/hosts";
import { translator } from "@/i18n/translate";
import { hashPassword, passwordProblems } from "./passwords.ts";
import { hashToken, type ResetResult } from "./password-reset.ts";
import { bumpSessionVersion } from "./session-version.ts";

const INVITATION_TTL_DAYS = 7;
const VERIFICATION_TTL_HOURS = 24;

/** The school a link belongs to; its mail is written in the school's language (`locale`). */
type School = Pick<CurrentTenant, "id" | "name" | "subdomain" | "domain"> & { locale?: string | null };
type Options = { client?: BasePrismaClient; db?: TenantDb };
export type EmailTokenPurpose = "invitation" | "verification";

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/** Issues the link and queues its mail, in the caller's transaction. */
export async function issueEmailToken(
  tx: TenantDb,
  tenant: School,
  user: { id: string; email: string; firstName: string; locale?: string | null },
  purpose: EmailTokenPurpose,
  invitedBy?: string,
): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const ttlMs =
    purpose === "invitation" ? INVITATION_TTL_DAYS * 86_400_000 : VERIFICATION_TTL_HOURS * 3_600_000;
  const expires = new Date(Date.now() + ttlMs);
  const pending = purpose === "invitation";
  await tx.user.update({ where: { id: user.id }, data: { emailVerificationToken: hashToken(token) } });
  await tx.userSecurity.upsert({
    where: { userId: user.id },
    create: { tenantId: tenant.id, userId: user.id, emailTokenExpires: expires, invitationPending: pending },
    update: { emailTokenExpires: expires, invitationPending: pending },
  });
  const link = `${schoolOrigin(tenant)}/verify/${token}`;
  // In the person's own language when they chose one, else the school's.
  const t = translator(user.locale ?? tenant.locale, "mail");
  const values = { name: user.firstName, school: tenant.name, link };
  await queueMail(
    tx,
    tenant.id,
    pending
      ? {
          to: user.email,
          purpose: "invitation",
          subject: t("invitationSubject", values),
          text: t("invitationText", {
            ...values,
            inviter: invitedBy ?? t("yourSchool"),
            days: INVITATION_TTL_DAYS,
          }),
        }
      : {
          to: user.email,
          purpose: "email_verification",
          subject: t("verificationSubject", values),
          text: t("verificationText", { ...values, hours: VERIFICATION_TTL_HOURS }),
        },
  );
}

async function findByToken(tx: TenantDb, token: string) {
  if (!TOKEN_SHAPE.test(token)) return null;
  const user = await tx.user.findFirst({
    where: { emailVerificationToken: hashToken(token) },
    include: { security: true },
  });
  if (
    !user ||
    user.status !== "active" ||
    !user.security?.emailTokenExpires ||
    user.security.emailTokenExpires < new Date()
  )
    return null;
  return user;
}

/** What a link is for, for the page it opens; null when it is unknown, used or expired. */
export async function lookUpEmailToken(tenantId: string, token: string, options: Options = {}) {
  const user = await inTenantTransaction(tenantId, (tx) => findByToken(tx, token), options);
  if (!user) return null;
  return {
    purpose: (user.security!.invitationPending ? "invitation" : "verification") as EmailTokenPurpose,
    email: user.email,
    firstName: user.firstName,
  };
}

/** Closes the link and marks the address as verified; null when it was no longer good. */
async function consume(
  tx: TenantDb,
  token: string,
  purpose: EmailTokenPurpose,
  extra: { passwordHash?: string } = {},
) {
  const user = await findByToken(tx, token);
  if (!user || user.security!.invitationPending !== (purpose === "invitation")) return null;
  // Guarded on the token still being this one: two tabs cannot both use it.
  const { count } = await tx.user.updateMany({
    where: { id: user.id, emailVerificationToken: hashToken(token) },
    data: {
      emailVerified: true,
      emailVerificationToken: null,
      ...extra,
      ...(extra.passwordHash ? { loginAttempts: 0, lockedUntil: null } : {}),
    },
  });
  if (count === 0) return null;
  await tx.userSecurity.update({
    where: { userId: user.id },
    data: { emailTokenExpires: null, invitationPending: false },
  });
  return user;
}

export async function acceptInvitation(
  input: { tenant: School; token: string; password: string; request: AuditRequest },
  options: Options = {},
): Promise<ResetResult> {
  const { tenant, request } = input;
  const invited = await lookUpEmailToken(tenant.id, input.token, options);
  if (!invited || invited.purpose !== "invitation") return { ok: false, error: "invalid_token" };
  const problems = passwordProblems(input.password, { email: invited.email });
  if (problems.length) return { ok: false, error: "weak_password", problems };
  const passwordHash = await hashPassword(input.password);
  return withTenant(
    tenant.id,
    async (tx) => {
      const user = await consume(tx, input.token, "invitation", { passwordHash });
      if (!user) return { ok: false, error: "invalid_token" } as const;
      await bumpSessionVersion(tx, tenant.id, user.id);
      await writeAudit(tx, tenant.id, { id: user.id, email: user.email, role: user.role }, request, {
        action: "invitation_accepted",
        resourceType: "user",
        resourceId: user.id,
      });
      return { ok: true } as const;
    },
    options,
  );
}

export async function confirmEmail(
  input: { tenant: School; token: string; request: AuditRequest },
  options: Options = {},
): Promise<boolean> {
  return inTenantTransaction(
    input.tenant.id,
    async (tx) => {
      const user = await consume(tx, input.token, "verification");
      if (!user) return false;
      await writeAudit(
        tx,
        input.tenant.id,
        { id: user.id, email: user.email, role: user.role },
        input.request,
        { action: "email_verified", resourceType: "user", resourceId: user.id },
      );
      return true;
    },
    options,
  );
}
