"use server";
// The office's guardian actions (students.write): invite or link, change a link, remove a link,
// invite the guardians of a grade or the whole school. Another school's ids are "not found".
import { staffAction } from "@/server/auth/school-actions";
import { enqueueSchoolJob } from "@/server/jobs/enqueue";
import { JOB_NAMES } from "@/server/jobs/names";
import { sendQueuedMailSoon } from "@/server/mail/outbox";
import { queueGuardianInvites } from "./invite-runs";
import { bulkInviteSchema, guardianLinkIdSchema, guardianLinkSchema, inviteGuardianSchema } from "./schemas";
import { inviteGuardian, removeGuardianLink, updateGuardianLink } from "./service";

const office = { permission: "students.write", path: "/students" } as const;

export const inviteGuardianAction = staffAction({ ...office, schema: inviteGuardianSchema }, async (ctx) => {
  const outcome = await inviteGuardian(ctx, ctx.input);
  if (outcome === "invited") ctx.afterCommit(() => sendQueuedMailSoon(ctx.tenant.id));
  return { ok: true, data: { outcome } };
});

export const updateGuardianLinkAction = staffAction(
  { ...office, schema: guardianLinkSchema },
  async (ctx) => {
    await updateGuardianLink(ctx, ctx.input);
    return { ok: true };
  },
);

export const removeGuardianLinkAction = staffAction(
  { ...office, schema: guardianLinkIdSchema },
  async (ctx) => {
    await removeGuardianLink(ctx, ctx.input.linkId);
    return { ok: true };
  },
);

export const queueGuardianInvitesAction = staffAction(
  { ...office, schema: bulkInviteSchema },
  async (ctx) => {
    const run = await queueGuardianInvites(ctx, ctx.input.gradeLevel);
    ctx.afterCommit(() => enqueueSchoolJob(JOB_NAMES.guardianInvites, ctx.tenantId));
    return { ok: true, data: { id: run.id } };
  },
);
