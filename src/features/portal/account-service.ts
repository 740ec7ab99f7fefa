import "server-only";
// What a family member changes about themself: their language, their phone and email, and which
// school mail they get. A new email must be confirmed from a link sent to it; it is the sign-in
// name, so it is unique in the school.
import type { z } from "zod";
import { writeAudit } from "@/server/audit/write-audit";
import { issueEmailToken } from "@/server/auth/email-tokens";
import { writeUnique } from "@/server/db/errors";
import type { TenantDb } from "@/server/db/with-tenant";
import { NotFoundError, UserFacingError } from "@/server/errors";
import type { SchoolContext } from "@/server/school-context";
import { mailPreferencesOf, type MailPreferences } from "@/lib/mail-preferences";
import type { contactSchema } from "./schemas";

export async function saveLanguage(db: TenantDb, userId: string, language: string) {
  await db.user.update({ where: { id: userId }, data: { locale: language } });
}

export async function accountOf(db: TenantDb, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, phone: true, emailVerified: true, mailPreferences: true, locale: true },
  });
  if (!user) throw new NotFoundError("user");
  return { ...user, mailPreferences: mailPreferencesOf(user.mailPreferences) };
}

const EMAIL_TAKEN = "rules.portal.emailTaken";

/** Returns whether a confirmation link went to a new address. */
export async function saveContact(
  ctx: SchoolContext,
  input: z.output<typeof contactSchema>,
): Promise<boolean> {
  const user = await ctx.db.user.findUnique({ where: { id: ctx.user.id } });
  if (!user) throw new NotFoundError("user");
  const emailChanged = input.email !== user.email.toLowerCase();
  if (!emailChanged && input.phone === user.phone) return false;
  if (
    emailChanged &&
    (await ctx.db.user.findFirst({
      where: { email: { equals: input.email, mode: "insensitive" }, id: { not: user.id } },
      select: { id: true },
    }))
  )
    throw new UserFacingError(EMAIL_TAKEN, "email");
  const updated = await writeUnique(
    { unique_email_per_tenant: { field: "email", message: EMAIL_TAKEN } },
    () =>
      ctx.db.user.update({
        where: { id: user.id },
        data: { phone: input.phone, ...(emailChanged ? { email: input.email, emailVerified: false } : {}) },
      }),
  );
  if (emailChanged) await issueEmailToken(ctx.db, ctx.tenant, updated, "verification");
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "contact_changed",
    resourceType: "user",
    resourceId: user.id,
    oldValues: { phone: user.phone, ...(emailChanged ? { email: user.email } : {}) },
    newValues: { phone: input.phone, ...(emailChanged ? { email: input.email } : {}) },
  });
  return emailChanged;
}

export async function saveMailPreferences(ctx: SchoolContext, prefs: MailPreferences) {
  const user = await ctx.db.user.findUnique({
    where: { id: ctx.user.id },
    select: { mailPreferences: true },
  });
  if (!user) throw new NotFoundError("user");
  const before = mailPreferencesOf(user.mailPreferences);
  if (before.attendance === prefs.attendance && before.reportCards === prefs.reportCards) return;
  await ctx.db.user.update({ where: { id: ctx.user.id }, data: { mailPreferences: { ...prefs } } });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "mail_preferences_changed",
    resourceType: "user",
    resourceId: ctx.user.id,
    oldValues: { ...before },
    newValues: { ...prefs },
  });
}
