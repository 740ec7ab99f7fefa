"use server";
import { staffAction } from "@/server/auth/school-actions";
import { enqueueSchoolJob } from "@/server/jobs/enqueue";
import { JOB_NAMES } from "@/server/jobs/names";
import { planRollover, queueRollover, setRolloverChoice } from "./rollover";
import {
  bellScheduleSchema,
  calendarDaySchema,
  clearCalendarDaySchema,
  rolloverChoiceSchema,
  startRolloverSchema,
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

/** Queues the rollover (once per year: a year already rolled over answers "done" and nothing runs). */
export const startRolloverAction = staffAction({ ...manage, schema: startRolloverSchema }, async (ctx) => {
  const { yearId, ...options } = ctx.input;
  // Checked now, so a mapping naming no class is said here, not after the job ran.
  await planRollover(ctx.db, yearId, options);
  const status = await queueRollover(ctx, yearId, options);
  if (status === "queued") ctx.afterCommit(() => enqueueSchoolJob(JOB_NAMES.yearRollover, ctx.tenantId));
  return { ok: true, data: { status } };
});

/** What the rollover would do with these options (the page's preview of next year's enrolments). */
export const previewRolloverAction = staffAction({ ...manage, schema: startRolloverSchema }, async (ctx) => {
  const { yearId, ...options } = ctx.input;
  return { ok: true, data: await planRollover(ctx.db, yearId, options) };
});

export const setRolloverChoiceAction = staffAction(
  { ...manage, schema: rolloverChoiceSchema },
  async (ctx) => {
    await setRolloverChoice(
      ctx.db,
      ctx.tenantId,
      ctx.input.yearId,
      ctx.input.studentNumber,
      ctx.input.choice,
    );
    return { ok: true };
  },
);
