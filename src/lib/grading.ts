// Letters and percentages of single scores, exact: the gradebook's cells, the seed and the grade
// calculation all read a letter from the same shown value.
import {
  div,
  fraction,
  HUNDRED,
  mul,
  parseDecimal,
  round2,
  toHundredths,
  type Fraction,
} from "./exact-decimal.ts";

/** Minimum percentage for each letter (inclusive). Order does not matter. */
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

/** A class's scale, or the school default when it has none. */
export function scaleOr(scale: unknown): GradingScale {
  if (scale && typeof scale === "object" && !Array.isArray(scale)) {
    const entries = Object.entries(scale as Record<string, unknown>).filter(
      (e): e is [string, number] => typeof e[1] === "number" && Number.isFinite(e[1]),
    );
    if (entries.length > 0) return Object.fromEntries(entries);
  }
  return DEFAULT_GRADING_SCALE;
}

/**
 * The letter of exactly this shown percentage ("89.50"), inclusive cut-offs: 90.00 is A-, 89.99
 * is B+. Below the lowest cut-off the lowest letter applies.
 */
export function letterFor(percentage: string, scale: GradingScale = DEFAULT_GRADING_SCALE): string {
  const value = toHundredths(parseSigned(percentage));
  const ordered = Object.entries(scale)
    .map(([letter, min]) => [letter, toHundredths(parseDecimal(min))] as const)
    .sort((a, b) => (a[1] > b[1] ? -1 : a[1] < b[1] ? 1 : 0));
  for (const [letter, minimum] of ordered) if (value >= minimum) return letter;
  return ordered[ordered.length - 1]?.[0] ?? "F";
}

function parseSigned(text: string): Fraction {
  return text.startsWith("-") ? fraction(-parseDecimal(text.slice(1)).n, 100n) : parseDecimal(text);
}

/** earned / possible as a percentage with two decimals ("89.50"), as DECIMAL(5,2) stores it. */
export function percentageOf(earned: string | number, possible: string | number): string {
  const p = parseDecimal(possible);
  if (p.n === 0n) throw new RangeError("points possible must be positive");
  return round2(mul(div(parseDecimal(earned), p), HUNDRED));
}
