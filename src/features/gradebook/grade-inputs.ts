// From stored rows to the one grade calculation's input. The gradebook grid (in the browser, as a
// teacher types), posting, report cards and the portal all build their input here, so the same
// rows always give the same number.
import { calculateGrade, type GradeInput, type GradingMode, type ScoreStatus } from "@/lib/grade-calculation";
import { scaleOr, type GradingScale } from "@/lib/grading";

export interface ClassRules {
  mode: GradingMode;
  scale: GradingScale;
  categories: { name: string; weight: string; dropLowest: number }[];
  ungradedPastDueCountsZero: boolean;
  latePenaltyPercent: string;
}

export interface StoredSettings {
  mode: string;
  ungradedPastDueCountsZero: boolean;
  latePenaltyPercent: unknown;
  courseLevel: string;
  countsInGpa: boolean;
  dropLowest: unknown;
}

const decimalText = (value: unknown) => {
  const text = value === null || value === undefined ? "0" : String(value);
  return /^\d+(\.\d{1,2})?$/.test(text) ? text : "0";
};

/** The class's categories (grade_categories) and scale, with its gradebook settings or the defaults. */
export function classRulesOf(
  cls: { gradingScale: unknown; gradeCategories: unknown },
  settings: StoredSettings | null,
): ClassRules {
  const drops = (settings?.dropLowest ?? {}) as Record<string, unknown>;
  const categories = Array.isArray(cls.gradeCategories)
    ? (cls.gradeCategories as { name?: unknown; weight?: unknown }[])
        .filter((c) => typeof c?.name === "string" && c.name !== "")
        .map((c) => ({
          name: c.name as string,
          weight: decimalText(c.weight),
          dropLowest: Number.isInteger(drops[c.name as string]) ? (drops[c.name as string] as number) : 0,
        }))
    : [];
  return {
    // Without settings: weighted when the class has categories, else plain points.
    mode: settings
      ? settings.mode === "points"
        ? "points"
        : "weighted"
      : categories.length
        ? "weighted"
        : "points",
    scale: scaleOr(cls.gradingScale),
    categories,
    ungradedPastDueCountsZero: settings?.ungradedPastDueCountsZero ?? false,
    latePenaltyPercent: decimalText(settings?.latePenaltyPercent),
  };
}

export interface AssignmentColumn {
  id: string;
  name: string;
  type: string;
  category: string;
  pointsPossible: string;
  assignedDate: string;
  dueDate: string | null;
  extraCredit: boolean;
  released: boolean;
}

export interface GradeCell {
  pointsEarned: string | null;
  status: ScoreStatus | null;
  comment: string | null;
  /** The concurrency token: the row's last change, as the server stored it. */
  updatedAt: string;
  /** Who last changed it, for "changed by … meanwhile". */
  changedBy: string | null;
}

/** A stored grade row's status as the calculation reads it. */
export function statusOf(row: {
  status: string | null;
  isExcused: boolean | null;
  isLate: boolean | null;
}): ScoreStatus | null {
  if (row.status === "excused" || row.isExcused) return "excused";
  if (row.status === "missing") return "missing";
  if (row.status === "late" || row.isLate) return "late";
  if (row.status === "graded") return "graded";
  return null;
}

/** One student's input for the class's calculation, as of a day. */
export function gradeInputFor(
  rules: ClassRules,
  assignments: AssignmentColumn[],
  cells: (assignmentId: string) => Pick<GradeCell, "pointsEarned" | "status"> | undefined,
  asOf: string,
  enrolledOn: string | null,
): GradeInput {
  return {
    mode: rules.mode,
    scale: rules.scale,
    categories: rules.categories,
    assignments: assignments.map((a) => ({
      id: a.id,
      category: a.category,
      pointsPossible: a.pointsPossible,
      dueDate: a.dueDate,
      extraCredit: a.extraCredit,
    })),
    scores: assignments.flatMap((a) => {
      const cell = cells(a.id);
      if (!cell || (cell.pointsEarned === null && cell.status === null)) return [];
      return [{ assignment: a.id, pointsEarned: cell.pointsEarned, status: cell.status }];
    }),
    asOf,
    enrolledOn,
    ungradedPastDueCountsZero: rules.ungradedPastDueCountsZero,
    latePenaltyPercent: rules.latePenaltyPercent,
  };
}

export const studentGrade = (...args: Parameters<typeof gradeInputFor>) =>
  calculateGrade(gradeInputFor(...args));
