"use server";
import { staffAction } from "@/server/auth/school-actions";
import { studentIdSchema as idSchema } from "../students/schemas";
import { teacherSchema, updateTeacherSchema } from "./schemas";
import { createTeacher, deleteTeacher, updateTeacher } from "./service";

const write = { permission: "teachers.write", path: "/teachers" } as const;

// Serializable: the plan limit is a count followed by an insert.
export const createTeacherAction = staffAction(
  { ...write, schema: teacherSchema, isolationLevel: "Serializable" },
  async (ctx) => {
    const teacher = await createTeacher(ctx, ctx.input);
    return { ok: true, data: { id: teacher.id } };
  },
);

export const updateTeacherAction = staffAction(
  { ...write, schema: updateTeacherSchema, isolationLevel: "Serializable" },
  async (ctx) => {
    const { id, ...teacher } = ctx.input;
    await updateTeacher(ctx, id, teacher);
    return { ok: true, data: { id } };
  },
);

export const deleteTeacherAction = staffAction({ ...write, schema: idSchema }, async (ctx) => {
  await deleteTeacher(ctx, ctx.input.id);
  return { ok: true };
});
