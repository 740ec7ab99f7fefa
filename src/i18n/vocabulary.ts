// The school's vocabulary as people read it, in the page's language: one label function per list
// of stored codes (src/lib holds the codes), and the catalogue's sentences for code outside a
// component (src/lib, queries) that has to put words together. A code the catalogue does not know
// (imported data) reads as itself, never as a missing key.
import type { MessageValues } from "./message-key";

/** A translator over the whole catalogue (use-intl's, one per language: src/i18n/translate.ts). */
export interface CatalogueTranslator {
  (key: never, values?: never): string;
  has(key: never): boolean;
}

export type Vocabulary = ReturnType<typeof vocabularyOf>;

const REMEMBERED_LABELS = 2_000;

export function vocabularyOf(t: CatalogueTranslator) {
  const text = (key: string, values?: MessageValues) => t(key as never, values as never);
  // A table asks for the same few labels on every row; each is looked up (and formatted) once.
  // Codes come from the data (imported grades are free text), so the memory has a ceiling.
  const labels = new Map<string, string>();
  const remembered = (key: string, make: () => string): string => {
    let label = labels.get(key);
    if (label === undefined) {
      if (labels.size >= REMEMBERED_LABELS) labels.clear();
      labels.set(key, (label = make()));
    }
    return label;
  };
  const list =
    (group: string) =>
    (code: string | null | undefined): string => {
      if (!code) return "";
      const key = `vocab.${group}.${code}`;
      return remembered(key, () => (t.has(key as never) ? text(key) : code));
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
    attendanceStatus: list("attendanceStatus"),
    term: list("term"),
    day: list("day"),
    dayShort: list("dayShort"),
    /** "Pre-K", "Kindergarten", "Grade 9"; anything else as it was stored. */
    grade: (grade: string): string =>
      remembered(`vocab.grade.${grade}`, () =>
        t.has(`vocab.grade.${grade}` as never)
          ? text(`vocab.grade.${grade}`)
          : /^\d{1,2}$/.test(grade)
            ? text("vocab.grade.numbered", { grade })
            : grade,
      ),
    /** Select options for a list of codes, labelled by one of the functions above. */
    options: <C extends string>(codes: readonly C[], label: (code: C) => string) =>
      codes.map((value) => ({ value, label: label(value) })),
  };
}
