// Catalogue sentences outside a page render (server actions, services, mail, tests): the same
// catalogues and the same message format as next-intl's pages, through use-intl's translator.
// use-intl/core: the translator without React, so the job runner's process can use it too.
import { createTranslator } from "use-intl/core";
import { CATALOGUES, shippedLocaleFor } from "./locales";

/** A translator for one namespace of the catalogue, in the school's language. */
export function translator(setting: string | null | undefined, namespace: "errors") {
  const locale = shippedLocaleFor(setting);
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace });
}
