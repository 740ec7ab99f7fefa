// The terms a class runs in, as the data model stores them (full_year, fall, spring, summer, q1–q4),
// (people read them as "vocab.term"), and which of them run at the same time.

export const SEMESTERS = ["full_year", "fall", "spring", "summer", "q1", "q2", "q3", "q4"] as const;

/** Terms that run at the same time: a full-year class meets in every term, fall in its quarters 1–2. */
const TERM_PARTS: Record<string, string[]> = {
  full_year: ["q1", "q2", "q3", "q4"],
  fall: ["q1", "q2"],
  spring: ["q3", "q4"],
  summer: ["summer"],
  q1: ["q1"],
  q2: ["q2"],
  q3: ["q3"],
  q4: ["q4"],
};

export function termsOverlap(a: string | null, b: string | null): boolean {
  // A class without a term is taken to run all year.
  const partsA = TERM_PARTS[a ?? "full_year"] ?? TERM_PARTS.full_year!;
  const partsB = TERM_PARTS[b ?? "full_year"] ?? TERM_PARTS.full_year!;
  return partsA.some((p) => partsB.includes(p));
}
