"use server";
// The gradebook's actions. Every one checks the permission here and the class's ownership in the
// service (a teacher's own or co-taught classes; the office sees every class), so another
// teacher's class is "not found" whatever the browser sends.
import type { ActionResult } from "@/lib/action-result";
import { can } from "@/server/auth/permissions";
import { NOT_ALLOWED, staffAction } from "@/server/auth/school-actions";
import { enqueueSchoolJob } from "@/server/jobs/enqueue";
import { JOB_NAMES } from "@/server/jobs/names";
import { sendQueuedMailSoon } from "@/server/mail/outbox";
import { postGrades, postSchool, reopenGrades } from "./posting";
import { queueReportCards } from "./report-card-runs";
import { saveGradingPolicy } from "./policy";
import {
  assignmentSchema,
  bulkColumnSchema,
  deleteAssignmentSchema,
  gradeCommentSchema,
  gradebookSettingsSchema,
  gradingPolicySchema,
  postGradesSchema,
  postSchoolSchema,
  reopenGradesSchema,
  reportCardRunSchema,
  saveCellSchema,
  studentCommentSchema,
  updateAssignmentSchema,
} from "./schemas";
import {
  bulkColumn,
  createAssignment,
  deleteAssignment,
  saveCell,
  saveGradeComment,
  saveGradebookSettings,
  saveStudentComment,
  updateAssignment,
} from "./service";

const grade = { permission: "gradebook.write", path: "/classes", module: "gradebook" } as const;

export const createAssignmentAction = staffAction({ ...grade, schema: assignmentSchema }, async (ctx) => {
  const assignment = await createAssignment(ctx, ctx.input);
  return { ok: true, data: { id: assignment.id } };
});

export const updateAssignmentAction = staffAction(
  { ...grade, schema: updateAssignmentSchema },
  async (ctx) => {
    const { id, ...values } = ctx.input;
    await updateAssignment(ctx, id, values);
    return { ok: true, data: { id } };
  },
);

export const deleteAssignmentAction = staffAction(
  { ...grade, schema: deleteAssignmentSchema },
  async (ctx) => {
    const { classId } = await deleteAssignment(ctx, ctx.input.id);
    return { ok: true, data: { classId } };
  },
);

/** One cell; a stale edit answers ok with status "stale" and the cell as it now is. */
export const saveCellAction = staffAction({ ...grade, schema: saveCellSchema }, async (ctx) => ({
  ok: true,
  data: await saveCell(ctx, ctx.input),
}));

export const saveGradeCommentAction = staffAction({ ...grade, schema: gradeCommentSchema }, async (ctx) => ({
  ok: true,
  data: await saveGradeComment(ctx, ctx.input),
}));

export const bulkColumnAction = staffAction({ ...grade, schema: bulkColumnSchema }, async (ctx) => ({
  ok: true,
  data: await bulkColumn(ctx, ctx.input),
}));

export const saveStudentCommentAction = staffAction(
  { ...grade, schema: studentCommentSchema },
  async (ctx) => {
    await saveStudentComment(ctx, ctx.input);
    return { ok: true };
  },
);

export const saveGradebookSettingsAction = staffAction(
  { ...grade, schema: gradebookSettingsSchema },
  async (ctx) => {
    await saveGradebookSettings(ctx, ctx.input);
    return { ok: true };
  },
);

/** A teacher posts their own class; the office (grades.post) any class. */
export const postGradesAction = staffAction(
  { permission: "gradebook.read", path: "/classes", module: "gradebook", schema: postGradesSchema },
  async (ctx): Promise<ActionResult<{ posted: number }>> => {
    if (!can(ctx.user, "grades.post") && !can(ctx.user, "gradebook.write")) return NOT_ALLOWED;
    return { ok: true, data: await postGrades(ctx, ctx.input.classId, ctx.input.gradingPeriodId) };
  },
);

export const postSchoolAction = staffAction(
  { permission: "grades.post", path: "/gradebook", module: "gradebook", schema: postSchoolSchema },
  async (ctx) => {
    const data = await postSchool(ctx, ctx.input.gradingPeriodId);
    // Families' "report card ready" mail (report-card-mail.ts).
    ctx.afterCommit(() => sendQueuedMailSoon(ctx.tenant.id));
    return { ok: true, data };
  },
);

export const reopenGradesAction = staffAction(
  { permission: "grades.reopen", path: "/classes", module: "gradebook", schema: reopenGradesSchema },
  async (ctx) => ({
    ok: true,
    data: await reopenGrades(ctx, ctx.input.classId, ctx.input.gradingPeriodId, ctx.input.reason),
  }),
);

/** Queues report cards for a grade level or a class; the job runner prints them into one PDF. */
export const queueReportCardsAction = staffAction(
  { permission: "grades.post", path: "/grading", module: "gradebook", schema: reportCardRunSchema },
  async (ctx) => {
    const { name, schoolName, primaryColor, logoUrl, locale } = ctx.tenant;
    const run = await queueReportCards(ctx, ctx.input, { name, schoolName, primaryColor, logoUrl, locale });
    ctx.afterCommit(() => enqueueSchoolJob(JOB_NAMES.reportCards, ctx.tenantId));
    return { ok: true, data: { id: run.id } };
  },
);

/** The school's GPA policy (the office). */
export const saveGradingPolicyAction = staffAction(
  { permission: "grades.post", path: "/grading", module: "gradebook", schema: gradingPolicySchema },
  async (ctx) => {
    await saveGradingPolicy(ctx, ctx.input);
    return { ok: true };
  },
);
