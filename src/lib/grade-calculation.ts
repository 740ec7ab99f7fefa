// The one grade calculation: a student's average in one class and grading period. The gradebook,
// the portal, posting, report cards, transcripts and `npm run grades:explain` all call
// `calculateGrade`, so a grade is the same number everywhere. Exact fractions throughout; the
// result is rounded once, at the end, half up to two decimals, and the letter is read from exactly
// that shown value. The rules and their sources: docs/decisions/024-gradebook.md.
import {
  add,
  compare,
  div,
  fraction,
  HUNDRED,
  isZero,
  mul,
  parseDecimal,
  round2,
  sub,
  sum,
  ZERO,
  type Fraction,
} from "./exact-decimal.ts";
import { DEFAULT_GRADING_SCALE, letterFor, type GradingScale } from "./grading.ts";

export type GradingMode = "points" | "weighted";
export const SCORE_STATUSES = ["graded", "excused", "missing", "late"] as const;
export type ScoreStatus = (typeof SCORE_STATUSES)[number];
type Amount = string | number;

interface CategoryRule {
  name: string;
  weight?: Amount | null;
  /** Drop this many of the lowest percentages (never emptying the category). */
  dropLowest?: number | null;
}

interface AssignmentInput {
  id: string;
  category: string;
  pointsPossible: Amount;
  dueDate?: string | null;
  extraCredit?: boolean | null;
}

export interface ScoreInput {
  assignment: string;
  pointsEarned?: Amount | null;
  status?: ScoreStatus | null;
}

export interface GradeInput {
  mode: GradingMode;
  scale?: GradingScale | null;
  categories: CategoryRule[];
  assignments: AssignmentInput[];
  scores: ScoreInput[];
  /** The day the calculation is for (YYYY-MM-DD): what is past due is decided against it. */
  asOf: string;
  enrolledOn?: string | null;
  ungradedPastDueCountsZero?: boolean | null;
  /** Percent taken off a late score's points (0 or absent: late is only a flag). */
  latePenaltyPercent?: Amount | null;
}

/** Why an assignment does (or does not) count, for "how was this calculated?". */
type ItemReason =
  | "graded"
  | "late"
  | "latePenalty"
  | "missing"
  | "ungradedPastDue"
  | "excused"
  | "notGraded"
  | "beforeEnrolment"
  | "dropped"
  | "extraCredit";

interface ItemResult {
  id: string;
  category: string;
  counted: boolean;
  reason: ItemReason;
  earned: string | null;
  possible: string | null;
}

interface CategoryResult {
  name: string;
  weight: string | null;
  percentage: string | null;
  earned: string;
  possible: string;
  dropped: string[];
  /** Whether the category takes part in the average (weighted mode: it has graded work). */
  counted: boolean;
}

type GradeWarning =
  | { code: "weightsNotHundred"; total: string }
  | { code: "extraCreditOnlyCategory"; category: string }
  | { code: "categoryWithoutWeight"; category: string }
  | { code: "unknownCategory"; category: string }
  | { code: "aboveHundred" };

export interface GradeResult {
  percentage: string | null;
  letter: string | null;
  categories: CategoryResult[];
  items: ItemResult[];
  warnings: GradeWarning[];
}

interface Item {
  id: string;
  category: string;
  earned: Fraction;
  possible: Fraction; // zero for extra credit
  reason: ItemReason;
  droppable: boolean;
}

const percent = (earned: Fraction, possible: Fraction) => mul(div(earned, possible), HUNDRED);

/** What one assignment contributes, or why it does not. */
function itemOf(a: AssignmentInput, score: ScoreInput | undefined, input: GradeInput): Item | ItemResult {
  const possible = a.extraCredit ? ZERO : parseDecimal(a.pointsPossible);
  const hasScore = score?.pointsEarned !== undefined && score?.pointsEarned !== null;
  const status = score?.status ?? (hasScore ? "graded" : null);
  const skip = (reason: ItemReason): ItemResult => ({
    id: a.id,
    category: a.category,
    counted: false,
    reason,
    earned: hasScore ? round2(parseDecimal(score!.pointsEarned!)) : null,
    possible: round2(parseDecimal(a.pointsPossible)),
  });
  const notYetDue = !!a.dueDate && a.dueDate >= input.asOf;
  const base = { id: a.id, category: a.category, possible, droppable: !a.extraCredit && !notYetDue };

  if (status === "excused") return skip("excused");
  // A missing mark is a zero whatever score was typed beside it (the gradebook clears one or the other).
  if (status === "missing") return { ...base, earned: ZERO, reason: "missing" };
  if (hasScore) {
    let earned = parseDecimal(score!.pointsEarned!);
    const penalty = input.latePenaltyPercent ? parseDecimal(input.latePenaltyPercent) : ZERO;
    if (status === "late" && !isZero(penalty)) {
      const kept = compare(penalty, HUNDRED) >= 0 ? ZERO : sub(HUNDRED, penalty);
      earned = div(mul(earned, kept), HUNDRED);
      return { ...base, earned, reason: "latePenalty" };
    }
    return { ...base, earned, reason: a.extraCredit ? "extraCredit" : status === "late" ? "late" : "graded" };
  }
  if (a.dueDate && input.enrolledOn && a.dueDate < input.enrolledOn) return skip("beforeEnrolment");
  const pastDue = !!a.dueDate && a.dueDate < input.asOf;
  if (pastDue && input.ungradedPastDueCountsZero && !a.extraCredit)
    return { ...base, earned: ZERO, reason: "ungradedPastDue" };
  return skip("notGraded");
}

const totals = (items: Item[]) => ({
  earned: sum(items.map((i) => i.earned)),
  possible: sum(items.map((i) => i.possible)),
});

/**
 * Drops the lowest percentages, one at a time; between equal percentages, the one whose removal
 * leaves the category highest. At least one scored piece of work always stays.
 */
function applyDrops(items: Item[], dropLowest: number): { kept: Item[]; dropped: Item[] } {
  let kept = [...items];
  const dropped: Item[] = [];
  const regular = () => kept.filter((i) => !isZero(i.possible));
  for (let k = 0; k < dropLowest; k++) {
    const eligible = kept.filter((i) => i.droppable && !isZero(i.possible));
    if (eligible.length === 0 || regular().length <= 1) break;
    const lowest = eligible.reduce((low, i) =>
      compare(percent(i.earned, i.possible), percent(low.earned, low.possible)) < 0 ? i : low,
    );
    const lowestPct = percent(lowest.earned, lowest.possible);
    const tied = eligible.filter((i) => compare(percent(i.earned, i.possible), lowestPct) === 0);
    const after = (drop: Item) => totals(kept.filter((i) => i !== drop));
    const best = tied.reduce((pick, i) => {
      const a = after(i);
      const b = after(pick);
      if (isZero(b.possible)) return i;
      if (isZero(a.possible)) return pick;
      return compare(div(a.earned, a.possible), div(b.earned, b.possible)) > 0 ? i : pick;
    });
    kept = kept.filter((i) => i !== best);
    dropped.push(best);
  }
  return { kept, dropped };
}

export function calculateGrade(input: GradeInput): GradeResult {
  const scale = input.scale ?? DEFAULT_GRADING_SCALE;
  const warnings: GradeWarning[] = [];
  const scores = new Map(input.scores.map((s) => [s.assignment, s]));
  const rules = new Map(input.categories.map((c) => [c.name, c]));
  const names = input.categories.map((c) => c.name);
  for (const a of input.assignments)
    if (!rules.has(a.category) && !names.includes(a.category)) {
      names.push(a.category);
      if (input.mode === "weighted") warnings.push({ code: "unknownCategory", category: a.category });
    }

  const items: ItemResult[] = [];
  const counted = new Map<string, Item[]>(names.map((n) => [n, []]));
  for (const a of input.assignments) {
    const item = itemOf(a, scores.get(a.id), input);
    if ("counted" in item) items.push(item);
    else counted.get(a.category)!.push(item);
  }

  const categories: (CategoryResult & { exact: Fraction | null; weightValue: Fraction })[] = [];
  const kept: Item[] = [];
  for (const name of names) {
    const rule = rules.get(name);
    const { kept: stay, dropped } = applyDrops(counted.get(name)!, Math.max(0, rule?.dropLowest ?? 0));
    kept.push(...stay);
    const droppedIds = new Set(dropped.map((d) => d.id));
    for (const i of counted.get(name)!)
      items.push({
        id: i.id,
        category: name,
        counted: !droppedIds.has(i.id),
        reason: droppedIds.has(i.id) ? "dropped" : i.reason,
        earned: round2(i.earned),
        possible: round2(i.possible),
      });
    const t = totals(stay);
    const exact = isZero(t.possible) ? null : percent(t.earned, t.possible);
    const weightValue =
      rule?.weight !== undefined && rule?.weight !== null ? parseDecimal(rule.weight) : ZERO;
    const hasWork = stay.length > 0;
    if (input.mode === "weighted" && hasWork && exact === null)
      warnings.push({ code: "extraCreditOnlyCategory", category: name });
    if (input.mode === "weighted" && exact !== null && isZero(weightValue) && rules.has(name))
      warnings.push({ code: "categoryWithoutWeight", category: name });
    categories.push({
      name,
      weight: rule?.weight !== undefined && rule?.weight !== null ? round2(weightValue) : null,
      percentage: exact === null ? null : round2(exact),
      earned: round2(t.earned),
      possible: round2(t.possible),
      dropped: dropped.map((d) => d.id),
      counted: input.mode === "weighted" ? exact !== null && !isZero(weightValue) : hasWork,
      exact,
      weightValue,
    });
  }

  if (input.mode === "weighted") {
    const declared = sum(input.categories.map((c) => (c.weight ? parseDecimal(c.weight) : ZERO)));
    if (compare(declared, HUNDRED) !== 0)
      warnings.push({ code: "weightsNotHundred", total: round2(declared) });
  }

  let exact: Fraction | null = null;
  if (input.mode === "points") {
    const t = totals(kept);
    exact = isZero(t.possible) ? null : percent(t.earned, t.possible);
  } else {
    // Weights are relative and renormalised over the categories that have graded work.
    const used = categories.filter((c) => c.counted);
    const weight = sum(used.map((c) => c.weightValue));
    if (!isZero(weight))
      exact = div(
        used.reduce((acc, c) => add(acc, mul(c.weightValue, c.exact!)), ZERO),
        weight,
      );
  }
  const percentage = exact === null ? null : round2(exact);
  if (exact !== null && compare(fraction(BigInt(percentage!.replace(".", "")), 100n), HUNDRED) > 0)
    warnings.push({ code: "aboveHundred" });
  const order = new Map(input.assignments.map((a, i) => [a.id, i]));
  items.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return {
    percentage,
    letter: percentage === null ? null : letterFor(percentage, scale),
    categories: categories.map((c) => ({
      name: c.name,
      weight: c.weight,
      percentage: c.percentage,
      earned: c.earned,
      possible: c.possible,
      dropped: c.dropped,
      counted: c.counted,
    })),
    items,
    warnings,
  };
}

/**
 * A parent period from its children's shown percentages and weights (Q1 40 %, Q2 40 %, exam
 * 20 %), renormalised over the children that have a grade; rounded once.
 */
export function combinePeriods(parts: { percentage: string | null; weight: Amount }[]): string | null {
  const present = parts.filter((p) => p.percentage !== null && !isZero(parseDecimal(p.weight)));
  const weight = sum(present.map((p) => parseDecimal(p.weight)));
  if (present.length === 0 || isZero(weight)) return null;
  const total = present.reduce(
    (acc, p) => add(acc, mul(parseDecimal(p.weight), parseDecimal(p.percentage!))),
    ZERO,
  );
  return round2(div(total, weight));
}

/**
 * A class's average on one assignment: Σ earned / Σ possible over the students it counts for
 * (missing counts zero, excused and ungraded are left out); null when nobody has a score yet.
 */
export function assignmentAverage(
  scores: Pick<ScoreInput, "pointsEarned" | "status">[],
  pointsPossible: Amount,
): string | null {
  const possible = parseDecimal(pointsPossible);
  if (isZero(possible)) return null;
  let earned = ZERO;
  let counted = 0;
  for (const s of scores) {
    if (s.status === "excused") continue;
    if (s.status === "missing") counted++;
    else if (s.pointsEarned !== undefined && s.pointsEarned !== null) {
      earned = add(earned, parseDecimal(s.pointsEarned));
      counted++;
    }
  }
  if (counted === 0) return null;
  return round2(percent(earned, mul(possible, fraction(BigInt(counted)))));
}
