import "server-only";
// Guardian links, as the office keeps them: inviting a guardian creates the parent's account (or
// reuses the one they already have for a sibling: one account per email) and links it to the
// child; a new account is mailed a link to choose a password. Every change is audited.
import type { z } from "zod";
import { writeAudit } from "@/server/audit/write-audit";
import { issueEmailToken } from "@/server/auth/email-tokens";
import { NO_PASSWORD_YET } from "@/server/auth/passwords";
import { writeUnique } from "@/server/db/errors";
import { NotFoundError, UserFacingError } from "@/server/errors";
import type { SchoolContext } from "@/server/school-context";
import type { guardianLinkSchema, inviteGuardianSchema } from "./schemas.ts";

type InviteInput = z.output<typeof inviteGuardianSchema>;
export type InviteOutcome = "invited" | "linked";

/**
 * Creates or reuses the guardian's account and links it to the student. "invited" when a mail
 * with a set-password link went out (a new account, or one that never accepted its invitation);
 * "linked" when an active parent account simply gained a child.
 */
export async function inviteGuardian(ctx: SchoolContext, input: InviteInput): Promise<InviteOutcome> {
  const student = await ctx.db.student.findUnique({ where: { id: input.studentId }, select: { id: true } });
  if (!student) throw new NotFoundError("student");
  const existing = await ctx.db.user.findFirst({
    where: { email: { equals: input.email, mode: "insensitive" } },
    include: { security: true },
  });
  if (existing && existing.role !== "parent")
    throw new UserFacingError("rules.guardian.notAParent", "email", { email: input.email });
  const account =
    existing ??
    (await writeUnique(
      { unique_email_per_tenant: { field: "email", message: "rules.guardian.tryAgain" } },
      () =>
        ctx.db.user.create({
          data: {
            tenantId: ctx.tenantId,
            email: input.email,
            firstName: input.firstName,
            lastName: input.lastName,
            phone: input.phone,
            role: "parent",
            passwordHash: NO_PASSWORD_YET,
            status: "active",
            emailVerified: false,
            createdBy: ctx.actor.id,
          },
        }),
    ));
  if (await ctx.db.studentGuardian.findFirst({ where: { studentId: student.id, userId: account.id } }))
    throw new UserFacingError("rules.guardian.alreadyLinked", "email", { email: input.email });
  const hasPrimary = await ctx.db.studentGuardian.count({
    where: { studentId: student.id, isPrimary: true },
  });
  const link = await ctx.db.studentGuardian.create({
    data: {
      tenantId: ctx.tenantId,
      studentId: student.id,
      userId: account.id,
      relationship: input.relationship,
      isPrimary: hasPrimary === 0,
      guardianSlot: input.slot,
      createdBy: ctx.actor.id,
    },
  });
  const mailed = !existing || existing.security?.invitationPending === true;
  if (mailed) await issueEmailToken(ctx.db, ctx.tenant, account, "invitation", ctx.user.name);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "guardian_linked",
    resourceType: "student",
    resourceId: student.id,
    newValues: {
      link: link.id,
      guardian: account.id,
      email: account.email,
      relationship: link.relationship,
      newAccount: !existing,
      invitationSent: mailed,
    },
  });
  return mailed ? "invited" : "linked";
}

const LINK_FIELDS = [
  "relationship",
  "isPrimary",
  "livesWith",
  "pickupAllowed",
  "receivesMail",
  "custodyNotes",
] as const;

export async function updateGuardianLink(ctx: SchoolContext, input: z.output<typeof guardianLinkSchema>) {
  const link = await ctx.db.studentGuardian.findUnique({ where: { id: input.linkId } });
  if (!link) throw new NotFoundError("guardian");
  const changed = LINK_FIELDS.filter((f) => link[f] !== input[f]);
  if (changed.length === 0) return;
  // One primary contact per child: naming one makes the others secondary.
  if (input.isPrimary && !link.isPrimary)
    await ctx.db.studentGuardian.updateMany({
      where: { studentId: link.studentId, isPrimary: true },
      data: { isPrimary: false },
    });
  await ctx.db.studentGuardian.update({
    where: { id: link.id },
    data: Object.fromEntries(LINK_FIELDS.map((f) => [f, input[f]])),
  });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "guardian_link_changed",
    resourceType: "student",
    resourceId: link.studentId,
    oldValues: Object.fromEntries(changed.map((f) => [f, link[f]])),
    newValues: { link: link.id, ...Object.fromEntries(changed.map((f) => [f, input[f]])) },
  });
}

/** Ends a link at once; the parent's account stays (it may have other children). */
export async function removeGuardianLink(ctx: SchoolContext, linkId: string) {
  const link = await ctx.db.studentGuardian.findUnique({
    where: { id: linkId },
    include: { user: { select: { email: true } } },
  });
  if (!link) throw new NotFoundError("guardian");
  await ctx.db.studentGuardian.delete({ where: { id: link.id } });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "guardian_unlinked",
    resourceType: "student",
    resourceId: link.studentId,
    oldValues: {
      link: link.id,
      guardian: link.userId,
      email: link.user.email,
      relationship: link.relationship,
    },
  });
}
