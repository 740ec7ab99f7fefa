// Catalogue sentences outside a page render (server actions, services, mail, tests): the same
// catalogues and the same message format as next-intl's pages, through use-intl's translator.
// use-intl/core: the translator without React, so the job runner's process can use it too.
import { createTranslator } from "use-intl/core";
import { CATALOGUES, shippedLocaleFor } from "./locales";
import { issueTextOf, textOf, type KeyTranslator, type MessageValues } from "./message-key";
import { vocabularyOf, type Vocabulary } from "./vocabulary";

/** A translator for one namespace of the catalogue, in the school's language. */
export function translator<N extends "errors" | "mail">(setting: string | null | undefined, namespace: N) {
  const locale = shippedLocaleFor(setting);
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace });
}

/** A zod issue's sentence in the school's language (its key, with a custom rule's values). */
export function issueSentence(
  issue: { code: string; message: string; params?: unknown },
  setting?: string | null,
) {
  return issueTextOf(issue, wholeCatalogue(setting));
}

/** A message key's sentence in the school's language (a message that is no key comes back as it is). */
export function messageText(message: string, setting?: string | null, values?: MessageValues): string {
  return textOf(message, wholeCatalogue(setting), values);
}

/**
 * The school's vocabulary (grades, statuses, roles …) in its language: one per language for the
 * whole process, so each label is looked up and formatted once, not on every row of every page.
 * Pages (useVocabulary, getVocabulary) and code outside a render share it.
 */
export function vocabulary(setting?: string | null): Vocabulary {
  const locale = shippedLocaleFor(setting);
  let v = vocabularies.get(locale);
  if (!v) vocabularies.set(locale, (v = vocabularyOf(wholeCatalogue(locale))));
  return v;
}
const vocabularies = new Map<string, Vocabulary>();

const whole = new Map<string, KeyTranslator>();
function wholeCatalogue(setting: string | null | undefined): KeyTranslator {
  const locale = shippedLocaleFor(setting);
  let t = whole.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: CATALOGUES[locale] }) as unknown as KeyTranslator;
    whole.set(locale, t);
  }
  return t;
}
