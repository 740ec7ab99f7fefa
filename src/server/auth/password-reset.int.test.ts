// Password reset against the database: hashed single-use tokens, expiry, voiding, sessions ended.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { asAppLogin, createTestDatabase, type TestDatabase } from "../../../tests/support/database.ts";
import { createSchool, type School } from "../../../tests/support/two-schools.ts";
import { createPrismaClient, type BasePrismaClient } from "../db/prisma.ts";
import { APP_DB_ROLE } from "../db/roles.ts";
import { hashPassword } from "./passwords.ts";
import { hashToken, requestPasswordReset, resetPassword } from "./password-reset.ts";
import { signInWithPassword } from "./sign-in.ts";
import { RESET_MAILS_PER_ACCOUNT_HOUR, RESET_REQUESTS_PER_ADDRESS_HOUR } from "./throttle.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let school: School;
let tenant: { id: string; name: string; subdomain: string | null; domain: string | null };
const request = { ip: "192.0.2.44", userAgent: "test", method: "POST", url: "/forgot" };
const EMAIL = "rory@example.org";

beforeAll(async () => {
  vi.stubEnv("ROOT_DOMAIN", "localhost");
  vi.stubEnv("SMTP_URL", "");
  vi.stubEnv("PUBLIC_PORT", "");
  db = await createTestDatabase();
  school = await createSchool(db.admin, "reset");
  const {
    rows: [t],
  } = await db.admin.query("SELECT name, subdomain FROM tenants WHERE id = $1", [school.tenantId]);
  tenant = { id: school.tenantId, name: t.name, subdomain: t.subdomain, domain: null };
  await db.admin.query("UPDATE users SET email = $1, password_hash = $2 WHERE id = $3", [
    EMAIL,
    await hashPassword("Original password 1"),
    school.ids.user,
  ]);
  app = createPrismaClient(asAppLogin(db.url), { role: APP_DB_ROLE, poolSize: 2 });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await app?.$disconnect();
  await db?.drop();
});

const opts = () => ({ client: app });
async function latestMail() {
  const {
    rows: [mail],
  } = await db.admin.query(
    "SELECT to_address, subject, text_body, status FROM mail_outbox WHERE tenant_id = $1 ORDER BY created_at DESC LIMIT 1",
    [school.tenantId],
  );
  return mail;
}
async function requestToken(): Promise<string> {
  await requestPasswordReset({ tenant, email: EMAIL, request }, opts());
  const mail = await latestMail();
  return /\/reset\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
}
const userRow = async () =>
  (
    await db.admin.query("SELECT password_reset_token, password_reset_expires FROM users WHERE id = $1", [
      school.ids.user,
    ])
  ).rows[0];
const signIn = (password: string) =>
  signInWithPassword(
    { tenant: { id: tenant.id, subscriptionStatus: "active" }, email: EMAIL, password, request },
    opts(),
  );

describe("password reset", () => {
  // Each test starts with a fresh hour: the flood limits have a test of their own below.
  beforeEach(() => db.admin.query("DELETE FROM auth_attempts"));

  it("mails a link on the school's own host and stores only the token's hash", async () => {
    const token = await requestToken();
    const mail = await latestMail();
    expect(mail).toMatchObject({
      to_address: EMAIL,
      status: "local",
      subject: `Reset your ${tenant.name} password`,
    });
    expect(mail.text_body).toContain(`http://${tenant.subdomain}.localhost/reset/${token}`);
    const row = await userRow();
    expect(row.password_reset_token).toBe(hashToken(token));
    expect(row.password_reset_token).not.toContain(token);
    expect(row.password_reset_expires.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
  });

  it("resets once: the new password works, the old does not, the token is spent, sessions end", async () => {
    const token = await requestToken();
    const {
      rows: [before],
    } = await db.admin.query(
      "SELECT coalesce((SELECT session_version FROM user_security WHERE user_id = $1), 1) AS v",
      [school.ids.user],
    );
    expect(
      await resetPassword({ tenant, token, password: "A brand new passphrase", request }, opts()),
    ).toEqual({ ok: true });
    expect((await signIn("A brand new passphrase")).ok).toBe(true);
    expect((await signIn("Original password 1")).ok).toBe(false);
    expect(
      await resetPassword({ tenant, token, password: "Yet another passphrase", request }, opts()),
    ).toEqual({ ok: false, error: "invalid_token" });
    const {
      rows: [after],
    } = await db.admin.query("SELECT session_version AS v FROM user_security WHERE user_id = $1", [
      school.ids.user,
    ]);
    expect(after.v).toBeGreaterThan(before.v);
  });

  it("voids the previous token when a new one is requested", async () => {
    const first = await requestToken();
    const second = await requestToken();
    expect(
      await resetPassword({ tenant, token: first, password: "Voided token passphrase", request }, opts()),
    ).toEqual({ ok: false, error: "invalid_token" });
    expect(
      await resetPassword({ tenant, token: second, password: "Second token passphrase", request }, opts()),
    ).toEqual({ ok: true });
  });

  it("refuses an expired token", async () => {
    const token = await requestToken();
    await db.admin.query(
      "UPDATE users SET password_reset_expires = now() - interval '1 second' WHERE id = $1",
      [school.ids.user],
    );
    expect(await resetPassword({ tenant, token, password: "Too late passphrase", request }, opts())).toEqual({
      ok: false,
      error: "invalid_token",
    });
  });

  it("refuses a weak password and keeps the token usable", async () => {
    const token = await requestToken();
    expect(await resetPassword({ tenant, token, password: "password1234", request }, opts())).toEqual({
      ok: false,
      error: "weak_password",
      problems: ["rules.password.common"], // said in the school's language by the action wrapper
    });
    expect(
      await resetPassword({ tenant, token, password: "Strong enough passphrase", request }, opts()),
    ).toEqual({ ok: true });
  });

  it("sends nothing for an unknown address, and says nothing different", async () => {
    const {
      rows: [{ n: before }],
    } = await db.admin.query("SELECT count(*)::int AS n FROM mail_outbox");
    await expect(
      requestPasswordReset({ tenant, email: "stranger@example.org", request }, opts()),
    ).resolves.toBeUndefined();
    const {
      rows: [{ n: after }],
    } = await db.admin.query("SELECT count(*)::int AS n FROM mail_outbox");
    expect(after).toBe(before);
  });

  it("does not accept one school's token at another school", async () => {
    const token = await requestToken();
    const other = await createSchool(db.admin, "other");
    const otherTenant = { id: other.tenantId, name: "Other", subdomain: "other", domain: null };
    expect(
      await resetPassword(
        { tenant: otherTenant, token, password: "Cross school passphrase", request },
        opts(),
      ),
    ).toEqual({ ok: false, error: "invalid_token" });
  });

  it("mails one account at most three times an hour and answers every request the same", async () => {
    const mails = async () =>
      (await db.admin.query("SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = $1", [EMAIL]))
        .rows[0].n as number;
    const before = await mails();
    for (let i = 0; i < 50; i++) {
      const from = { ...request, ip: `192.0.2.${100 + i}` }; // a new address each time makes no difference
      await expect(
        requestPasswordReset({ tenant, email: EMAIL, request: from }, opts()),
      ).resolves.toBeUndefined();
    }
    expect((await mails()) - before).toBe(RESET_MAILS_PER_ACCOUNT_HOUR);
  });

  it("lets one address ask at most ten times an hour, whichever accounts it names", async () => {
    const flooder = { ...request, ip: "198.51.100.23" };
    for (let i = 0; i < 30; i++)
      await requestPasswordReset({ tenant, email: `guess-${i}@example.org`, request: flooder }, opts());
    const before = (await db.admin.query("SELECT count(*)::int AS n FROM mail_outbox")).rows[0].n;
    await requestPasswordReset({ tenant, email: EMAIL, request: flooder }, opts());
    expect((await db.admin.query("SELECT count(*)::int AS n FROM mail_outbox")).rows[0].n).toBe(before);
    // The account's owner, elsewhere, still gets a mail.
    await requestPasswordReset({ tenant, email: EMAIL, request }, opts());
    expect((await db.admin.query("SELECT count(*)::int AS n FROM mail_outbox")).rows[0].n).toBe(before + 1);
    expect(RESET_REQUESTS_PER_ADDRESS_HOUR).toBe(10);
  });
});
