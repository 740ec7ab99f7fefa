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
import { GRADE_LEVELS, typicalAge } from "@/lib/grade-levels";
import { STUDENT_STATUSES } from "@/lib/student-status";
import { pageParam, pageSizeParam, searchParam } from "@/lib/list-query";

export { GRADE_LEVELS } from "@/lib/grade-levels";
export { STUDENT_STATUSES } from "@/lib/student-status";
/** students.gender as stored (the demo data's values); people read them as the catalogue's "vocab.gender". */
export const GENDERS = ["female", "male", "non-binary", "undisclosed"] as const;
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
): DateIssue[] {
  const issues: DateIssue[] = [];
  const born = (message: string, params?: DateIssue["params"]) =>
    issues.push({ path: ["dateOfBirth"], message, ...(params ? { params } : {}) });
  if (s.dateOfBirth > today) born("rules.student.bornInFuture");
  else if (s.dateOfBirth < "1990-01-01") born("rules.student.bornLongAgo");
  else {
    const age = ageOn(s.dateOfBirth, `${s.academicYear.slice(0, 4)}-09-01`);
    const typical = typicalAge(s.gradeLevel);
    if (typical !== null && (age < typical - 2 || age > typical + 5)) {
      born("rules.student.ageForGrade", { grade: s.gradeLevel, typical, age: Math.max(age, 0) });
    }
  }
  if (s.dateOfBirth >= s.enrollmentDate && !issues.length)
    issues.push({ path: ["enrollmentDate"], message: "rules.student.enrolledBeforeBirth" });
  if (s.graduationDate && s.graduationDate <= s.enrollmentDate)
    issues.push({ path: ["graduationDate"], message: "rules.student.graduatedBeforeEnrolment" });
  return issues;
}

/** A date rule broken, on its field: the message key and the values its sentence names. */
interface DateIssue {
  path: [string];
  message: string;
  params?: Record<string, string | number>;
}

/** Whole years from a birth date to a day, both "YYYY-MM-DD". */
function ageOn(born: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(born.slice(0, 4));
  return day.slice(5) < born.slice(5) ? years - 1 : years;
}

const documentSchema = z.strictObject({
  name: z.string().trim().min(1, "rules.student.documentName").max(200),
  url: z
    .string()
    .trim()
    .max(500)
    .regex(/^https:\/\/\S+$/i, "rules.field.httpsUrl"),
});

/** Every field of a student record an office can edit; one schema for the form and the action. */
export const studentSchema = z
  .strictObject({
    studentId: requiredText(50, "rules.student.studentId").regex(
      /^[A-Za-z0-9-]+$/,
      "rules.field.codeCharacters",
    ),
    firstName: requiredText(100, "rules.person.firstName"),
    lastName: requiredText(100, "rules.person.lastName"),
    middleName: optionalText(100),
    preferredName: optionalText(100),
    dateOfBirth: requiredDay("rules.student.dateOfBirth"),
    gender: z.union([z.enum(GENDERS), z.literal("")], "rules.field.choice").transform((v) => v || null),
    gradeLevel: z.enum(GRADE_LEVELS, "rules.student.gradeLevel"),
    address: optionalText(500),
    city: optionalText(100),
    state: z
      .string()
      .trim()
      .toUpperCase()
      .refine((v) => v === "" || /^[A-Z]{2}$/.test(v), "rules.field.state")
      .transform((v) => v || null),
    zipCode: optionalZip,
    phone: optionalPhone,
    email: optionalEmail,
    emergencyContactName: optionalText(200),
    emergencyContactPhone: optionalPhone,
    emergencyContactRelationship: optionalText(50),
    enrollmentDate: requiredDay("rules.student.enrollmentDate"),
    graduationDate: optionalDay,
    academicYear,
    medicalConditions: optionalText(2000),
    allergies: optionalText(2000),
    medications: optionalText(2000),
    specialNeeds: optionalText(2000),
    iepStatus: z.boolean(),
    section504Status: z.boolean(),
    parentGuardian1Name: optionalText(200),
    parentGuardian1Phone: optionalPhone,
    parentGuardian1Email: optionalEmail,
    parentGuardian1Relationship: optionalText(50),
    parentGuardian2Name: optionalText(200),
    parentGuardian2Phone: optionalPhone,
    parentGuardian2Email: optionalEmail,
    parentGuardian2Relationship: optionalText(50),
    userId: z.union([z.uuid(), z.literal("")], "rules.field.account").transform((v) => v || null),
    photoUrl: optionalHttpsUrl,
    documents: z.array(documentSchema).max(50),
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
  status: z.enum(STUDENT_STATUSES, "rules.student.newStatus"),
  effectiveDate: requiredDay("rules.student.effectiveDate"),
  note: optionalText(500),
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
