// Grade levels in the order a school counts them (Pre-K, K, 1 … 12), not the order of the text.
// People read them as the catalogue says ("vocab.grade", src/i18n/vocabulary.ts).

export const GRADE_LEVELS = [
  "PK",
  "K",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9",
  "10",
  "11",
  "12",
] as const;

/** Position in the school's order; values outside the list (imported data) come after grade 12. */
function gradeRank(grade: string): number {
  const index = (GRADE_LEVELS as readonly string[]).indexOf(grade);
  return index === -1 ? GRADE_LEVELS.length : index;
}

export function compareGrades(a: string, b: string): number {
  return gradeRank(a) - gradeRank(b) || a.localeCompare(b);
}

/** The age a student in this grade usually turns during the school year (K: 5/6, grade 9: 14/15). */
export function typicalAge(grade: string): number | null {
  const rank = (GRADE_LEVELS as readonly string[]).indexOf(grade);
  return rank === -1 ? null : rank + 4;
}
