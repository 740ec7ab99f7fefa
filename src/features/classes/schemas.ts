import { z } from "zod";
import { academicYear, optionalText, requiredDay, requiredText } from "@/lib/field-rules";
import { GRADE_LEVELS } from "@/lib/grade-levels";
import { SEMESTERS } from "@/lib/terms";

export const CLASS_STATUSES = ["active", "archived", "cancelled"] as const;
/** classes.semester: the values the data model names (full_year, fall, spring, summer) and quarters. */
export { SEMESTERS } from "@/lib/terms";
/** The days a class may meet (people read them as "vocab.dayShort"). */
export const SCHOOL_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat"] as const;

const time = /^([01]\d|2[0-3]):[0-5]\d$/;

export const scheduleSchema = z
  .strictObject({
    days: z.array(z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])).max(7),
    period: z.string().trim().max(10),
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
          message: "rules.class.noDays",
        });
    } else {
      if (!time.test(s.start)) ctx.addIssue({ code: "custom", path: ["start"], message: "rules.time.start" });
      if (!time.test(s.end)) ctx.addIssue({ code: "custom", path: ["end"], message: "rules.time.end" });
    }
    if (time.test(s.start) && time.test(s.end) && s.end <= s.start)
      ctx.addIssue({ code: "custom", path: ["end"], message: "rules.class.endBeforeStart" });
  });

const scaleRow = z.strictObject({
  letter: z.string().trim().min(1, "rules.class.letter").max(5),
  min: z.coerce.number("rules.class.percentage").min(0).max(100),
});
const category = z.strictObject({
  name: z.string().trim().min(1, "rules.class.categoryName").max(50),
  weight: z.coerce.number("rules.class.weight").min(0).max(100),
});

export const classSchema = z
  .strictObject({
    classCode: requiredText(50, "rules.class.code").regex(/^[A-Za-z0-9-]+$/, "rules.field.codeCharacters"),
    name: requiredText(200, "rules.class.name"),
    description: optionalText(2000),
    subject: requiredText(100, "rules.class.subject"),
    gradeLevel: z.enum(GRADE_LEVELS, "rules.student.gradeLevel"),
    academicYear,
    semester: z.union([z.enum(SEMESTERS, "rules.class.term"), z.literal("")]).transform((v) => v || null),
    credits: z.coerce.number("rules.class.credits").min(0).max(10).multipleOf(0.5, "rules.class.halfCredits"),
    teacherId: z.union([z.uuid(), z.literal("")]).transform((v) => v || null),
    coTeacherId: z.union([z.uuid(), z.literal("")]).transform((v) => v || null),
    roomNumber: optionalText(50),
    building: optionalText(100),
    schedule: scheduleSchema,
    maxStudents: z.coerce.number("rules.class.capacity").int("rules.class.wholeStudents").min(1).max(500),
    status: z.enum(CLASS_STATUSES, "rules.field.status"),
    startDate: requiredDay("rules.class.firstDay"),
    endDate: z
      .string()
      .trim()
      .transform((v) => v || null),
    gradingScale: z.array(scaleRow).min(2, "rules.class.twoLetters").max(20),
    gradeCategories: z.array(category).min(1, "rules.class.oneCategory").max(12),
  })
  .superRefine((c, ctx) => {
    if (c.teacherId && c.teacherId === c.coTeacherId)
      ctx.addIssue({
        code: "custom",
        path: ["coTeacherId"],
        message: "rules.class.coTeacherSame",
      });
    if (c.endDate && c.endDate <= c.startDate)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "rules.class.lastBeforeFirst" });
    const letters = c.gradingScale.map((r) => r.letter.toUpperCase());
    if (new Set(letters).size !== letters.length)
      ctx.addIssue({ code: "custom", path: ["gradingScale"], message: "rules.class.letterTwice" });
    const mins = c.gradingScale.map((r) => r.min);
    if (mins.some((m, i) => i > 0 && m >= mins[i - 1]!))
      ctx.addIssue({
        code: "custom",
        path: ["gradingScale"],
        message: "rules.class.scaleOrder",
      });
    if (mins[mins.length - 1] !== 0)
      ctx.addIssue({
        code: "custom",
        path: ["gradingScale"],
        message: "rules.class.scaleZero",
      });
    // Weights need not add up to 100: the grade calculation uses them relative to each other
    // (the form warns when they do not).
    const names = c.gradeCategories.map((g) => g.name.toLowerCase());
    if (new Set(names).size !== names.length)
      ctx.addIssue({
        code: "custom",
        path: ["gradeCategories"],
        message: "rules.class.categoryTwice",
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
