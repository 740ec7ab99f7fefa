// The message catalogues: every key the code uses exists in every shipped locale, every shipped
// locale has the same keys as English, every error code has its sentence, and <html lang> follows
// the language actually shipped.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUES, SHIPPED_LOCALES, shippedLocaleFor } from "../../src/i18n/locales.ts";
import { translator } from "../../src/i18n/translate.ts";
import { ERROR_CODES } from "../../src/server/errors.ts";

const root = join(import.meta.dirname, "..", "..");

function keysOf(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** Keys used in the source: t("key") in a file whose translations come from one namespace. */
function usedKeys(): { file: string; key: string }[] {
  const used: { file: string; key: string }[] = [];
  for (const file of sourceFiles(join(root, "src"))) {
    const text = readFileSync(file, "utf8");
    const namespaces = [...text.matchAll(/(?:useTranslations|getTranslations)\(\s*"([\w.]+)"\s*\)/g)].map(
      (m) => m[1]!,
    );
    if (namespaces.length === 0) continue;
    expect(new Set(namespaces).size, `${file} uses one namespace`).toBe(1);
    for (const m of text.matchAll(/\bt\(\s*"([\w.]+)"/g))
      used.push({ file, key: `${namespaces[0]}.${m[1]}` });
  }
  return used;
}

describe("message catalogues", () => {
  const english = new Set(keysOf(CATALOGUES.en));

  it("every key the code uses exists in every shipped locale", () => {
    const used = usedKeys();
    expect(used.length).toBeGreaterThan(40);
    for (const locale of SHIPPED_LOCALES) {
      const keys = new Set(keysOf(CATALOGUES[locale]));
      expect(used.filter((u) => !keys.has(u.key)).map((u) => `${locale}: ${u.key} (${u.file})`)).toEqual([]);
    }
  });

  it("every shipped locale has exactly English's keys", () => {
    for (const locale of SHIPPED_LOCALES) expect(new Set(keysOf(CATALOGUES[locale]))).toEqual(english);
  });

  it("every error code has its sentence, with its values filled in", () => {
    for (const code of ERROR_CODES) expect(english.has(`errors.${code}`), code).toBe(true);
    expect(translator("en-US", "errors")("not_found", { what: "student" })).toBe(
      "This student was not found. It may have been removed.",
    );
  });

  it("a school's language is used only once its catalogue ships; until then its pages say they are English", () => {
    expect(shippedLocaleFor("en-US")).toBe("en");
    expect(shippedLocaleFor("es-US")).toBe(SHIPPED_LOCALES.includes("es" as never) ? "es" : "en");
    expect(shippedLocaleFor(null)).toBe("en");
  });
});

describe("zod's own messages come from the catalogue", () => {
  it("speaks like the rest of the product, and a rule's own message still wins", async () => {
    const { z } = await import("zod");
    await import("../../src/i18n/zod-messages.ts");
    const { requiredText } = await import("../../src/lib/field-rules.ts");
    const message = (schema: import("zod").ZodType, value: unknown) =>
      schema.safeParse(value).error?.issues[0]?.message;
    expect(message(z.string().max(5), "too long")).toBe("Use at most 5 characters.");
    expect(message(z.string().min(3), "ab")).toBe("Use at least 3 characters.");
    expect(message(z.email(), "nope")).toBe("Enter a valid email address.");
    expect(message(z.enum(["a", "b"]), "c")).toBe("Choose from the list.");
    expect(message(z.string(), undefined)).toBe("Fill in this field.");
    expect(message(z.array(z.string()).max(1), ["a", "b"])).toBe("Choose at most 1.");
    expect(message(requiredText(10, "Enter the name."), "")).toBe("Enter the name.");
  });
});
