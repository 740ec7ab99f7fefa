// The languages the product ships catalogues for (messages/<locale>.json), and how a school's
// locale setting (tenants.locale, like "es-US") maps onto one. Until a language ships, its schools
// read English, and <html lang> says so.
import en from "../../messages/en.json";

export const SHIPPED_LOCALES = ["en"] as const;
export type ShippedLocale = (typeof SHIPPED_LOCALES)[number];
const DEFAULT_LOCALE: ShippedLocale = "en";

export const CATALOGUES: Record<ShippedLocale, typeof en> = { en };

/** The shipped language for a setting: "es-US" → "es" once Spanish ships; English until then. */
export function shippedLocaleFor(setting: string | null | undefined): ShippedLocale {
  const language = (setting ?? "").toLowerCase().split("-")[0];
  return (SHIPPED_LOCALES as readonly string[]).includes(language ?? "")
    ? (language as ShippedLocale)
    : DEFAULT_LOCALE;
}
