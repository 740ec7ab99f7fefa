"use server";
import { can } from "@/server/auth/permissions";
import { staffAction } from "@/server/auth/school-actions";
import { statusChangeSchema, studentSchema, studentIdSchema, updateStudentSchema } from "./schemas";
import { changeStudentStatus, createStudent, deleteStudent, updateStudent } from "./service";

const write = { permission: "students.write", path: "/students" } as const;

// Serializable: the plan limit is a count followed by an insert; two at once cannot both pass it.
export const createStudentAction = staffAction(
  { ...write, schema: studentSchema, isolationLevel: "Serializable" },
  async (ctx) => {
    const student = await createStudent(ctx, ctx.input);
    return { ok: true, data: { id: student.id } };
  },
);

export const updateStudentAction = staffAction({ ...write, schema: updateStudentSchema }, async (ctx) => {
  const { id, ...student } = ctx.input;
  await updateStudent(ctx, id, student, { keepSensitive: !can(ctx.user, "students.read_sensitive") });
  return { ok: true, data: { id } };
});

export const changeStudentStatusAction = staffAction(
  { ...write, schema: statusChangeSchema, isolationLevel: "Serializable" },
  async (ctx) => {
    await changeStudentStatus(ctx, ctx.input);
    return { ok: true };
  },
);

export const deleteStudentAction = staffAction({ ...write, schema: studentIdSchema }, async (ctx) => {
  await deleteStudent(ctx, ctx.input.id);
  return { ok: true };
});
