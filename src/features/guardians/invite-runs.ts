import "server-only";
// "Invite all guardians" of a grade or the whole school: the office queues a run (a row of
// guardian_invite_runs); the job runner goes through each active student's two guardian fields,
// inviting (or linking) each guardian with an address, one student per transaction, reporting its
// progress on the row, and keeps what it did: sent, linked to an account they already had,
// already linked, skipped for want of an address, or refused (the address belongs to staff).
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { withTenant } from "@/server/db/with-tenant";
import { UserFacingError } from "@/server/errors";
import { schoolContextOf } from "@/server/platform/queries";
import type { SchoolContext } from "@/server/school-context";
import { inviteGuardianSchema } from "./schemas.ts";
import { inviteGuardian } from "./service.ts";

export type InviteLineOutcome = "invited" | "linked" | "alreadyLinked" | "noAddress" | "refused";

export interface InviteLine {
  student: string;
  guardian: string;
  email: string | null;
  outcome: InviteLineOutcome;
}

export interface InviteReport {
  counts: Record<InviteLineOutcome, number>;
  lines: InviteLine[];
}

const STUDENTS_PER_STEP = 20;
const emptyCounts = (): InviteReport["counts"] => ({
  invited: 0,
  linked: 0,
  alreadyLinked: 0,
  noAddress: 0,
  refused: 0,
});

type Db = SchoolContext["db"];
const stored = (report: InviteReport) => JSON.parse(JSON.stringify(report)) as Prisma.InputJsonObject;

async function studentsInScope(db: Db, gradeLevel: string | null): Promise<string[]> {
  const rows = await db.student.findMany({
    where: { status: "active", ...(gradeLevel ? { gradeLevel } : {}) },
    select: { id: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => r.id);
}

export async function queueGuardianInvites(ctx: SchoolContext, gradeLevel: string) {
  const scope = gradeLevel || null;
  const total = (await studentsInScope(ctx.db, scope)).length;
  if (total === 0) throw new UserFacingError("rules.guardian.nobodyToInvite", "gradeLevel");
  const run = await ctx.db.guardianInviteRun.create({
    data: { tenantId: ctx.tenantId, gradeLevel: scope, totalSteps: total, createdBy: ctx.actor.id },
  });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "guardian_invites_queued",
    resourceType: "guardian_invite_run",
    resourceId: run.id,
    newValues: { gradeLevel: scope, students: total },
  });
  return run;
}

/** Each guardian field of one student, invited or reported. */
async function inviteFamily(ctx: SchoolContext, studentId: string): Promise<InviteLine[]> {
  const s = await ctx.db.student.findUnique({
    where: { id: studentId },
    include: { guardians: { include: { user: { select: { email: true } } } } },
  });
  if (!s) return [];
  const lines: InviteLine[] = [];
  const student = `${s.firstName} ${s.lastName}`;
  for (const slot of [1, 2] as const) {
    const name = (slot === 1 ? s.parentGuardian1Name : s.parentGuardian2Name)?.trim() ?? "";
    const email = (slot === 1 ? s.parentGuardian1Email : s.parentGuardian2Email)?.trim().toLowerCase() ?? "";
    if (!name && !email) continue;
    const line = (outcome: InviteLineOutcome): InviteLine => ({
      student,
      guardian: name || email,
      email: email || null,
      outcome,
    });
    if (!email) {
      lines.push(line("noAddress"));
      continue;
    }
    if (s.guardians.some((g) => g.user.email.toLowerCase() === email)) {
      lines.push(line("alreadyLinked"));
      continue;
    }
    const [first, ...rest] = (name || email.split("@")[0]!).split(/\s+/);
    const parsed = inviteGuardianSchema.safeParse({
      studentId,
      firstName: first ?? "",
      lastName: rest.join(" ") || s.lastName,
      email,
      phone: (slot === 1 ? s.parentGuardian1Phone : s.parentGuardian2Phone) ?? "",
      relationship: (slot === 1 ? s.parentGuardian1Relationship : s.parentGuardian2Relationship) ?? "",
      slot,
    });
    if (!parsed.success) {
      // An address or phone the school holds that a person could not type into the form.
      lines.push(line(parsed.error.issues.some((i) => i.path[0] === "email") ? "noAddress" : "refused"));
      continue;
    }
    try {
      lines.push(line(await inviteGuardian(ctx, { ...parsed.data, phone: parsed.data.phone })));
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      lines.push(line("refused"));
    }
  }
  return lines;
}

export async function runQueuedGuardianInvites(
  tenantId: string,
  options: { client?: BasePrismaClient } = {},
) {
  const withSchool = <T>(work: (db: Db) => Promise<T>) => withTenant(tenantId, work, options);
  const queued = await withSchool((db) =>
    db.guardianInviteRun.findMany({ where: { status: "queued" }, orderBy: { createdAt: "asc" } }),
  );
  if (queued.length === 0) return;
  const school = await schoolContextOf(tenantId, options.client);
  if (!school) return;
  for (const run of queued) {
    const claimed = await withSchool((db) =>
      db.guardianInviteRun.updateMany({
        where: { id: run.id, status: "queued" },
        data: { status: "running" },
      }),
    );
    if (claimed.count === 0) continue;
    const report: InviteReport = { counts: emptyCounts(), lines: [] };
    try {
      const ids = await withSchool((db) => studentsInScope(db, run.gradeLevel));
      const who = run.createdBy
        ? await withSchool((db) =>
            db.user.findUnique({
              where: { id: run.createdBy! },
              select: { id: true, email: true, role: true, firstName: true, lastName: true },
            }),
          )
        : null;
      if (!who) throw new UserFacingError("rules.guardian.noOwner");
      for (let i = 0; i < ids.length; i += STUDENTS_PER_STEP) {
        await withSchool(async (db) => {
          const ctx: SchoolContext = {
            tenantId,
            tenant: {
              ...school,
              timezone: school.timezone ?? "UTC",
              locale: school.locale ?? "en-US",
              features: (school.features ?? {}) as Record<string, unknown>,
              maxStudents: school.maxStudents ?? 0,
              maxTeachers: school.maxTeachers ?? 0,
            },
            user: { id: who.id, email: who.email, name: `${who.firstName} ${who.lastName}`, role: who.role },
            actor: { id: who.id, email: who.email, role: who.role },
            db,
            request: { ip: null, userAgent: "job runner", method: "JOB", url: "/students/guardians" },
            afterCommit: () => undefined,
          };
          for (const id of ids.slice(i, i + STUDENTS_PER_STEP))
            for (const line of await inviteFamily(ctx, id)) {
              report.counts[line.outcome]++;
              report.lines.push(line);
            }
          await db.guardianInviteRun.update({
            where: { id: run.id },
            data: {
              doneSteps: Math.min(ids.length, i + STUDENTS_PER_STEP),
              totalSteps: ids.length,
              report: stored(report),
            },
          });
        });
      }
      await withSchool((db) =>
        db.guardianInviteRun.update({
          where: { id: run.id },
          data: { status: "done", report: stored(report), finishedAt: new Date() },
        }),
      );
    } catch (error) {
      if (!(error instanceof UserFacingError)) console.error("guardian invitations", error);
      await withSchool((db) =>
        db.guardianInviteRun.update({
          where: { id: run.id },
          data: {
            status: "failed",
            report: stored(report),
            errorMessage: "The invitations stopped on an error; those listed were sent.",
            finishedAt: new Date(),
          },
        }),
      );
    }
  }
}
