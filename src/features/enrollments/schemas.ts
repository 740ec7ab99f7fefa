import { z } from "zod";
import { requiredDay } from "@/lib/field-rules";

export const enrollStudentsSchema = z.strictObject({
  classId: z.uuid(),
  studentIds: z
    .array(z.uuid())
    .min(1, "rules.enrollment.chooseStudents")
    .max(200, "rules.enrollment.tooMany"),
  enrollmentDate: requiredDay("rules.enrollment.firstDay"),
});

export const END_STATUSES = ["dropped", "withdrawn", "completed"] as const;

export const endEnrollmentSchema = z.strictObject({
  enrollmentId: z.uuid(),
  status: z.enum(END_STATUSES, "rules.enrollment.endStatus"),
  date: requiredDay("rules.enrollment.date"),
});

export const enrollmentNotesSchema = z.strictObject({
  enrollmentId: z.uuid(),
  notes: z
    .string()
    .trim()
    .max(2000)
    .transform((v) => v || null),
  teacherComments: z
    .string()
    .trim()
    .max(2000)
    .transform((v) => v || null),
});
