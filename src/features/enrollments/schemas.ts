import { z } from "zod";
import { requiredDay } from "@/lib/field-rules";

export const enrollStudentsSchema = z.strictObject({
  classId: z.uuid(),
  studentIds: z
    .array(z.uuid())
    .min(1, "Choose at least one student.")
    .max(200, "Enrol at most 200 students at a time."),
  enrollmentDate: requiredDay("Enter the first day in the class."),
});

export const END_STATUSES = ["dropped", "withdrawn", "completed"] as const;
export const END_LABELS: Record<string, string> = {
  dropped: "Drop",
  withdrawn: "Withdraw",
  completed: "Complete",
};

export const endEnrollmentSchema = z.strictObject({
  enrollmentId: z.uuid(),
  status: z.enum(END_STATUSES, "Choose drop, withdraw or complete."),
  date: requiredDay("Enter the date."),
});

export const enrollmentNotesSchema = z.strictObject({
  enrollmentId: z.uuid(),
  notes: z
    .string()
    .trim()
    .max(2000, "Use at most 2000 characters.")
    .transform((v) => v || null),
  teacherComments: z
    .string()
    .trim()
    .max(2000, "Use at most 2000 characters.")
    .transform((v) => v || null),
});
