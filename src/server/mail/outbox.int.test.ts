// Mail delivery against the database and a real SMTP dialogue: two workers and one message send it
// once; a failing server is retried with back-off, then the message is marked failed with the
// reason; nothing is lost; another school's mail is never touched.
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import { closedPort, startSmtpServer, type TestSmtpServer } from "../../../tests/support/smtp-server.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../db/prisma.ts";
import { deliverQueuedMail, MAIL_MAX_ATTEMPTS } from "./outbox.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let smtp: TestSmtpServer;

async function queue(school: School, to: string) {
  const { rows } = await db.admin.query(
    `INSERT INTO mail_outbox (tenant_id, to_address, subject, text_body, purpose, status)
     VALUES ($1, $2, 'Your invitation', 'Welcome', 'invitation', 'queued') RETURNING id`,
    [school.tenantId, to],
  );
  return rows[0].id as string;
}
const row = async (id: string) =>
  (
    await db.admin.query(
      "SELECT status, attempts, error_message, next_attempt_at, sent_at FROM mail_outbox WHERE id = $1",
      [id],
    )
  ).rows[0];

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp?.close();
  await closeSchoolDatabase(db, app);
});

describe("mail delivery", () => {
  it("two workers and one message: it is sent once", async () => {
    const id = await queue(a, "nia@example.org");
    const transport = nodemailer.createTransport(smtp.url);
    const sent = await Promise.all([
      deliverQueuedMail(a.tenantId, { client: app, transport }),
      deliverQueuedMail(a.tenantId, { client: app, transport }),
    ]);
    expect(sent.reduce((x, y) => x + y, 0)).toBe(1);
    expect(smtp.messages.filter((m) => m.includes("nia@example.org"))).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 1, error_message: null });
  });

  it("a failing server: retried with back-off, then marked failed with the reason, never lost", async () => {
    const id = await queue(a, "omar@example.org");
    const transport = nodemailer.createTransport(`smtp://127.0.0.1:${await closedPort()}`);
    let now = new Date("2026-12-01T09:00:00Z");
    expect(await deliverQueuedMail(a.tenantId, { client: app, transport, now })).toBe(0);
    const first = await row(id);
    expect(first).toMatchObject({ status: "queued", attempts: 1 });
    expect(first.error_message).toMatch(/ECONNREFUSED|connect/i);
    expect(first.next_attempt_at.getTime()).toBe(now.getTime() + 60_000);
    // Not due yet: nothing is tried.
    expect(
      await deliverQueuedMail(a.tenantId, { client: app, transport, now: new Date(now.getTime() + 30_000) }),
    ).toBe(0);
    expect((await row(id)).attempts).toBe(1);
    for (let attempt = 2; attempt <= MAIL_MAX_ATTEMPTS; attempt++) {
      now = new Date((await row(id)).next_attempt_at.getTime());
      await deliverQueuedMail(a.tenantId, { client: app, transport, now });
      expect((await row(id)).attempts).toBe(attempt);
    }
    expect(await row(id)).toMatchObject({
      status: "failed",
      attempts: MAIL_MAX_ATTEMPTS,
      next_attempt_at: null,
    });
    // Each wait was twice the one before: 1, 2, 4, 8 minutes.
  });

  it("a message claimed by a worker that stopped goes back to the queue and is sent", async () => {
    const id = await queue(a, "pat@example.org");
    await db.admin.query(
      "UPDATE mail_outbox SET status = 'sending', claimed_at = now() - interval '11 minutes' WHERE id = $1",
      [id],
    );
    expect(
      await deliverQueuedMail(a.tenantId, { client: app, transport: nodemailer.createTransport(smtp.url) }),
    ).toBe(1);
    expect((await row(id)).status).toBe("sent");
  });

  it("delivers one school's mail only", async () => {
    const theirs = await queue(b, "zed@example.org");
    await deliverQueuedMail(a.tenantId, { client: app, transport: nodemailer.createTransport(smtp.url) });
    expect((await row(theirs)).status).toBe("queued");
  });
});
