import "server-only";
// Mail leaves through the outbox: queued in the transaction of the change that causes it, sent
// after commit by nodemailer when SMTP_URL is set, kept as 'local' for developers otherwise.
import nodemailer from "nodemailer";
import type { BasePrismaClient } from "@/server/db/prisma";
import { withTenant, type TenantDb } from "@/server/db/with-tenant";
import { enqueueSchoolJob } from "@/server/jobs/enqueue";
import { JOB_NAMES } from "@/server/jobs/names";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  purpose:
    | "password_reset"
    | "email_verification"
    | "invitation"
    | "absence_alert"
    | "attendance_nudge"
    | "report_cards_ready";
}

const smtpUrl = () => process.env.SMTP_URL || null;
const mailFrom = () => process.env.MAIL_FROM || "K-12 SIS <no-reply@localhost>";

export async function queueMail(tx: TenantDb, tenantId: string, message: MailMessage) {
  return tx.mailOutbox.create({
    data: {
      tenantId,
      toAddress: message.to,
      subject: message.subject,
      textBody: message.text,
      purpose: message.purpose,
      status: smtpUrl() ? "queued" : "local",
    },
  });
}

export const MAIL_MAX_ATTEMPTS = 5;
/** A claim older than this belongs to a worker that stopped mid-send: the message goes back to the queue. */
const STALE_CLAIM_MS = 10 * 60_000;
/** Waits before the next try: 1, 2, 4, 8 … minutes. */
const backoffMs = (attempts: number) => 60_000 * 2 ** Math.max(0, attempts - 1);

type Transport = Pick<nodemailer.Transporter, "sendMail">;

/**
 * Sends a school's due mail; returns how many went out. Each message is first claimed (queued →
 * sending, a conditional update that only one worker wins), so two workers never send one message
 * twice. A failed send waits (back-off) and is tried again, up to MAIL_MAX_ATTEMPTS, then is marked
 * failed with the reason. Nothing is lost: the row stays in the outbox whatever happens.
 */
export async function deliverQueuedMail(
  tenantId: string,
  options: { client?: BasePrismaClient; transport?: Transport; now?: Date } = {},
): Promise<number> {
  const url = smtpUrl();
  if (!url && !options.transport) return 0;
  const transport = options.transport ?? nodemailer.createTransport(url!);
  const now = options.now ?? new Date();
  const inSchool = <T>(work: (tx: TenantDb) => Promise<T>) => withTenant(tenantId, work, options);
  await inSchool((tx) =>
    tx.mailOutbox.updateMany({
      where: { status: "sending", claimedAt: { lt: new Date(now.getTime() - STALE_CLAIM_MS) } },
      data: { status: "queued", claimedAt: null },
    }),
  );
  const due = await inSchool((tx) =>
    tx.mailOutbox.findMany({
      where: { status: "queued", OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] },
      orderBy: { createdAt: "asc" },
      take: 20,
    }),
  );
  let sent = 0;
  for (const mail of due) {
    const claim = await inSchool((tx) =>
      tx.mailOutbox.updateMany({
        where: { id: mail.id, status: "queued" },
        data: { status: "sending", claimedAt: now },
      }),
    );
    if (claim.count !== 1) continue; // another worker has it
    try {
      await transport.sendMail({
        from: mailFrom(),
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
      });
      await inSchool((tx) =>
        tx.mailOutbox.update({
          where: { id: mail.id },
          data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 }, errorMessage: null },
        }),
      );
      sent++;
    } catch (error) {
      const attempts = mail.attempts + 1;
      const last = attempts >= MAIL_MAX_ATTEMPTS;
      await inSchool((tx) =>
        tx.mailOutbox.update({
          where: { id: mail.id },
          data: {
            attempts,
            errorMessage: (error instanceof Error ? error.message : String(error)).slice(0, 500),
            status: last ? "failed" : "queued",
            nextAttemptAt: last ? null : new Date(now.getTime() + backoffMs(attempts)),
            claimedAt: null,
          },
        }),
      );
    }
  }
  return sent;
}

/**
 * After a commit that queued mail: the job runner delivers it. Where no runner answers (a setup
 * without the worker), the request delivers it itself rather than leave it waiting.
 */
export async function sendQueuedMailSoon(tenantId: string): Promise<void> {
  if (!(await enqueueSchoolJob(JOB_NAMES.deliverMail, tenantId))) await deliverQueuedMail(tenantId);
}
