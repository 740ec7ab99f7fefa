// The school's vocabulary as people read it, in the page's language: one label function per list
// of stored codes (src/lib holds the codes), and the catalogue's sentences for code outside a
// component (src/lib, queries) that has to put words together. A code the catalogue does not know
// (imported data) reads as itself, never as a missing key.
import type { MessageValues } from "./message-key";

/** A translator over the whole catalogue (next-intl's in pages, use-intl's elsewhere). */
export interface CatalogueTranslator {
  (key: never, values?: never): string;
  has(key: never): boolean;
}

export type Vocabulary = ReturnType<typeof vocabularyOf>;

export function vocabularyOf(t: CatalogueTranslator) {
  const text = (key: string, values?: MessageValues) => t(key as never, values as never);
  const list =
    (group: string) =>
    (code: string | null | undefined): string => {
      if (!code) return "";
      const key = `vocab.${group}.${code}`;
      return t.has(key as never) ? text(key) : code;
    };
  return {
    /** Any sentence of the catalogue by its full key ("enrollments.warning.grade"). */
    text,
    role: list("role"),
    studentStatus: list("studentStatus"),
    userStatus: list("userStatus"),
    classStatus: list("classStatus"),
    employmentStatus: list("employmentStatus"),
    employmentType: list("employmentType"),
    education: list("education"),
    enrollmentStatus: list("enrollmentStatus"),
    gender: list("gender"),
    relationship: list("relationship"),
    term: list("term"),
    day: list("day"),
    dayShort: list("dayShort"),
    /** "Pre-K", "Kindergarten", "Grade 9"; anything else as it was stored. */
    grade: (grade: string): string =>
      t.has(`vocab.grade.${grade}` as never)
        ? text(`vocab.grade.${grade}`)
        : /^\d{1,2}$/.test(grade)
          ? text("vocab.grade.numbered", { grade })
          : grade,
    /** Select options for a list of codes, labelled by one of the functions above. */
    options: <C extends string>(codes: readonly C[], label: (code: C) => string) =>
      codes.map((value) => ({ value, label: label(value) })),
  };
}
