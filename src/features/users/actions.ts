"use server";
// Account administration: guard (users.manage) → parse → service, all in one transaction. The
// forms refresh the page themselves (router.refresh), since pages live under the host rewrite.
import { staffAction } from "@/server/auth/school-actions";
import { sendQueuedMailSoon } from "@/server/mail/outbox";
import { inviteUser, resendInvitation } from "./invite";
import { changeRoleSchema, inviteUserSchema, userIdSchema, userStatusSchema } from "./schemas";
import { changeRole, setUserStatus, unlockUser } from "./service";

const manage = { permission: "users.manage", path: "/users" } as const;

export const inviteUserAction = staffAction({ ...manage, schema: inviteUserSchema }, async (ctx) => {
  const user = await inviteUser(ctx, ctx.input);
  ctx.afterCommit(() => sendQueuedMailSoon(ctx.tenant.id));
  return { ok: true, data: { id: user.id, email: user.email } };
});

export const resendInvitationAction = staffAction({ ...manage, schema: userIdSchema }, async (ctx) => {
  await resendInvitation(ctx, ctx.input.userId);
  ctx.afterCommit(() => sendQueuedMailSoon(ctx.tenant.id));
  return { ok: true };
});

export const changeRoleAction = staffAction({ ...manage, schema: changeRoleSchema }, async (ctx) => {
  await changeRole(ctx, ctx.input.userId, ctx.input.role);
  return { ok: true };
});

export const setUserStatusAction = staffAction({ ...manage, schema: userStatusSchema }, async (ctx) => {
  await setUserStatus(ctx, ctx.input.userId, ctx.input.status);
  return { ok: true };
});

export const unlockUserAction = staffAction({ ...manage, schema: userIdSchema }, async (ctx) => {
  await unlockUser(ctx, ctx.input.userId);
  return { ok: true };
});
