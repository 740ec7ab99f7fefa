import "server-only";
// What the office reads of a student's guardians: the linked accounts (with whether they have
// accepted their invitation) and the guardian fields the school recorded, each saying whether it
// is linked yet, so "Invite" appears only where it would do something.
import { wantsMail, type FamilyMailKind } from "@/lib/mail-preferences";
import type { TenantDb } from "@/server/db/with-tenant";
import type { InviteReport } from "./invite-runs";

interface GuardianLinkRow {
  id: string;
  userId: string;
  name: string;
  email: string;
  phone: string | null;
  relationship: string | null;
  isPrimary: boolean;
  livesWith: boolean;
  pickupAllowed: boolean;
  receivesMail: boolean;
  custodyNotes: string | null;
  invitationPending: boolean;
  lastSignIn: Date | null;
}

interface GuardianSlot {
  slot: 1 | 2;
  name: string;
  email: string | null;
  phone: string | null;
  relationship: string | null;
  linked: boolean;
}

export async function guardiansOfStudent(db: TenantDb, studentId: string) {
  const student = await db.student.findUnique({
    where: { id: studentId },
    select: {
      id: true,
      parentGuardian1Name: true,
      parentGuardian1Email: true,
      parentGuardian1Phone: true,
      parentGuardian1Relationship: true,
      parentGuardian2Name: true,
      parentGuardian2Email: true,
      parentGuardian2Phone: true,
      parentGuardian2Relationship: true,
      guardians: {
        orderBy: [{ isPrimary: "desc" }, { createdAt: "asc" }],
        include: {
          user: {
            select: {
              firstName: true,
              lastName: true,
              email: true,
              phone: true,
              lastLogin: true,
              security: { select: { invitationPending: true } },
            },
          },
        },
      },
    },
  });
  if (!student) return null;
  const links: GuardianLinkRow[] = student.guardians.map((g) => ({
    id: g.id,
    userId: g.userId,
    name: `${g.user.firstName} ${g.user.lastName}`,
    email: g.user.email,
    phone: g.user.phone,
    relationship: g.relationship,
    isPrimary: g.isPrimary,
    livesWith: g.livesWith,
    pickupAllowed: g.pickupAllowed,
    receivesMail: g.receivesMail,
    custodyNotes: g.custodyNotes,
    invitationPending: g.user.security?.invitationPending ?? false,
    lastSignIn: g.user.lastLogin,
  }));
  const linkedEmails = new Set(links.map((l) => l.email.toLowerCase()));
  const slots: GuardianSlot[] = (
    [
      [
        1,
        student.parentGuardian1Name,
        student.parentGuardian1Email,
        student.parentGuardian1Phone,
        student.parentGuardian1Relationship,
      ],
      [
        2,
        student.parentGuardian2Name,
        student.parentGuardian2Email,
        student.parentGuardian2Phone,
        student.parentGuardian2Relationship,
      ],
    ] as const
  )
    .filter(([, name, email]) => name || email)
    .map(([slot, name, email, phone, relationship]) => ({
      slot,
      name: name ?? "",
      email: email ?? null,
      phone: phone ?? null,
      relationship: relationship ?? null,
      linked: !!email && linkedEmails.has(email.toLowerCase()),
    }));
  return { links, slots };
}

export interface InviteRunView {
  id: string;
  gradeLevel: string | null;
  status: string;
  doneSteps: number;
  totalSteps: number;
  report: InviteReport | null;
  createdAt: Date | null;
}

/** The school's bulk invitation runs, newest first. */
export async function guardianInviteRuns(db: TenantDb, take = 10): Promise<InviteRunView[]> {
  const rows = await db.guardianInviteRun.findMany({ orderBy: { createdAt: "desc" }, take });
  return rows.map((r) => ({
    id: r.id,
    gradeLevel: r.gradeLevel,
    status: r.status,
    doneSteps: r.doneSteps,
    totalSteps: r.totalSteps,
    report: (r.report as unknown as InviteReport | null)?.counts
      ? (r.report as unknown as InviteReport)
      : null,
    createdAt: r.createdAt,
  }));
}

/** The grade levels that have active students, for "invite all guardians of a grade". */
export async function gradesWithStudents(db: TenantDb): Promise<string[]> {
  const rows = await db.student.groupBy({ by: ["gradeLevel"], where: { status: "active" } });
  return rows.map((r) => r.gradeLevel).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

export interface FamilyRecipient {
  email: string;
  /** The guardian's own language; null reads the school's. */
  locale: string | null;
}

/**
 * Who family mail of a kind about a student goes to: each linked guardian who receives the
 * school's mail, has an active account and has not turned this kind off. Null when the student
 * has no linked guardian yet (the caller then writes to the addresses on the student's record).
 */
export async function familyRecipients(
  db: TenantDb,
  studentId: string,
  kind: FamilyMailKind,
): Promise<FamilyRecipient[] | null> {
  const links = await db.studentGuardian.findMany({
    where: { studentId },
    select: {
      receivesMail: true,
      user: { select: { email: true, locale: true, status: true, mailPreferences: true } },
    },
  });
  if (links.length === 0) return null;
  const seen = new Set<string>();
  return links.flatMap(({ receivesMail, user }) => {
    const email = user.email.toLowerCase();
    if (
      !receivesMail ||
      user.status !== "active" ||
      !wantsMail(user.mailPreferences, kind) ||
      seen.has(email)
    )
      return [];
    seen.add(email);
    return [{ email, locale: user.locale }];
  });
}
