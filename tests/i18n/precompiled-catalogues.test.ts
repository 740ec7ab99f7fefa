// Pages' server components read the catalogues compiled at build time (next.config.ts: next-intl's
// `precompile`), through use-intl's small formatter; client components, the job runner and these
// tests read them as written, through the full ICU formatter. Every message must read the same
// both ways, for every branch of its plurals and selects, or a sentence would change with the
// side of the page it is on.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import compile from "icu-minify/compile";
import formatAtRuntime from "use-intl/format-message";
import formatPrecompiled from "use-intl/format-message/format-only";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { CATALOGUES, SHIPPED_LOCALES } from "../../src/i18n/locales.ts";

type Value = string | number | Date | ((chunks: ReactNode) => string);
type Values = Record<string, Value>;

function messagesOf(tree: object, prefix = ""): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value]]
      : messagesOf(value as object, `${prefix}${key}.`),
  );
}

/** Each argument with the values worth trying: every plural category and select branch. */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, Value[]>()) {
  for (const el of elements) {
    if (el.type === TYPE.argument) found.set(el.value, found.get(el.value) ?? ["Ana Ruiz"]);
    else if (el.type === TYPE.number) found.set(el.value, [1234.5, 0]);
    else if (el.type === TYPE.date || el.type === TYPE.time)
      found.set(el.value, [new Date("2026-09-14T15:30:00Z")]);
    else if (el.type === TYPE.plural) {
      found.set(el.value, [0, 1, 2, 5, 21]);
      for (const option of Object.values(el.options)) argumentsOf(option.value, found);
    } else if (el.type === TYPE.select) {
      found.set(
        el.value,
        Object.keys(el.options).map((k) => (k === "other" ? "something-else" : k)),
      );
      for (const option of Object.values(el.options)) argumentsOf(option.value, found);
    } else if (el.type === TYPE.tag) {
      const name = el.value;
      found.set(name, [(chunks) => `<${name}>${[chunks].flat().join("")}</${name}>`]);
      argumentsOf(el.children, found);
    }
  }
  return found;
}

/** Value sets that walk every argument through each of its values (the longest list sets the count). */
function valueSets(args: Map<string, Value[]>): Values[] {
  const longest = Math.max(1, ...[...args.values()].map((v) => v.length));
  return Array.from({ length: longest }, (_, i) =>
    Object.fromEntries([...args].map(([name, values]) => [name, values[i % values.length]!])),
  );
}

describe("precompiled catalogues", () => {
  for (const locale of SHIPPED_LOCALES) {
    it(`read like the catalogue as written (${locale})`, () => {
      const options = () => {
        const cache = _createCache();
        return { cache, formatters: _createIntlFormatters(cache), locale, timeZone: "America/Chicago" };
      };
      const runtime = options();
      const precompiled = options();
      const messages = messagesOf(CATALOGUES[locale]);
      expect(messages.length).toBeGreaterThan(500);
      let compared = 0;
      for (const [key, message] of messages) {
        for (const values of valueSets(argumentsOf(parse(message)))) {
          const asWritten = formatAtRuntime(key, message, values, runtime);
          const fromBuild = formatPrecompiled(key, compile(message), values, precompiled);
          expect(fromBuild, `${key} with ${JSON.stringify(values)}`).toEqual(asWritten);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(messages.length);
    });
  }
});
