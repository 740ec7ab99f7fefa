import { z } from "zod";
import { optionalDay, optionalText, requiredDay, requiredText } from "@/lib/field-rules";
import { COURSE_LEVELS } from "@/lib/gpa";

export const ASSIGNMENT_TYPES = ["homework", "quiz", "test", "project", "participation", "final"] as const;
/** What a cell can be marked besides a plain score. */
const CELL_MARKS = ["excused", "missing", "late"] as const;

/** Points as typed: up to six digits and two decimals ("17.5"); "" is no score. */
const points = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d{1,6}(\.\d{1,2})?$/.test(v), "rules.grade.points")
  .transform((v) => v || null);

const assignmentFields = {
  classId: z.uuid(),
  gradingPeriodId: z.uuid("rules.assignment.period"),
  name: requiredText(200, "rules.assignment.name"),
  assignmentType: z.enum(ASSIGNMENT_TYPES, "rules.assignment.type"),
  category: requiredText(100, "rules.assignment.category"),
  description: optionalText(2000),
  pointsPossible: z
    .string()
    .trim()
    .refine((v) => /^\d{1,6}(\.\d{1,2})?$/.test(v), "rules.assignment.points"),
  assignedDate: requiredDay("rules.assignment.assignedDate"),
  dueDate: optionalDay,
  extraCredit: z.boolean(),
  released: z.boolean(),
};

const assignmentRules = <
  T extends { pointsPossible: string; extraCredit: boolean; assignedDate: string; dueDate: string | null },
>(
  a: T,
  ctx: z.RefinementCtx,
) => {
  if (!a.extraCredit && Number(a.pointsPossible) === 0)
    ctx.addIssue({ code: "custom", path: ["pointsPossible"], message: "rules.assignment.pointsPositive" });
  if (a.dueDate && a.dueDate < a.assignedDate)
    ctx.addIssue({ code: "custom", path: ["dueDate"], message: "rules.assignment.dueBeforeAssigned" });
};

export const assignmentSchema = z.strictObject(assignmentFields).superRefine(assignmentRules);
export type AssignmentValues = z.infer<typeof assignmentSchema>;
export const updateAssignmentSchema = z
  .strictObject({ ...assignmentFields, id: z.uuid() })
  .superRefine(assignmentRules);
export const deleteAssignmentSchema = z.strictObject({ id: z.uuid() });

/** One cell: a score, a mark, or both cleared; `expected` is the cell's version as the editor saw it. */
export const saveCellSchema = z.strictObject({
  assignmentId: z.uuid(),
  studentId: z.uuid(),
  points,
  mark: z.enum(CELL_MARKS).nullable(),
  expected: z.iso.datetime().nullable(),
});
export type CellValues = z.infer<typeof saveCellSchema>;

export const gradeCommentSchema = z.strictObject({
  assignmentId: z.uuid(),
  studentId: z.uuid(),
  comment: optionalText(2000),
});

/** The same change to every student's cell of one assignment. */
export const bulkColumnSchema = z
  .strictObject({
    assignmentId: z.uuid(),
    action: z.enum(["excuse", "missing", "score", "clear"]),
    points,
    /** Only the cells without a score or mark yet. */
    onlyEmpty: z.boolean(),
  })
  .superRefine((b, ctx) => {
    if (b.action === "score" && b.points === null)
      ctx.addIssue({ code: "custom", path: ["points"], message: "rules.grade.points" });
  });

export const studentCommentSchema = z.strictObject({
  classId: z.uuid(),
  enrollmentId: z.uuid(),
  comment: optionalText(2000),
});

export const gradebookSettingsSchema = z.strictObject({
  classId: z.uuid(),
  mode: z.enum(["points", "weighted"]),
  ungradedPastDueCountsZero: z.boolean(),
  latePenaltyPercent: z.coerce
    .number("rules.gradebook.latePenalty")
    .min(0, "rules.gradebook.latePenalty")
    .max(100, "rules.gradebook.latePenalty")
    .refine((v) => Number.isInteger(v * 100), "rules.gradebook.latePenalty"),
  courseLevel: z.enum(COURSE_LEVELS),
  countsInGpa: z.boolean(),
  dropLowest: z.array(
    z.strictObject({
      category: requiredText(100, "rules.assignment.category"),
      count: z.coerce
        .number()
        .int("rules.gradebook.drop")
        .min(0, "rules.gradebook.drop")
        .max(20, "rules.gradebook.drop"),
    }),
  ),
});

export const postGradesSchema = z.strictObject({ classId: z.uuid(), gradingPeriodId: z.uuid() });
export const postSchoolSchema = z.strictObject({ gradingPeriodId: z.uuid() });
export const reopenGradesSchema = z.strictObject({
  classId: z.uuid(),
  gradingPeriodId: z.uuid(),
  reason: requiredText(500, "rules.gradebook.reopenReason"),
});

export const reportCardRunSchema = z.strictObject({
  gradingPeriodId: z.uuid(),
  gradeLevel: z.string().trim().max(20),
  classId: z.union([z.uuid(), z.literal("")]).transform((v) => v || null),
});

const gradePoint = z.coerce.number("rules.gpa.points").min(0, "rules.gpa.points").max(10, "rules.gpa.points");
const bump = z.coerce.number("rules.gpa.bump").min(0, "rules.gpa.bump").max(2, "rules.gpa.bump");

/** The school's GPA policy: grade points per letter, the honours / AP / IB bumps, credit, rank and honour roll. */
export const gradingPolicySchema = z
  .strictObject({
    gradePoints: z
      .array(z.strictObject({ letter: requiredText(10, "rules.gpa.letter"), points: gradePoint }))
      .min(1)
      .max(20),
    honorsBump: bump,
    apBump: bump,
    ibBump: bump,
    passingLetter: requiredText(10, "rules.gpa.passingLetter"),
    classRank: z.boolean(),
    honorRoll: z.boolean(),
    honorRollMinimum: gradePoint,
  })
  .superRefine((p, ctx) => {
    if (!p.gradePoints.some((g) => g.letter === p.passingLetter))
      ctx.addIssue({ code: "custom", path: ["passingLetter"], message: "rules.gpa.passingLetter" });
  });
export type GradingPolicyValues = z.infer<typeof gradingPolicySchema>;
