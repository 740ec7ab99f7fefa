import { z } from "zod";
import {
  optionalHttpsUrl,
  optionalPhone,
  optionalText,
  optionalZip,
  requiredDay,
  requiredText,
} from "@/lib/field-rules";
import { GRADE_LEVELS } from "@/lib/grade-levels";
import { pageParam, searchParam } from "@/lib/list-query";

export const EMPLOYMENT_STATUSES = ["active", "on_leave", "inactive", "terminated"] as const;
export const EMPLOYMENT_TYPES = ["full_time", "part_time", "substitute", "contract"] as const;
export const EDUCATION_LEVELS = ["associate", "bachelor", "master", "specialist", "doctorate"] as const;
/** The days of a work schedule (people read them as "vocab.day"). */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const time = /^([01]\d|2[0-3]):[0-5]\d$/;
const workDay = z
  .strictObject({ works: z.boolean(), start: z.string(), end: z.string() })
  .superRefine((d, ctx) => {
    if (!d.works) return;
    if (!time.test(d.start)) ctx.addIssue({ code: "custom", path: ["start"], message: "rules.time.start" });
    if (!time.test(d.end)) ctx.addIssue({ code: "custom", path: ["end"], message: "rules.time.end" });
    if (time.test(d.start) && time.test(d.end) && d.end <= d.start)
      ctx.addIssue({ code: "custom", path: ["end"], message: "rules.teacher.dayEndBeforeStart" });
  });
const tags = (max: number) => z.array(z.string().trim().min(1).max(100, "rules.teacher.tagLength")).max(max);

export const teacherSchema = z.strictObject({
  employeeId: requiredText(50, "rules.teacher.employeeId").regex(
    /^[A-Za-z0-9-]+$/,
    "rules.field.codeCharacters",
  ),
  firstName: requiredText(100, "rules.person.firstName"),
  lastName: requiredText(100, "rules.person.lastName"),
  middleName: optionalText(100),
  preferredName: optionalText(100),
  title: optionalText(50),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "rules.teacher.email")
    .max(255)
    .pipe(z.email("rules.field.email")),
  phone: optionalPhone,
  address: optionalText(500),
  city: optionalText(100),
  state: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => v === "" || /^[A-Z]{2}$/.test(v), "rules.field.state")
    .transform((v) => v || null),
  zipCode: optionalZip,
  hireDate: requiredDay("rules.teacher.hireDate"),
  employmentStatus: z.enum(EMPLOYMENT_STATUSES, "rules.field.status"),
  employmentType: z.enum(EMPLOYMENT_TYPES, "rules.teacher.type"),
  department: optionalText(100),
  position: optionalText(100),
  educationLevel: z.union([z.enum(EDUCATION_LEVELS), z.literal("")]).transform((v) => v || null),
  degreeField: optionalText(100),
  teachingCertifications: tags(20),
  subjectsTaught: tags(20),
  gradeLevelsTaught: z.array(z.enum(GRADE_LEVELS, "rules.field.choice")).max(14),
  yearsExperience: z.coerce
    .number("rules.teacher.years")
    .int("rules.teacher.wholeYears")
    .min(0, "rules.teacher.negativeYears")
    .max(60, "rules.teacher.tooManyYears"),
  bio: optionalText(4000),
  photoUrl: optionalHttpsUrl,
  resumeUrl: optionalHttpsUrl,
  workSchedule: z.strictObject(
    Object.fromEntries(WEEKDAYS.map((key) => [key, workDay])) as Record<
      (typeof WEEKDAYS)[number],
      typeof workDay
    >,
  ),
  officeHours: optionalText(500),
  officeLocation: optionalText(100),
  userId: z.union([z.uuid(), z.literal("")]).transform((v) => v || null),
});
export type TeacherInput = z.input<typeof teacherSchema>;
export type TeacherValues = z.output<typeof teacherSchema>;
/** An update sends the record's id beside its fields, so field errors name the form's own fields. */
export const updateTeacherSchema = teacherSchema.safeExtend({ id: z.uuid() });

export const teacherListQuerySchema = z.object({
  q: searchParam,
  department: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(EMPLOYMENT_STATUSES).optional().catch(undefined),
  sort: z
    .string()
    .regex(/^(name|employeeId|department|hireDate)\.(asc|desc)$/)
    .optional()
    .catch(undefined),
  page: pageParam,
});
export type TeacherListQuery = z.infer<typeof teacherListQuerySchema>;
