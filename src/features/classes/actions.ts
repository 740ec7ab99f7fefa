"use server";
import { staffAction } from "@/server/auth/school-actions";
import { classSchema, scheduleCheckSchema, updateClassSchema } from "./schemas";
import { createClass, scheduleConflicts, updateClass } from "./service";

const write = { permission: "classes.write", path: "/classes" } as const;

export const createClassAction = staffAction({ ...write, schema: classSchema }, async (ctx) => {
  const cls = await createClass(ctx, ctx.input);
  return { ok: true, data: { id: cls.id } };
});

export const updateClassAction = staffAction({ ...write, schema: updateClassSchema }, async (ctx) => {
  const { id, ...values } = ctx.input;
  await updateClass(ctx, id, values);
  return { ok: true, data: { id } };
});

/** Double-booking warnings while the timetable is edited; saving is not blocked by them. */
export const checkClassScheduleAction = staffAction(
  { ...write, schema: scheduleCheckSchema },
  async (ctx) => ({
    ok: true,
    data: await scheduleConflicts(ctx.db, { ...ctx.input, ...(ctx.input.id ? { id: ctx.input.id } : {}) }),
  }),
);
