import { z } from "zod";
import {
  academicYear,
  optionalDay,
  optionalEmail,
  optionalHttpsUrl,
  optionalPhone,
  optionalText,
  optionalZip,
  requiredDay,
  requiredText,
} from "@/lib/field-rules";
import { GRADE_LEVELS, gradeLabel, typicalAge } from "@/lib/grade-levels";
import { STUDENT_STATUSES } from "@/lib/student-status";
import { pageParam, pageSizeParam, searchParam } from "@/lib/list-query";

export { GRADE_LEVELS, gradeLabel } from "@/lib/grade-levels";
export { STATUS_LABELS, STUDENT_STATUSES } from "@/lib/student-status";
/** students.gender as stored (the demo data's values); the labels are what people read. */
export const GENDERS = ["female", "male", "non-binary", "undisclosed"] as const;
export const GENDER_LABELS: Record<string, string> = {
  female: "Female",
  male: "Male",
  "non-binary": "Non-binary",
  undisclosed: "Prefers not to say",
};
export const RELATIONSHIPS = [
  "Mother",
  "Father",
  "Parent",
  "Guardian",
  "Grandparent",
  "Aunt",
  "Uncle",
  "Sibling",
  "Foster parent",
  "Other",
] as const;

/**
 * Dates that cannot be true, each reported on the field to correct: a birth date in the future,
 * long ago, or after enrolment; graduation before enrolment; an age far from the grade's (a ninth
 * grader born last year). The age range is wide on purpose: students skip and repeat grades, and
 * special education serves students to 21.
 */
export function studentDateIssues(
  s: {
    dateOfBirth: string;
    enrollmentDate: string;
    graduationDate: string | null;
    gradeLevel: string;
    academicYear: string;
  },
  today: string = new Date().toISOString().slice(0, 10),
): { path: [string]; message: string }[] {
  const issues: { path: [string]; message: string }[] = [];
  const born = (message: string) => issues.push({ path: ["dateOfBirth"], message });
  if (s.dateOfBirth > today) born("The date of birth is in the future.");
  else if (s.dateOfBirth < "1990-01-01") born("Check the year of birth.");
  else {
    const age = ageOn(s.dateOfBirth, `${s.academicYear.slice(0, 4)}-09-01`);
    const typical = typicalAge(s.gradeLevel);
    if (typical !== null && (age < typical - 2 || age > typical + 5)) {
      born(
        `${gradeLabel(s.gradeLevel)} students are usually about ${typical} at the start of the school year; this date makes them ${Math.max(age, 0)}. Check the date of birth or the grade.`,
      );
    }
  }
  if (s.dateOfBirth >= s.enrollmentDate && !issues.length)
    issues.push({ path: ["enrollmentDate"], message: "Enrolment must come after the date of birth." });
  if (s.graduationDate && s.graduationDate <= s.enrollmentDate)
    issues.push({ path: ["graduationDate"], message: "Graduation must come after enrolment." });
  return issues;
}

/** Whole years from a birth date to a day, both "YYYY-MM-DD". */
function ageOn(born: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(born.slice(0, 4));
  return day.slice(5) < born.slice(5) ? years - 1 : years;
}

const documentSchema = z.strictObject({
  name: z.string().trim().min(1, "Name the document.").max(200, "Use at most 200 characters."),
  url: z
    .string()
    .trim()
    .max(500)
    .regex(/^https:\/\/\S+$/i, "Enter a web address starting with https://."),
});

/** Every field of a student record an office can edit; one schema for the form and the action. */
export const studentSchema = z
  .strictObject({
    studentId: requiredText(50, "Enter the student ID.").regex(
      /^[A-Za-z0-9-]+$/,
      "Use letters, digits and dashes only.",
    ),
    firstName: requiredText(100, "Enter the first name."),
    lastName: requiredText(100, "Enter the last name."),
    middleName: optionalText(100, "the middle name"),
    preferredName: optionalText(100, "the preferred name"),
    dateOfBirth: requiredDay("Enter the date of birth."),
    gender: z.union([z.enum(GENDERS), z.literal("")], "Choose from the list.").transform((v) => v || null),
    gradeLevel: z.enum(GRADE_LEVELS, "Choose a grade level."),
    address: optionalText(500, "the address"),
    city: optionalText(100, "the city"),
    state: z
      .string()
      .trim()
      .toUpperCase()
      .refine((v) => v === "" || /^[A-Z]{2}$/.test(v), "Use the two-letter state code, like IL.")
      .transform((v) => v || null),
    zipCode: optionalZip,
    phone: optionalPhone,
    email: optionalEmail,
    emergencyContactName: optionalText(200, "the name"),
    emergencyContactPhone: optionalPhone,
    emergencyContactRelationship: optionalText(50, "the relationship"),
    enrollmentDate: requiredDay("Enter the enrolment date."),
    graduationDate: optionalDay,
    academicYear,
    medicalConditions: optionalText(2000, "medical conditions"),
    allergies: optionalText(2000, "allergies"),
    medications: optionalText(2000, "medications"),
    specialNeeds: optionalText(2000, "special needs"),
    iepStatus: z.boolean(),
    section504Status: z.boolean(),
    parentGuardian1Name: optionalText(200, "the name"),
    parentGuardian1Phone: optionalPhone,
    parentGuardian1Email: optionalEmail,
    parentGuardian1Relationship: optionalText(50, "the relationship"),
    parentGuardian2Name: optionalText(200, "the name"),
    parentGuardian2Phone: optionalPhone,
    parentGuardian2Email: optionalEmail,
    parentGuardian2Relationship: optionalText(50, "the relationship"),
    userId: z
      .union([z.uuid(), z.literal("")], "Choose an account from the list.")
      .transform((v) => v || null),
    photoUrl: optionalHttpsUrl,
    documents: z.array(documentSchema).max(50, "At most 50 documents."),
  })
  .superRefine((s, ctx) => {
    for (const issue of studentDateIssues(s)) ctx.addIssue({ code: "custom", ...issue });
  });
export type StudentInput = z.input<typeof studentSchema>;
export type StudentValues = z.output<typeof studentSchema>;

/** An update sends the record's id beside its fields, so field errors name the form's own fields. */
export const updateStudentSchema = studentSchema.safeExtend({ id: z.uuid() });

/** Leaving or finishing: the status and the day it took effect. */
export const statusChangeSchema = z.strictObject({
  id: z.uuid(),
  status: z.enum(STUDENT_STATUSES, "Choose the new status."),
  effectiveDate: requiredDay("Enter the date it takes effect."),
  note: optionalText(500, "the note"),
});

export const studentIdSchema = z.strictObject({ id: z.uuid() });

const STUDENT_SORTS = [
  "name",
  "studentId",
  "gradeLevel",
  "status",
  "academicYear",
  "enrollmentDate",
  "support",
  "guardian",
  "guardianPhone",
] as const;
/** The list shows students on the roll unless asked for others ("all" shows every status). */
export const DEFAULT_STUDENT_STATUS = "active";

/** The list's URL state; junk falls back to defaults rather than failing the page. */
export const studentListQuerySchema = z.object({
  q: searchParam,
  grade: z.enum(GRADE_LEVELS).optional().catch(undefined),
  status: z
    .enum([...STUDENT_STATUSES, "all"])
    .optional()
    .catch(undefined),
  support: z.enum(["iep", "504", "any"]).optional().catch(undefined),
  year: z
    .string()
    .regex(/^\d{4}-\d{4}$/)
    .optional()
    .catch(undefined),
  sort: z
    .string()
    .regex(new RegExp(`^(${STUDENT_SORTS.join("|")})\\.(asc|desc)$`))
    .optional()
    .catch(undefined),
  page: pageParam,
  size: pageSizeParam,
});
export type StudentListQuery = z.infer<typeof studentListQuerySchema>;
