// Spanish covers everything a family meets (docs/decisions/026): every message of these parts of
// the catalogue is written in Spanish — not English left behind — and keeps English's arguments,
// plurals and selects, so the same values fill it in.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import { languageFor } from "../../src/i18n/locales.ts";
import { translator } from "../../src/i18n/translate.ts";

const FAMILY_PARTS = [
  "errors",
  "busy",
  "pages",
  "validation",
  "signIn",
  "password",
  "security",
  "twoFactor",
  "account",
  "forms",
  "pager",
  "table",
  "timetable",
  "suspended",
  "schoolHome",
  "nav",
  "mail",
  "reportCard",
  "portal",
  "vocab",
  "titles",
  "gradebook.breakdown",
  "rules.portal",
  "rules.person",
  "rules.field",
  "rules.password",
  "rules.account",
];

const at = (tree: unknown, path: string) =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);

function messagesOf(tree: unknown, prefix: string): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  return Object.entries(tree as object).flatMap(([k, v]) => messagesOf(v, `${prefix}.${k}`));
}

/** A message's arguments with their kind (and each plural's and select's branches). */
function shapeOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number) out.add(`${el.value}`);
    if (el.type === TYPE.tag) {
      out.add(`<${el.value}>`);
      shapeOf(el.children, out);
    }
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(`${el.value}:${el.type === TYPE.plural ? "plural" : "select"}`);
      for (const [key, option] of Object.entries(el.options)) {
        if (el.type === TYPE.select) out.add(`${el.value}=${key}`);
        shapeOf(option.value, out);
      }
    }
  }
  return out;
}

// Words that read the same in both languages (a column heading "%", a name of a day abbreviated…).
const SAME_IN_BOTH = new Set(["%", "{earned} of {possible}", "{percentage} %", "{earned} / {possible}"]);

describe("the Spanish catalogue", () => {
  const english = FAMILY_PARTS.flatMap((part) => messagesOf(at(en, part), part));

  it("has every family-facing message, in Spanish, with English's arguments", () => {
    expect(english.length).toBeGreaterThan(350);
    const missing: string[] = [];
    const untranslated: string[] = [];
    const reshaped: string[] = [];
    for (const [key, text] of english) {
      const spanish = at(es, key);
      if (typeof spanish !== "string") {
        missing.push(key);
        continue;
      }
      if (spanish === text && !SAME_IN_BOTH.has(text) && /[a-z]{3}/.test(text)) untranslated.push(key);
      const a = [...shapeOf(parse(text, { ignoreTag: false }))].sort();
      const b = [...shapeOf(parse(spanish, { ignoreTag: false }))].sort();
      if (JSON.stringify(a) !== JSON.stringify(b)) reshaped.push(`${key}: ${a} ≠ ${b}`);
    }
    expect(missing).toEqual([]);
    expect(untranslated).toEqual([]);
    expect(reshaped).toEqual([]);
  });

  it("writes the family's mail in Spanish, with its values", () => {
    const t = translator("es-US", "mail");
    expect(
      t("attendanceAlertSubject", { student: "Sofía Morales", reason: "tardy", school: "Lincoln" }),
    ).toBe("Sofía Morales tiene una llegada tarde hoy en Lincoln");
    expect(
      t("attendanceAlertText", {
        student: "Sofía",
        reason: "absent",
        date: "lunes",
        phone: "none",
        school: "L",
      }),
    ).toContain("fue marcado(a) ausente el lunes");
  });

  it("a family member's own language wins, then the browser's choice, then the school's; staff read English", () => {
    expect(languageFor({ role: "parent", locale: "es" }, "en", "en-US")).toBe("es");
    expect(languageFor({ role: "parent", locale: null }, "es", "en-US")).toBe("es");
    expect(languageFor({ role: "student", locale: null }, null, "es-US")).toBe("es");
    expect(languageFor(null, null, "es-US")).toBe("es");
    expect(languageFor(null, "en", "es-US")).toBe("en");
    expect(languageFor({ role: "teacher", locale: "es" }, "es", "es-US")).toBe("en");
    expect(languageFor({ role: "parent", locale: "fr" }, null, "es-US")).toBe("en");
  });
});
