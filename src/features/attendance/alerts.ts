import "server-only";
// The family's message about an unexcused absence or tardy: at most one per student and day
// (attendance_alerts is keyed so), armed when a register is saved and sent by the job runner once
// its short wait is over, so a mistaken mark corrected, or an excuse recorded, before then sends
// nothing. Sending checks the day's marks again, in the same transaction as the mail it queues
// and the marks' parent_notified, so a message and its record land together or not at all.
import { dayToDate, dateToDay, type Day } from "@/lib/calendar";
import { alertReason } from "@/lib/attendance-day";
import { translator } from "@/i18n/translate";
import { shippedLocaleFor } from "@/i18n/locales";
import { dateTimeFormat } from "@/lib/date-time-format";
import { schoolForMail } from "@/server/platform/queries";
import type { BasePrismaClient } from "@/server/db/prisma";
import { withTenant, type TenantDb } from "@/server/db/with-tenant";
import { queueMail } from "@/server/mail/outbox";
import { familyRecipients, type FamilyRecipient } from "@/features/guardians/queries";
import { attendanceRules, codeBook } from "./codes";

/** What each student's marks of the day say the family should hear (null: nothing). */
async function reasonsOfDay(db: TenantDb, studentIds: readonly string[], day: Day) {
  const codes = await codeBook(db);
  const marks = await db.attendance.findMany({
    where: { studentId: { in: [...studentIds] }, attendanceDate: dayToDate(day) },
    select: { studentId: true, status: true, attendanceCodeId: true },
  });
  const presences = new Map<string, ReturnType<typeof codes.presenceOf>[]>();
  for (const m of marks)
    presences.set(m.studentId, [...(presences.get(m.studentId) ?? []), codes.presenceOf(m)]);
  return new Map(studentIds.map((id) => [id, alertReason(presences.get(id) ?? [])]));
}

/**
 * After marks of `day` changed for these students: arm a message for each one now unexcused
 * (a message already sent today stays the only one), stand down a pending one no longer needed.
 */
export async function armAlerts(
  db: TenantDb,
  tenantId: string,
  studentIds: readonly string[],
  day: Day,
  now = new Date(),
) {
  if (studentIds.length === 0) return;
  const rules = await attendanceRules(db);
  if (!rules.alertsEnabled) return;
  const reasons = await reasonsOfDay(db, studentIds, day);
  const toTell = studentIds.filter((id) => reasons.get(id));
  const toStandDown = studentIds.filter((id) => !reasons.get(id));
  const sendAfter = new Date(now.getTime() + rules.alertDelayMinutes * 60_000);
  const date = dayToDate(day);
  if (toTell.length) {
    await db.attendanceAlert.createMany({
      data: toTell.map((studentId) => ({
        tenantId,
        studentId,
        day: date,
        sendAfter,
        reason: reasons.get(studentId)!,
      })),
      skipDuplicates: true,
    });
    // Stood down earlier today and unexcused again: armed again (still at most one message).
    await db.attendanceAlert.updateMany({
      where: { studentId: { in: toTell }, day: date, status: "cancelled" },
      data: { status: "pending", sendAfter },
    });
  }
  if (toStandDown.length)
    await db.attendanceAlert.updateMany({
      where: { studentId: { in: toStandDown }, day: date, status: "pending" },
      data: { status: "cancelled" },
    });
}

/** Each guardian address on the student's record, once: for a child no guardian is linked to yet. */
const recordedAddresses = (s: {
  parentGuardian1Email: string | null;
  parentGuardian2Email: string | null;
}): FamilyRecipient[] =>
  [
    ...new Set(
      [s.parentGuardian1Email, s.parentGuardian2Email]
        .map((e) => e?.trim().toLowerCase() ?? "")
        .filter((e) => e.includes("@")),
    ),
  ].map((email) => ({ email, locale: null }));

/** Sends one school's due messages; returns how many students' families were written to. */
export async function sendDueAlerts(
  tenantId: string,
  now = new Date(),
  options: { client?: BasePrismaClient } = {},
): Promise<number> {
  const due = await withTenant(
    tenantId,
    (db) =>
      db.attendanceAlert.findMany({
        where: { status: "pending", sendAfter: { lte: now } },
        select: { id: true },
        orderBy: { sendAfter: "asc" },
        take: 500,
      }),
    options,
  );
  if (due.length === 0) return 0;
  const school = await schoolForMail(tenantId, options.client);
  if (!school) return 0;
  let sent = 0;
  for (const { id } of due) if (await sendOne(tenantId, school, id, now, options)) sent++;
  return sent;
}

type MailSchool = NonNullable<Awaited<ReturnType<typeof schoolForMail>>>;

async function sendOne(
  tenantId: string,
  school: MailSchool,
  alertId: string,
  now: Date,
  options: { client?: BasePrismaClient },
): Promise<boolean> {
  return withTenant(
    tenantId,
    async (db) => {
      // The claim: only one sender moves it out of pending (the row lock makes the other wait, then miss).
      const alert = await db.attendanceAlert.findUnique({ where: { id: alertId } });
      if (!alert || alert.status !== "pending") return false;
      const day = dateToDay(alert.day);
      const reason = (await reasonsOfDay(db, [alert.studentId], day)).get(alert.studentId);
      const claim = (status: string, extra: object = {}) =>
        db.attendanceAlert.updateMany({
          where: { id: alertId, status: "pending" },
          data: { status, ...extra },
        });
      if (!reason) {
        await claim("cancelled");
        return false;
      }
      const student = await db.student.findUnique({
        where: { id: alert.studentId },
        select: {
          firstName: true,
          preferredName: true,
          lastName: true,
          parentGuardian1Email: true,
          parentGuardian2Email: true,
        },
      });
      // Linked guardians who want it, each in their own language; else the record's addresses.
      const to = student
        ? ((await familyRecipients(db, alert.studentId, "attendance")) ?? recordedAddresses(student))
        : [];
      if (!student || to.length === 0) {
        await claim("no_address");
        return false;
      }
      const recipients = to.map((r) => r.email);
      if ((await claim("sent", { sentAt: now, recipients, reason })).count === 0) return false;
      for (const recipient of to) {
        const locale = recipient.locale ?? school.locale;
        const t = translator(locale, "mail");
        const values = {
          student: `${student.preferredName || student.firstName} ${student.lastName}`,
          school: school.name,
          phone: school.phone || "none",
          date: dateTimeFormat(shippedLocaleFor(locale), { dateStyle: "full", timeZone: "UTC" }).format(
            dayToDate(day),
          ),
          reason,
        };
        await queueMail(db, tenantId, {
          to: recipient.email,
          purpose: "absence_alert",
          subject: t("attendanceAlertSubject", values),
          text: t("attendanceAlertText", values),
        });
      }
      await db.attendance.updateMany({
        where: { studentId: alert.studentId, attendanceDate: alert.day },
        data: { parentNotified: true, notificationSentAt: now },
      });
      return true;
    },
    options,
  );
}
