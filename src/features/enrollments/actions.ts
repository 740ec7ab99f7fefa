"use server";
import { z } from "zod";
import { staffAction } from "@/server/auth/school-actions";
import { vocabulary } from "@/i18n/translate";
import { enrolmentCandidates } from "./queries";
import { endEnrollmentSchema, enrollmentNotesSchema, enrollStudentsSchema } from "./schemas";
import { endEnrollment, enrollStudents, updateEnrollmentNotes } from "./service";

const write = { permission: "enrollments.write", path: "/classes" } as const;

// Serializable: capacity is a count followed by inserts (see service.ts).
export const enrollStudentsAction = staffAction(
  { ...write, schema: enrollStudentsSchema, isolationLevel: "Serializable" },
  async (ctx) => {
    const result = await enrollStudents(ctx, ctx.input);
    return { ok: true, data: result };
  },
);

export const endEnrollmentAction = staffAction({ ...write, schema: endEnrollmentSchema }, async (ctx) => {
  await endEnrollment(ctx, ctx.input);
  return { ok: true };
});

export const searchEnrolmentCandidatesAction = staffAction(
  { ...write, schema: z.strictObject({ classId: z.uuid(), q: z.string().trim().max(100) }) },
  async (ctx) => {
    return {
      ok: true,
      data: await enrolmentCandidates(ctx.db, ctx.input.classId, ctx.input.q, vocabulary(ctx.tenant.locale)),
    };
  },
);

export const updateEnrollmentNotesAction = staffAction(
  { ...write, schema: enrollmentNotesSchema },
  async (ctx) => {
    await updateEnrollmentNotes(ctx, ctx.input);
    return { ok: true };
  },
);
