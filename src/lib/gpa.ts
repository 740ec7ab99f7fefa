// Grade points, credits, GPA, class rank and honour roll: one set of functions for posting, the
// student's page, report cards and transcripts. Exact, credit-weighted, rounded once to two decimals.
import { add, compare, div, isZero, mul, parseDecimal, round2, sum, ZERO } from "./exact-decimal.ts";

export const COURSE_LEVELS = ["regular", "honors", "ap", "ib"] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

export interface GpaPolicy {
  /** Grade points per letter on the school's scale (default 4.0). */
  gradePoints: Record<string, number>;
  /** Added to the grade points of a passing grade in an honours / AP / IB course (weighted GPA). */
  levelBump: Record<CourseLevel, number>;
  /** Credit is earned at or above this letter's grade points (and above zero). */
  passingLetter: string;
  classRank: boolean;
  honorRoll: boolean;
  /** Honour roll: every course at or above this many grade points (not an average). */
  honorRollMinimum: number;
}

export const DEFAULT_GPA_POLICY: GpaPolicy = {
  gradePoints: {
    "A+": 4,
    A: 4,
    "A-": 3.75,
    "B+": 3.5,
    B: 3,
    "B-": 2.75,
    "C+": 2.5,
    C: 2,
    "C-": 1.75,
    "D+": 1.5,
    D: 1,
    "D-": 0.75,
    F: 0,
  },
  levelBump: { regular: 0, honors: 0.5, ap: 1, ib: 1 },
  passingLetter: "D-",
  classRank: false,
  honorRoll: false,
  honorRollMinimum: 3,
};

export interface CourseGrade {
  /** Unweighted grade points of the letter. */
  gradePoints: string;
  /** With the honours / AP / IB bump. */
  weightedGradePoints: string;
  creditsAttempted: string;
  creditsEarned: string;
}

/** The grade points and credits a letter brings in a course of this level and credit. */
export function courseGrade(
  letter: string,
  credits: string | number,
  level: CourseLevel,
  policy: GpaPolicy = DEFAULT_GPA_POLICY,
): CourseGrade {
  const points = parseDecimal(policy.gradePoints[letter] ?? 0);
  const passing = parseDecimal(policy.gradePoints[policy.passingLetter] ?? 0);
  const passes = !isZero(points) && compare(points, passing) >= 0;
  const bump = passes ? parseDecimal(policy.levelBump[level] ?? 0) : ZERO;
  const attempted = parseDecimal(credits);
  return {
    gradePoints: round2(points),
    weightedGradePoints: round2(add(points, bump)),
    creditsAttempted: round2(attempted),
    creditsEarned: round2(passes ? attempted : ZERO),
  };
}

export interface GpaRow {
  gradePoints: string;
  weightedGradePoints: string;
  creditsAttempted: string;
  /** Pass/fail and other courses the school leaves out of the GPA. */
  countsInGpa: boolean;
}

export interface Gpa {
  unweighted: string | null;
  weighted: string | null;
  creditsAttempted: string;
  creditsEarned: string;
}

/** Credit-weighted GPA: Σ(points × credits) / Σ credits over the courses that count. */
export function gpaOf(rows: (GpaRow & { creditsEarned: string })[]): Gpa {
  const counting = rows.filter((r) => r.countsInGpa && !isZero(parseDecimal(r.creditsAttempted)));
  const credits = sum(counting.map((r) => parseDecimal(r.creditsAttempted)));
  const mean = (key: "gradePoints" | "weightedGradePoints") =>
    isZero(credits)
      ? null
      : round2(
          div(sum(counting.map((r) => mul(parseDecimal(r[key]), parseDecimal(r.creditsAttempted)))), credits),
        );
  return {
    unweighted: mean("gradePoints"),
    weighted: mean("weightedGradePoints"),
    creditsAttempted: round2(sum(rows.map((r) => parseDecimal(r.creditsAttempted)))),
    creditsEarned: round2(sum(rows.map((r) => parseDecimal(r.creditsEarned)))),
  };
}

/** Rank = 1 + how many are strictly higher, so ties share a rank (3.90, 3.90, 3.50 → 1, 1, 3). */
export function classRanks(gpas: { id: string; gpa: string | null }[]): Map<string, number> {
  const ranked = gpas.filter((g) => g.gpa !== null);
  return new Map(
    ranked.map((g) => [
      g.id,
      1 + ranked.filter((o) => compare(parseDecimal(o.gpa!), parseDecimal(g.gpa!)) > 0).length,
    ]),
  );
}

/** On the honour roll when every course's grade points reach the minimum (one B keeps an A-student off). */
export function onHonorRoll(gradePoints: string[], policy: GpaPolicy = DEFAULT_GPA_POLICY): boolean {
  if (gradePoints.length === 0) return false;
  const minimum = parseDecimal(policy.honorRollMinimum);
  return gradePoints.every((p) => compare(parseDecimal(p), minimum) >= 0);
}
