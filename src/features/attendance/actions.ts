"use server";
// Attendance's actions. Each checks the permission here and the class or student in the service:
// a teacher's own, co-taught or covered classes on the day itself; the office the whole school.
// Another school's or another teacher's class is "not found" whatever the browser sends.
import { staffAction } from "@/server/auth/school-actions";
import { sendQueuedMailSoon } from "@/server/mail/outbox";
import {
  attendanceRulesSchema,
  codeSchema,
  coverSchema,
  deleteNoticeSchema,
  excuseSchema,
  noticeSchema,
  classDaySchema,
  saveRegisterSchema,
} from "./schemas";
import {
  addNotice,
  clearRegister,
  deleteNotice,
  excuseDay,
  nudgeTeacher,
  saveRegister,
  setCover,
} from "./service";
import { saveAttendanceRules, saveCode } from "./settings-service";

const take = { permission: "attendance.write", path: "/attendance", module: "attendance" } as const;
const office = { permission: "attendance.manage", path: "/attendance", module: "attendance" } as const;

export const saveRegisterAction = staffAction({ ...take, schema: saveRegisterSchema }, async (ctx) => ({
  ok: true,
  data: await saveRegister(ctx, ctx.input),
}));

export const excuseAction = staffAction({ ...office, schema: excuseSchema }, async (ctx) => ({
  ok: true,
  data: await excuseDay(ctx, ctx.input),
}));

export const addNoticeAction = staffAction({ ...office, schema: noticeSchema }, async (ctx) => ({
  ok: true,
  data: await addNotice(ctx, ctx.input),
}));

export const deleteNoticeAction = staffAction({ ...office, schema: deleteNoticeSchema }, async (ctx) => {
  await deleteNotice(ctx, ctx.input.id);
  return { ok: true };
});

export const setCoverAction = staffAction({ ...office, schema: coverSchema }, async (ctx) => {
  await setCover(ctx, ctx.input);
  return { ok: true };
});

export const nudgeAction = staffAction({ ...office, schema: classDaySchema }, async (ctx) => {
  const result = await nudgeTeacher(ctx, ctx.input);
  ctx.afterCommit(() => sendQueuedMailSoon(ctx.tenantId));
  return { ok: true, data: result };
});

export const saveCodeAction = staffAction({ ...office, schema: codeSchema }, async (ctx) => ({
  ok: true,
  data: await saveCode(ctx, ctx.input),
}));

export const saveAttendanceRulesAction = staffAction(
  { ...office, schema: attendanceRulesSchema },
  async (ctx) => {
    await saveAttendanceRules(ctx, ctx.input);
    return { ok: true };
  },
);

export const clearRegisterAction = staffAction({ ...office, schema: classDaySchema }, async (ctx) => ({
  ok: true,
  data: await clearRegister(ctx, ctx.input),
}));
