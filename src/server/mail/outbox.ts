import "server-only";
// Mail leaves through the outbox: queued in the transaction of the change that causes it, sent
// after commit by nodemailer when SMTP_URL is set, kept as 'local' for developers otherwise.
import nodemailer from "nodemailer";
import type { BasePrismaClient } from "@/server/db/prisma";
import { withTenant, type TenantDb } from "@/server/db/with-tenant";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  purpose: "password_reset" | "email_verification" | "invitation" | "absence_alert";
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

/** Sends a school's queued mail; returns how many went out. A failure stays queued for a retry. */
export async function deliverQueuedMail(
  tenantId: string,
  options: { client?: BasePrismaClient } = {},
): Promise<number> {
  const url = smtpUrl();
  if (!url) return 0;
  const transport = nodemailer.createTransport(url);
  const pending = await withTenant(
    tenantId,
    (tx) =>
      tx.mailOutbox.findMany({
        where: { status: "queued", attempts: { lt: 5 } },
        orderBy: { createdAt: "asc" },
        take: 20,
      }),
    options,
  );
  let sent = 0;
  for (const mail of pending) {
    try {
      await transport.sendMail({
        from: mailFrom(),
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
      });
      await withTenant(
        tenantId,
        (tx) =>
          tx.mailOutbox.update({
            where: { id: mail.id },
            data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 } },
          }),
        options,
      );
      sent++;
    } catch (error) {
      await withTenant(
        tenantId,
        (tx) =>
          tx.mailOutbox.update({
            where: { id: mail.id },
            data: {
              attempts: { increment: 1 },
              errorMessage: String(error).slice(0, 500),
              status: mail.attempts + 1 >= 5 ? "failed" : "queued",
            },
          }),
        options,
      );
    }
  }
  return sent;
}
