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

/**
 * Keys used in the source: for each translator a file makes (`const t = useTranslations("ns")`,
 * `const t = await getTranslations("ns")`), every `t("key")` call on it.
 */
function usedKeys(): { file: string; key: string }[] {
  const used: { file: string; key: string }[] = [];
  for (const file of sourceFiles(join(root, "src"))) {
    const text = readFileSync(file, "utf8");
    const translators = [
      ...text.matchAll(
        /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*"([\w.]+)"\s*\)/g,
      ),
    ].map((m) => ({ name: m[1]!, namespace: m[2]! }));
    const names = translators.map((tr) => tr.name);
    expect(new Set(names).size, `${file}: one namespace per translator name`).toBe(
      new Set(translators.map((tr) => `${tr.name}:${tr.namespace}`)).size,
    );
    for (const { name, namespace } of translators)
      for (const m of text.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.has)?\\(\\s*"([\\w.]+)"`, "g")))
        used.push({ file, key: `${namespace}.${m[1]}` });
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

  it("every rule's and refusal's message key (\"rules.…\") in the source exists", () => {
    const keys = sourceFiles(join(root, "src")).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/["'`](rules\.[\w.]+)["'`]/g)].map((m) => ({
        file,
        key: m[1]!,
      })),
    );
    expect(keys.length).toBeGreaterThan(80);
    for (const locale of SHIPPED_LOCALES) {
      const known = new Set(keysOf(CATALOGUES[locale]));
      expect(keys.filter((k) => !known.has(k.key)).map((k) => `${locale}: ${k.key} (${k.file})`)).toEqual([]);
    }
  });

  it("no schema or service writes a sentence where a message key belongs", () => {
    // A rule's message is a key, so the browser and the server say it in the reader's language.
    const sentence =
      /(?:message:|\.(?:min|max|regex|refine|int|multipleOf)\([^"]*|UserFacingError\()\s*"([A-Z][^"]*\s[^"]*)"/g;
    const offenders = sourceFiles(join(root, "src"))
      .filter((file) => /(schemas|service|field-rules|actions|invite|step-up|passwords)\.ts$/.test(file))
      .flatMap((file) => [...readFileSync(file, "utf8").matchAll(sentence)].map((m) => `${file}: ${m[1]}`));
    expect(offenders).toEqual([]);
  });

  it("every code of the school's vocabulary has its words", async () => {
    const { vocabulary } = await import("../../src/i18n/translate.ts");
    const { GRADE_LEVELS } = await import("../../src/lib/grade-levels.ts");
    const { STUDENT_STATUSES } = await import("../../src/lib/student-status.ts");
    const { ROLES } = await import("../../src/lib/roles.ts");
    const { SEMESTERS } = await import("../../src/lib/terms.ts");
    const v = vocabulary("en-US");
    const lists: [readonly string[], (code: string) => string][] = [
      [GRADE_LEVELS, v.grade],
      [STUDENT_STATUSES, v.studentStatus],
      [ROLES, v.role],
      [SEMESTERS, v.term],
      [["mon", "tue", "wed", "thu", "fri", "sat", "sun"], v.day],
    ];
    for (const [codes, label] of lists) for (const code of codes) expect(label(code), code).not.toBe(code);
    expect([v.grade("PK"), v.grade("K"), v.grade("9")]).toEqual(["Pre-K", "Kindergarten", "Grade 9"]);
    // Imported data outside the lists reads as itself, never as a missing key.
    expect([v.grade("Ungraded"), v.studentStatus("on_hold")]).toEqual(["Ungraded", "on_hold"]);
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

describe("a rule's key is said the same in the browser and on the server", () => {
  it("translates a schema's keyed messages, with the values a rule carries", async () => {
    const { studentSchema } = await import("../../src/features/students/schemas.ts");
    const { blankStudent } = await import("../../src/features/students/form-values.ts");
    const { fieldErrorsOf } = await import("../../src/server/action-result.ts");
    const parsed = studentSchema.safeParse({
      ...blankStudent("2026-09-01"),
      studentId: "S 1",
      gradeLevel: "9",
      dateOfBirth: "2025-01-01",
      phone: "call me",
    });
    const errors = fieldErrorsOf(parsed.error!, "en-US");
    expect(errors.studentId).toEqual(["Use letters, digits and dashes only."]);
    expect(errors.phone).toEqual(["Enter a phone number, like (555) 010-0199."]);
    expect(errors.dateOfBirth?.[0]).toMatch(/^Grade 9 students are usually about 14 .* makes them 1\./);
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
