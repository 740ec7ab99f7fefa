// Grading math shared by the gradebook and the demo data.

/** Minimum percentage for each letter, highest first. */
export type GradingScale = Record<string, number>;

export const DEFAULT_GRADING_SCALE: GradingScale = {
  "A+": 97,
  A: 93,
  "A-": 90,
  "B+": 87,
  B: 83,
  "B-": 80,
  "C+": 77,
  C: 73,
  "C-": 70,
  "D+": 67,
  D: 63,
  "D-": 60,
  F: 0,
};

export function letterFor(percentage: number, scale: GradingScale = DEFAULT_GRADING_SCALE): string {
  const ordered = Object.entries(scale).sort((a, b) => b[1] - a[1]);
  for (const [letter, minimum] of ordered) if (percentage >= minimum) return letter;
  return ordered[ordered.length - 1]?.[0] ?? "F";
}

/** Percentage with two decimals, as DECIMAL(5,2) stores it. */
export function percentageOf(earned: number, possible: number): number {
  if (possible <= 0) throw new RangeError("points possible must be positive");
  return Math.round((earned / possible) * 10000) / 100;
}
