// The languages the product ships catalogues for (messages/<locale>.json), how a setting (a
// school's tenants.locale like "es-US", or a person's users.locale) maps onto one, and which one a
// request is rendered in (docs/decisions/026).
//
// Spanish covers everything a family meets: the portal, the sign-in, reset and invitation pages,
// and every mail to families. The staff pages stay English until their catalogue is translated, so
// staff read one language on every page; any key Spanish lacks reads the English sentence.
import en from "../../messages/en.json";
import es from "../../messages/es.json";

export const SHIPPED_LOCALES = ["en", "es"] as const;
export type ShippedLocale = (typeof SHIPPED_LOCALES)[number];
const DEFAULT_LOCALE: ShippedLocale = "en";

type Catalogue = typeof en;

// A namespace is a plain object; a message is a string (or, compiled at build time, an array).
const isNamespace = (value: unknown): value is object =>
  !!value && typeof value === "object" && !Array.isArray(value);

function withEnglishBehind(own: object, english: object): object {
  const out: Record<string, unknown> = { ...english };
  for (const [key, value] of Object.entries(own)) {
    const base = (english as Record<string, unknown>)[key];
    out[key] = isNamespace(value) && isNamespace(base) ? withEnglishBehind(value, base) : value;
  }
  return out;
}

export const CATALOGUES: Record<ShippedLocale, Catalogue> = {
  en,
  es: withEnglishBehind(es, en) as Catalogue,
};

/** The shipped language for a setting: "es-US" → "es"; a language not shipped reads English. */
export function shippedLocaleFor(setting: string | null | undefined): ShippedLocale {
  const language = (setting ?? "").toLowerCase().split("-")[0];
  return (SHIPPED_LOCALES as readonly string[]).includes(language ?? "")
    ? (language as ShippedLocale)
    : DEFAULT_LOCALE;
}

/** The people the family-facing languages are for. */
export const FAMILY_ROLES: readonly string[] = ["parent", "student"];

/**
 * The language of a request: a family member's own choice (kept on their account), else the one
 * chosen on this browser before signing in, else the school's. Staff read English.
 */
export function languageFor(
  person: { role: string; locale: string | null } | null,
  chosen: string | null | undefined,
  school: string | null | undefined,
): ShippedLocale {
  if (person && !FAMILY_ROLES.includes(person.role)) return DEFAULT_LOCALE;
  return shippedLocaleFor(person?.locale ?? chosen ?? school);
}
