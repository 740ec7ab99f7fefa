// The job runner for real: pg-boss installed on this file's database by the owner, jobs sent by the
// application's login after a commit, worked by the runner, their bodies run through withTenant.
// Mail queued by a school goes out through it; without a runner it still goes (the request sends it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asAppLogin, type TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import { startSmtpServer, type TestSmtpServer } from "../../../tests/support/smtp-server.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../db/prisma.ts";
import { sendQueuedMailSoon } from "../mail/outbox.ts";
import { startJobRunner, type JobRunner } from "./runner.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let smtp: TestSmtpServer;
let runner: JobRunner | undefined;

async function queue(to: string) {
  const { rows } = await db.admin.query(
    `INSERT INTO mail_outbox (tenant_id, to_address, subject, text_body, purpose, status)
     VALUES ($1, $2, 'Reset your password', 'Follow the link', 'password_reset', 'queued') RETURNING id`,
    [a.tenantId, to],
  );
  return rows[0].id as string;
}
const status = async (id: string) =>
  (await db.admin.query("SELECT status FROM mail_outbox WHERE id = $1", [id])).rows[0].status;
async function eventually(check: () => Promise<boolean>, seconds = 30) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a],
  } = await openSchoolDatabase("a"));
  smtp = await startSmtpServer();
  process.env.DATABASE_URL = asAppLogin(db.url);
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  await runner?.stop();
  const shared = globalThis as {
    __sisJobProducer?: Promise<{ stop(): Promise<void> }> | null;
    sisAppDb?: BasePrismaClient;
    sisPlatformDb?: BasePrismaClient;
  };
  await (await shared.__sisJobProducer?.catch(() => null))?.stop();
  await shared.sisAppDb?.$disconnect();
  await shared.sisPlatformDb?.$disconnect();
  await smtp?.close();
  await closeSchoolDatabase(db, app);
});

describe("job runner", () => {
  it("without a runner, the request delivers the mail itself", async () => {
    const id = await queue("first@example.org");
    await sendQueuedMailSoon(a.tenantId);
    expect(await status(id)).toBe("sent");
  });

  it("with the runner, the job the application sends delivers the school's mail", async () => {
    runner = await startJobRunner(db.url, { pollingIntervalSeconds: 0.5 });
    const { rows } = await db.admin.query("SELECT name FROM pgboss.queue ORDER BY name");
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(["mail-deliver", "mail-sweep"]));
    const id = await queue("second@example.org");
    await sendQueuedMailSoon(a.tenantId);
    const job = await db.admin.query("SELECT data FROM pgboss.job WHERE name = 'mail-deliver'");
    expect(job.rows.map((r) => r.data)).toContainEqual({ tenantId: a.tenantId });
    expect(await eventually(async () => (await status(id)) === "sent")).toBe(true);
    expect(smtp.messages.filter((m) => m.includes("second@example.org"))).toHaveLength(1);
  });

  it("refuses a school job whose data does not name a school", async () => {
    const { JOBS } = await import("./jobs.ts");
    await expect(JOBS.deliverMail.run({ tenantId: "not-a-school" })).rejects.toThrow();
    await expect(JOBS.deliverMail.run({})).rejects.toThrow();
  });
});
