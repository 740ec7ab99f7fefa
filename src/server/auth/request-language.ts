import "server-only";
// The language this request is answered in (src/i18n/locales.ts languageFor): the page, the
// action's errors and any sentence a service returns all ask here, so they agree.
import { cache } from "react";
import { languageFor, type ShippedLocale } from "@/i18n/locales";
import { incomingRequest } from "./incoming-request.ts";
import { currentTenantOfRequest, getSessionUser } from "./session.ts";

/** The browser's choice before signing in (and after, for the sign-in pages). */
export const LANGUAGE_COOKIE = "sis_language";

function chosenLanguage(cookieHeader: string | null): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === LANGUAGE_COOKIE && value) return decodeURIComponent(value);
  }
  return null;
}

/** The language for a person the caller has already resolved (an action's wrapper has them). */
export async function languageOfRequest(
  user: { role: string; locale: string | null } | null,
  schoolLocale: string | null | undefined,
): Promise<ShippedLocale> {
  const cookie = (await incomingRequest().headers()).get("cookie");
  return languageFor(user, chosenLanguage(cookie), schoolLocale);
}

/** The same for a page, which asks for its person itself (once per request). */
export const requestLanguage = cache(async (): Promise<ShippedLocale> => {
  const [tenant, user] = await Promise.all([currentTenantOfRequest(), getSessionUser()]);
  return languageOfRequest(user, tenant?.locale);
});
