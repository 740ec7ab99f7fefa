"use server";
// The family portal's own actions: the language (anyone on the school's host, remembered on the
// account once signed in), a family member's phone and email, a parent's mail choices.
import { cookies } from "next/headers";
import { FAMILY_ROLES } from "@/i18n/locales";
import { publicSchoolAction } from "@/server/auth/public-action";
import { LANGUAGE_COOKIE } from "@/server/auth/request-language";
import { portalAction } from "@/server/auth/school-actions";
import { getSessionUser } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { AppError } from "@/server/errors";
import { sendQueuedMailSoon } from "@/server/mail/outbox";
import { saveContact, saveLanguage, saveMailPreferences } from "./account-service";
import { contactSchema, languageSchema, mailPreferencesSchema } from "./schemas";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

export const chooseLanguageAction = publicSchoolAction(languageSchema, "/language", async (ctx) => {
  (await cookies()).set(LANGUAGE_COOKIE, ctx.input.language, {
    path: "/",
    maxAge: YEAR_SECONDS,
    sameSite: "lax",
    // A language is no secret: the cookie works on plain-http hosts too (local installs).
    httpOnly: true,
  });
  const user = await getSessionUser();
  if (user && FAMILY_ROLES.includes(user.role))
    await withTenant(ctx.tenant.id, (db) => saveLanguage(db, user.id, ctx.input.language));
  return { ok: true };
});

export const saveContactAction = portalAction(
  { schema: contactSchema, path: "/portal/account" },
  async (ctx) => {
    const confirming = await saveContact(ctx, ctx.input);
    if (confirming) ctx.afterCommit(() => sendQueuedMailSoon(ctx.tenant.id));
    return { ok: true, data: { confirming } };
  },
);

export const saveMailPreferencesAction = portalAction(
  { schema: mailPreferencesSchema, path: "/portal/account" },
  async (ctx) => {
    // Family mail is written to guardians; a student's account has none to choose.
    if (ctx.user.role !== "parent") throw new AppError("not_allowed");
    await saveMailPreferences(ctx, ctx.input);
    return { ok: true };
  },
);
