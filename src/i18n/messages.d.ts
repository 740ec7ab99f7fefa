// The catalogue's keys are types: a t("…") call with a key English does not have fails to compile.
import type en from "../../messages/en.json";
import type { ShippedLocale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: ShippedLocale;
    Messages: typeof en;
  }
}
