// Invitations and email confirmation against the database: the invited account has no usable
// password until its owner follows the link; links are single use, expire, and stay in their school.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import {
  acceptInvitation,
  confirmEmail,
  issueEmailToken,
  lookUpEmailToken,
} from "../../server/auth/email-tokens.ts";
import { requestPasswordReset, resetPassword } from "../../server/auth/password-reset.ts";
import { signInWithPassword } from "../../server/auth/sign-in.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import { UserFacingError } from "../../server/errors.ts";
import { inviteUser, resendInvitation } from "./invite.ts";
import { inviteUserSchema } from "./schemas.ts";
import { schoolContext } from "../../../tests/support/school-context.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let adminId: string;
const request = { ip: "192.0.2.8", userAgent: "test", method: "POST", url: "/users" };
const PASSWORD = "Seven brown owls at noon";
const schoolOf = (s: School) => ({
  id: s.tenantId,
  name: `School ${s.tenantId.slice(0, 4)}`,
  subdomain: s === a ? "alpha" : "beta",
  domain: null,
});

beforeAll(async () => {
  vi.stubEnv("ROOT_DOMAIN", "localhost");
  vi.stubEnv("SMTP_URL", "");
  vi.stubEnv("PUBLIC_PORT", "");
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  const {
    rows: [admin],
  } = await db.admin.query(
    "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'office@example.org', 'x', 'Olive', 'Office', 'admin') RETURNING id",
    [a.tenantId],
  );
  adminId = admin.id;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await closeSchoolDatabase(db, app);
});

const asAdmin = <T>(fn: Parameters<typeof inviteUser>[0] extends infer C ? (ctx: C) => Promise<T> : never) =>
  withTenant(a.tenantId, (tx) => fn(schoolContext(tx, a.tenantId, { id: adminId }, schoolOf(a), request)), {
    client: app,
  });
const invite = (email: string, role = "teacher") =>
  asAdmin((ctx) =>
    inviteUser(ctx, inviteUserSchema.parse({ firstName: "Nia", lastName: "Newcomer", email, role })),
  );
async function linkSentTo(email: string): Promise<{ token: string; body: string }> {
  const {
    rows: [mail],
  } = await db.admin.query(
    "SELECT text_body FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1",
    [email],
  );
  return { token: /\/verify\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!, body: mail.text_body };
}
const signIn = (email: string, password = PASSWORD) =>
  signInWithPassword(
    { tenant: { id: a.tenantId, subscriptionStatus: "active" }, email, password, request },
    { client: app },
  );
const accept = (token: string, password = PASSWORD, school = a) =>
  acceptInvitation({ tenant: schoolOf(school), token, password, request }, { client: app });

describe("inviting a user", () => {
  it("creates an account nobody can sign in to, mails a link on the school's own host, and audits it", async () => {
    const user = await invite("Nia@Example.org");
    expect(user.email).toBe("nia@example.org");
    const { token, body } = await linkSentTo("nia@example.org");
    expect(body).toContain(`http://alpha.localhost/verify/${token}`);
    expect(body).toContain("Olive Office");
    const {
      rows: [row],
    } = await db.admin.query(
      "SELECT email_verified, email_verification_token, created_by FROM users WHERE id = $1",
      [user.id],
    );
    expect(row.email_verified).toBe(false);
    expect(row.email_verification_token).not.toBe(token); // only its hash is stored
    expect(row.created_by).toBe(adminId);
    expect((await signIn("nia@example.org", "!invited")).ok).toBe(false);
    const {
      rows: [audit],
    } = await db.admin.query(
      "SELECT user_id, new_values FROM audit_logs WHERE action = 'user_invited' AND resource_id = $1",
      [user.id],
    );
    expect(audit).toEqual({
      user_id: adminId,
      new_values: { email: "nia@example.org", firstName: "Nia", lastName: "Newcomer", role: "teacher" },
    });
  });

  it("refuses an address already in use at the school, as a field error, writing nothing", async () => {
    const before = (await db.admin.query("SELECT count(*)::int AS n FROM users")).rows[0].n;
    const refused = invite("NIA@example.org");
    await expect(refused).rejects.toThrow(UserFacingError);
    await expect(refused).rejects.toMatchObject({ field: "email" });
    expect((await db.admin.query("SELECT count(*)::int AS n FROM users")).rows[0].n).toBe(before);
  });

  it("lets the invited person choose a password once, which verifies the address and signs in", async () => {
    await invite("sam@example.org", "parent");
    const { token } = await linkSentTo("sam@example.org");
    expect(await lookUpEmailToken(a.tenantId, token, { client: app })).toEqual({
      purpose: "invitation",
      email: "sam@example.org",
      firstName: "Nia",
    });
    expect(await accept(token, "password")).toMatchObject({ ok: false, error: "weak_password" });
    expect(await accept(token)).toEqual({ ok: true });
    expect((await signIn("sam@example.org")).ok).toBe(true);
    expect(await accept(token, "Another fine password 2")).toEqual({ ok: false, error: "invalid_token" });
    expect(
      (await db.admin.query("SELECT email_verified FROM users WHERE email = 'sam@example.org'")).rows[0]
        .email_verified,
    ).toBe(true);
  });

  it("refuses a link at another school, an expired link, and the old link after a resend", async () => {
    const user = await invite("lee@example.org");
    const first = (await linkSentTo("lee@example.org")).token;
    expect(await lookUpEmailToken(b.tenantId, first, { client: app })).toBeNull();
    expect(await accept(first, PASSWORD, b)).toEqual({ ok: false, error: "invalid_token" });

    await asAdmin((ctx) => resendInvitation(ctx, user.id));
    const second = (await linkSentTo("lee@example.org")).token;
    expect(second).not.toBe(first);
    expect(await accept(first)).toEqual({ ok: false, error: "invalid_token" });

    await db.admin.query(
      "UPDATE user_security SET email_token_expires = now() - interval '1 minute' WHERE user_id = $1",
      [user.id],
    );
    expect(await accept(second)).toEqual({ ok: false, error: "invalid_token" });
  });

  it("resending is refused for another school's user and for an accepted invitation", async () => {
    await expect(asAdmin((ctx) => resendInvitation(ctx, b.ids.user))).rejects.toThrow("was not found");
    const {
      rows: [sam],
    } = await db.admin.query("SELECT id FROM users WHERE email = 'sam@example.org'");
    await expect(asAdmin((ctx) => resendInvitation(ctx, sam.id))).rejects.toThrow("already accepted");
  });

  it("a password reset also settles a pending invitation", async () => {
    await invite("kim@example.org");
    const invitation = (await linkSentTo("kim@example.org")).token;
    await requestPasswordReset({ tenant: schoolOf(a), email: "kim@example.org", request }, { client: app });
    const {
      rows: [mail],
    } = await db.admin.query(
      "SELECT text_body FROM mail_outbox WHERE to_address = 'kim@example.org' AND purpose = 'password_reset'",
    );
    const reset = /\/reset\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
    expect(
      await resetPassword(
        { tenant: schoolOf(a), token: reset, password: PASSWORD, request },
        { client: app },
      ),
    ).toEqual({ ok: true });
    expect(await accept(invitation)).toEqual({ ok: false, error: "invalid_token" });
    expect((await signIn("kim@example.org")).ok).toBe(true);
  });
});

describe("confirming an email address", () => {
  it("marks the address confirmed once, and only with a current link", async () => {
    const user = (
      await db.admin.query('SELECT id, email, first_name AS "firstName" FROM users WHERE id = $1', [
        a.ids.user,
      ])
    ).rows[0];
    await withTenant(a.tenantId, (tx) => issueEmailToken(tx, schoolOf(a), user, "verification"), {
      client: app,
    });
    const { token } = await linkSentTo(user.email);
    expect(await lookUpEmailToken(a.tenantId, token, { client: app })).toMatchObject({
      purpose: "verification",
    });
    // A verification link is not an invitation: it cannot set a password.
    expect(await accept(token)).toEqual({ ok: false, error: "invalid_token" });
    expect(await confirmEmail({ tenant: schoolOf(b), token, request }, { client: app })).toBe(false);
    expect(await confirmEmail({ tenant: schoolOf(a), token, request }, { client: app })).toBe(true);
    expect(await confirmEmail({ tenant: schoolOf(a), token, request }, { client: app })).toBe(false);
    const {
      rows: [row],
    } = await db.admin.query("SELECT email_verified, email_verification_token FROM users WHERE id = $1", [
      a.ids.user,
    ]);
    expect(row).toEqual({ email_verified: true, email_verification_token: null });
    expect(
      (
        await db.admin.query(
          "SELECT count(*)::int AS n FROM audit_logs WHERE action = 'email_verified' AND resource_id = $1",
          [a.ids.user],
        )
      ).rows[0].n,
    ).toBe(1);
  });
});
