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
export const EMPLOYMENT_STATUS_LABELS: Record<string, string> = {
  active: "Active",
  on_leave: "On leave",
  inactive: "Inactive",
  terminated: "Terminated",
};
export const EMPLOYMENT_TYPES = ["full_time", "part_time", "substitute", "contract"] as const;
export const EMPLOYMENT_TYPE_LABELS: Record<string, string> = {
  full_time: "Full time",
  part_time: "Part time",
  substitute: "Substitute",
  contract: "Contract",
};
export const EDUCATION_LEVELS = ["associate", "bachelor", "master", "specialist", "doctorate"] as const;
export const EDUCATION_LABELS: Record<string, string> = {
  associate: "Associate",
  bachelor: "Bachelor's",
  master: "Master's",
  specialist: "Specialist",
  doctorate: "Doctorate",
};
export const WEEKDAYS = [
  ["mon", "Monday"],
  ["tue", "Tuesday"],
  ["wed", "Wednesday"],
  ["thu", "Thursday"],
  ["fri", "Friday"],
  ["sat", "Saturday"],
  ["sun", "Sunday"],
] as const;

const time = /^([01]\d|2[0-3]):[0-5]\d$/;
const workDay = z
  .strictObject({ works: z.boolean(), start: z.string(), end: z.string() })
  .superRefine((d, ctx) => {
    if (!d.works) return;
    if (!time.test(d.start))
      ctx.addIssue({ code: "custom", path: ["start"], message: "Enter a start time." });
    if (!time.test(d.end)) ctx.addIssue({ code: "custom", path: ["end"], message: "Enter an end time." });
    if (time.test(d.start) && time.test(d.end) && d.end <= d.start)
      ctx.addIssue({ code: "custom", path: ["end"], message: "The day must end after it starts." });
  });
const tags = (max: number) =>
  z
    .array(z.string().trim().min(1).max(100, "Keep each entry under 100 characters."))
    .max(max, `At most ${max}.`);

export const teacherSchema = z.strictObject({
  employeeId: requiredText(50, "Enter the employee ID.").regex(
    /^[A-Za-z0-9-]+$/,
    "Use letters, digits and dashes only.",
  ),
  firstName: requiredText(100, "Enter the first name."),
  lastName: requiredText(100, "Enter the last name."),
  middleName: optionalText(100, "the middle name"),
  preferredName: optionalText(100, "the preferred name"),
  title: optionalText(50, "the title"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter the work email.")
    .max(255)
    .pipe(z.email("Enter a valid email address.")),
  phone: optionalPhone,
  address: optionalText(500, "the address"),
  city: optionalText(100, "the city"),
  state: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => v === "" || /^[A-Z]{2}$/.test(v), "Use the two-letter state code, like IL.")
    .transform((v) => v || null),
  zipCode: optionalZip,
  hireDate: requiredDay("Enter the hire date."),
  employmentStatus: z.enum(EMPLOYMENT_STATUSES, "Choose a status."),
  employmentType: z.enum(EMPLOYMENT_TYPES, "Choose a type."),
  department: optionalText(100, "the department"),
  position: optionalText(100, "the position"),
  educationLevel: z.union([z.enum(EDUCATION_LEVELS), z.literal("")]).transform((v) => v || null),
  degreeField: optionalText(100, "the degree field"),
  teachingCertifications: tags(20),
  subjectsTaught: tags(20),
  gradeLevelsTaught: z.array(z.enum(GRADE_LEVELS, "Choose grade levels from the list.")).max(14),
  yearsExperience: z.coerce
    .number("Enter a number of years.")
    .int("Whole years, please.")
    .min(0, "Cannot be negative.")
    .max(60, "Check the number of years."),
  bio: optionalText(4000, "the biography"),
  photoUrl: optionalHttpsUrl,
  resumeUrl: optionalHttpsUrl,
  workSchedule: z.strictObject(
    Object.fromEntries(WEEKDAYS.map(([key]) => [key, workDay])) as Record<
      (typeof WEEKDAYS)[number][0],
      typeof workDay
    >,
  ),
  officeHours: optionalText(500, "the office hours"),
  officeLocation: optionalText(100, "the office location"),
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
