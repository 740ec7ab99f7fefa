"use server";
import { staffAction } from "@/server/auth/school-actions";
import {
  bellScheduleSchema,
  calendarDaySchema,
  clearCalendarDaySchema,
  schoolYearSchema,
  updateBellScheduleSchema,
  updateSchoolYearSchema,
} from "./schemas";
import {
  clearCalendarDay,
  createSchoolYear,
  saveBellSchedule,
  setCalendarDay,
  updateSchoolYear,
} from "./service";

const manage = { permission: "calendar.manage", path: "/school-year" } as const;

export const setCalendarDayAction = staffAction({ ...manage, schema: calendarDaySchema }, async (ctx) => {
  await setCalendarDay(ctx, ctx.input);
  return { ok: true };
});

export const clearCalendarDayAction = staffAction(
  { ...manage, schema: clearCalendarDaySchema },
  async (ctx) => {
    await clearCalendarDay(ctx, ctx.input.day);
    return { ok: true };
  },
);

export const createSchoolYearAction = staffAction({ ...manage, schema: schoolYearSchema }, async (ctx) => {
  const year = await createSchoolYear(ctx, ctx.input);
  return { ok: true, data: { id: year.id } };
});

export const updateSchoolYearAction = staffAction(
  { ...manage, schema: updateSchoolYearSchema },
  async (ctx) => {
    const { id, ...values } = ctx.input;
    await updateSchoolYear(ctx, id, values);
    return { ok: true, data: { id } };
  },
);

export const createBellScheduleAction = staffAction(
  { ...manage, schema: bellScheduleSchema },
  async (ctx) => {
    const schedule = await saveBellSchedule(ctx, null, ctx.input);
    return { ok: true, data: { id: schedule.id } };
  },
);

export const updateBellScheduleAction = staffAction(
  { ...manage, schema: updateBellScheduleSchema },
  async (ctx) => {
    const { id, ...values } = ctx.input;
    await saveBellSchedule(ctx, id, values);
    return { ok: true, data: { id } };
  },
);
