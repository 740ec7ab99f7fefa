import { z } from "zod";
import { academicYear, optionalText, requiredDay, requiredText } from "@/lib/field-rules";
import { GRADE_LEVELS } from "@/lib/grade-levels";
import { SEMESTERS } from "@/lib/terms";

export const CLASS_STATUSES = ["active", "archived", "cancelled"] as const;
export const CLASS_STATUS_LABELS: Record<string, string> = {
  active: "Active",
  archived: "Archived",
  cancelled: "Cancelled",
};
/** classes.semester: the values the data model names (full_year, fall, spring, summer) and quarters. */
export { SEMESTER_LABELS, SEMESTERS } from "@/lib/terms";
export const SCHOOL_DAYS = [
  ["mon", "Mon"],
  ["tue", "Tue"],
  ["wed", "Wed"],
  ["thu", "Thu"],
  ["fri", "Fri"],
  ["sat", "Sat"],
] as const;

const time = /^([01]\d|2[0-3]):[0-5]\d$/;

export const scheduleSchema = z
  .strictObject({
    days: z.array(z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])).max(7),
    period: z.string().trim().max(10, "Use at most 10 characters."),
    start: z.string(),
    end: z.string(),
  })
  .superRefine((s, ctx) => {
    // Times typed but no day ticked is a mistake, not "no meetings": say so rather than drop the times.
    if (s.days.length === 0) {
      if (s.start || s.end || s.period)
        ctx.addIssue({
          code: "custom",
          path: ["days"],
          message: "Tick the days the class meets, or clear the period and times.",
        });
    } else {
      if (!time.test(s.start))
        ctx.addIssue({ code: "custom", path: ["start"], message: "Enter a start time." });
      if (!time.test(s.end)) ctx.addIssue({ code: "custom", path: ["end"], message: "Enter an end time." });
    }
    if (time.test(s.start) && time.test(s.end) && s.end <= s.start)
      ctx.addIssue({ code: "custom", path: ["end"], message: "The class must end after it starts." });
  });

const scaleRow = z.strictObject({
  letter: z.string().trim().min(1, "Enter a letter.").max(5, "Use at most 5 characters."),
  min: z.coerce.number("Enter a percentage.").min(0, "At least 0.").max(100, "At most 100."),
});
const category = z.strictObject({
  name: z.string().trim().min(1, "Name the category.").max(50, "Use at most 50 characters."),
  weight: z.coerce.number("Enter a weight.").min(0, "At least 0.").max(100, "At most 100."),
});

export const classSchema = z
  .strictObject({
    classCode: requiredText(50, "Enter the class code.").regex(
      /^[A-Za-z0-9-]+$/,
      "Use letters, digits and dashes only.",
    ),
    name: requiredText(200, "Enter the class name."),
    description: optionalText(2000, "the description"),
    subject: requiredText(100, "Enter the subject."),
    gradeLevel: z.enum(GRADE_LEVELS, "Choose a grade level."),
    academicYear,
    semester: z
      .union([z.enum(SEMESTERS, "Choose a term from the list."), z.literal("")])
      .transform((v) => v || null),
    credits: z.coerce
      .number("Enter the credits.")
      .min(0, "At least 0.")
      .max(10, "At most 10.")
      .multipleOf(0.5, "Use whole or half credits."),
    teacherId: z.union([z.uuid(), z.literal("")]).transform((v) => v || null),
    coTeacherId: z.union([z.uuid(), z.literal("")]).transform((v) => v || null),
    roomNumber: optionalText(50, "the room"),
    building: optionalText(100, "the building"),
    schedule: scheduleSchema,
    maxStudents: z.coerce
      .number("Enter the capacity.")
      .int("Whole students, please.")
      .min(1, "At least 1.")
      .max(500, "At most 500."),
    status: z.enum(CLASS_STATUSES, "Choose a status."),
    startDate: requiredDay("Enter the first day."),
    endDate: z
      .string()
      .trim()
      .transform((v) => v || null),
    gradingScale: z.array(scaleRow).min(2, "A scale needs at least two letters.").max(20),
    gradeCategories: z.array(category).min(1, "Add at least one category.").max(12),
  })
  .superRefine((c, ctx) => {
    if (c.teacherId && c.teacherId === c.coTeacherId)
      ctx.addIssue({
        code: "custom",
        path: ["coTeacherId"],
        message: "The co-teacher must be someone else.",
      });
    if (c.endDate && c.endDate <= c.startDate)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "The last day must come after the first." });
    const letters = c.gradingScale.map((r) => r.letter.toUpperCase());
    if (new Set(letters).size !== letters.length)
      ctx.addIssue({ code: "custom", path: ["gradingScale"], message: "Each letter may appear once." });
    const mins = c.gradingScale.map((r) => r.min);
    if (mins.some((m, i) => i > 0 && m >= mins[i - 1]!))
      ctx.addIssue({
        code: "custom",
        path: ["gradingScale"],
        message: "List letters from highest to lowest, each with a lower minimum than the one above.",
      });
    if (mins[mins.length - 1] !== 0)
      ctx.addIssue({
        code: "custom",
        path: ["gradingScale"],
        message: "The lowest letter must start at 0%.",
      });
    const total = c.gradeCategories.reduce((sum, g) => sum + g.weight, 0);
    if (Math.abs(total - 100) > 1e-9)
      ctx.addIssue({
        code: "custom",
        path: ["gradeCategories"],
        message: `Category weights must add up to 100 (now ${Math.round(total * 100) / 100}).`,
      });
    const names = c.gradeCategories.map((g) => g.name.toLowerCase());
    if (new Set(names).size !== names.length)
      ctx.addIssue({
        code: "custom",
        path: ["gradeCategories"],
        message: "Each category name may appear once.",
      });
  });
export type ClassInput = z.input<typeof classSchema>;
export type ClassValues = z.output<typeof classSchema>;
/** An update sends the record's id beside its fields, so field errors name the form's own fields. */
export const updateClassSchema = classSchema.safeExtend({ id: z.uuid() });
export const scheduleCheckSchema = z.strictObject({
  id: z.uuid().optional(),
  academicYear: z.string().max(20),
  teacherIds: z.array(z.uuid()).max(2),
  roomNumber: z.string().max(50),
  building: z.string().max(100),
  schedule: scheduleSchema,
});
