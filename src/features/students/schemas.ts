import { z } from "zod";
import { academicYear, optionalDay, optionalEmail, optionalHttpsUrl, optionalPhone, optionalText, optionalZip, requiredDay, requiredText } from "@/lib/field-rules";

export const GRADE_LEVELS = ["PK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"] as const;
export const gradeLabel = (g: string) => (g === "PK" ? "Pre-K" : g === "K" ? "Kindergarten" : `Grade ${g}`);
export const STUDENT_STATUSES = ["active", "inactive", "graduated", "transferred", "withdrawn"] as const;
export const STATUS_LABELS: Record<string, string> = { active: "Active", inactive: "Inactive", graduated: "Graduated", transferred: "Transferred", withdrawn: "Withdrawn" };
/** students.gender as stored (the demo data's values); the labels are what people read. */
export const GENDERS = ["female", "male", "non-binary", "undisclosed"] as const;
export const GENDER_LABELS: Record<string, string> = { female: "Female", male: "Male", "non-binary": "Non-binary", undisclosed: "Prefers not to say" };
export const RELATIONSHIPS = ["Mother", "Father", "Parent", "Guardian", "Grandparent", "Aunt", "Uncle", "Sibling", "Foster parent", "Other"] as const;

const documentSchema = z.strictObject({
  name: z.string().trim().min(1, "Name the document.").max(200, "Use at most 200 characters."),
  url: z.string().trim().max(500).regex(/^https:\/\/\S+$/i, "Enter a web address starting with https://."),
});

/** Every field of a student record an office can edit; one schema for the form and the action. */
export const studentSchema = z.strictObject({
  studentId: requiredText(50, "Enter the student ID.").regex(/^[A-Za-z0-9-]+$/, "Use letters, digits and dashes only."),
  firstName: requiredText(100, "Enter the first name."),
  lastName: requiredText(100, "Enter the last name."),
  middleName: optionalText(100, "the middle name"),
  preferredName: optionalText(100, "the preferred name"),
  dateOfBirth: requiredDay("Enter the date of birth."),
  gender: z.union([z.enum(GENDERS), z.literal("")], "Choose from the list.").transform((v) => v || null),
  gradeLevel: z.enum(GRADE_LEVELS, "Choose a grade level."),
  address: optionalText(500, "the address"),
  city: optionalText(100, "the city"),
  state: z.string().trim().toUpperCase().refine((v) => v === "" || /^[A-Z]{2}$/.test(v), "Use the two-letter state code, like IL.").transform((v) => v || null),
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
  userId: z.union([z.uuid(), z.literal("")], "Choose an account from the list.").transform((v) => v || null),
  photoUrl: optionalHttpsUrl,
  documents: z.array(documentSchema).max(50, "At most 50 documents."),
}).superRefine((s, ctx) => {
  if (s.dateOfBirth >= s.enrollmentDate) ctx.addIssue({ code: "custom", path: ["enrollmentDate"], message: "Enrolment must come after the date of birth." });
  if (s.graduationDate && s.graduationDate <= s.enrollmentDate) ctx.addIssue({ code: "custom", path: ["graduationDate"], message: "Graduation must come after enrolment." });
  if (s.dateOfBirth < "1990-01-01") ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: "Check the year of birth." });
});
export type StudentInput = z.input<typeof studentSchema>;
export type StudentValues = z.output<typeof studentSchema>;

export const createStudentSchema = studentSchema;
export const updateStudentSchema = z.strictObject({ id: z.uuid(), student: studentSchema });

/** Leaving or finishing: the status and the day it took effect. */
export const statusChangeSchema = z.strictObject({
  id: z.uuid(),
  status: z.enum(["active", "inactive", "graduated", "transferred", "withdrawn"], "Choose the new status."),
  effectiveDate: requiredDay("Enter the date it takes effect."),
  note: optionalText(500, "the note"),
});

export const studentIdSchema = z.strictObject({ id: z.uuid() });

export const STUDENTS_PAGE_SIZE = 25;
export const STUDENT_SORTS = ["name", "studentId", "gradeLevel", "status", "enrollmentDate"] as const;

/** The list's URL state; junk falls back to defaults rather than failing the page. */
export const studentListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  grade: z.enum(GRADE_LEVELS).optional().catch(undefined),
  status: z.enum(STUDENT_STATUSES).optional().catch(undefined),
  support: z.enum(["iep", "504", "any"]).optional().catch(undefined),
  year: z.string().regex(/^\d{4}-\d{4}$/).optional().catch(undefined),
  sort: z.string().regex(new RegExp(`^(${STUDENT_SORTS.join("|")})\\.(asc|desc)$`)).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type StudentListQuery = z.infer<typeof studentListQuerySchema>;
