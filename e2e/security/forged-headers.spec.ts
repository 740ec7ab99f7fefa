import { expect, test } from "@playwright/test";
import { hashPassword } from "../../src/server/auth/passwords";
import { upsertAccount, withDatabase } from "../support/database";
import { postSignIn, rawRequest } from "../support/raw-http";
import { schoolUrl, signIn } from "../support/sign-in";

const PASSWORD = "Forged headers change nothing";

test("a forged X-Forwarded-For neither dodges the throttle nor reaches the audit log", async () => {
  const email = "forged.address@lincoln.demo";
  await withDatabase(async (db) =>
    upsertAccount(db, {
      school: "lincoln",
      email,
      role: "teacher",
      passwordHash: await hashPassword(PASSWORD),
    }),
  );
  for (let i = 0; i < 5; i++) {
    const attempt = await postSignIn("lincoln.localhost", email, `Wrong guess ${i}`, {
      "x-forwarded-for": `203.0.113.${i + 1}`,
    });
    expect(attempt.error).toBe("CredentialsSignin");
  }
  // A sixth "new address" is the same socket: this address now waits, even with the right password.
  expect(
    (await postSignIn("lincoln.localhost", email, PASSWORD, { "x-forwarded-for": "198.51.100.99" })).error,
  ).toBe("throttled");
  const ips = await withDatabase(async (db) =>
    (
      await db.query(
        "SELECT DISTINCT host(ip_address) AS ip FROM audit_logs WHERE user_email = $1 AND action = 'login_failed'",
        [email],
      )
    ).rows.map((r) => r.ip),
  );
  expect(ips).toEqual(["127.0.0.1"]);
});

test("wrong passwords from an attacker leave the owner's open session working", async ({ page }) => {
  const email = "kept.session@lincoln.demo";
  await withDatabase(async (db) =>
    upsertAccount(db, {
      school: "lincoln",
      email,
      role: "teacher",
      passwordHash: await hashPassword(PASSWORD),
      firstName: "Kim",
      lastName: "Kept",
    }),
  );
  await signIn(page, "lincoln", email, PASSWORD);
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  for (let i = 0; i < 12; i++) await postSignIn("lincoln.localhost", email, `Attacker guess ${i}`);
  await page.goto(schoolUrl("lincoln", "/classes"));
  await expect(page).toHaveURL(schoolUrl("lincoln", "/classes"));
  const locked = await withDatabase(
    async (db) =>
      (await db.query("SELECT locked_until FROM users WHERE email = $1", [email])).rows[0].locked_until,
  );
  expect(locked).toBeNull();
});

test("a forged X-Forwarded-Host does not move the sign-in's redirect to another host", async () => {
  const result = await postSignIn("lincoln.localhost", "admin@lincoln.demo", "Demo-School-2026!", {
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
  });
  expect(result.error).toBeNull();
  expect(result.location).toMatch(/^http:\/\/lincoln\.localhost:\d+\//);
});

test("server-action posts that are too large or malformed get 413 and 400, never 500", async () => {
  const action = {
    "next-action": "0".repeat(42),
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
  };
  expect(
    (
      await rawRequest({
        host: "lincoln.localhost",
        path: "/forgot",
        method: "POST",
        headers: action,
        body: "x".repeat(2 * 1024 * 1024),
      })
    ).status,
  ).toBe(413);
  expect(
    (
      await rawRequest({
        host: "lincoln.localhost",
        path: "/forgot",
        method: "POST",
        headers: { ...action, "next-action": "not-an-id" },
        body: "[]",
      })
    ).status,
  ).toBe(400);
  expect(
    (
      await rawRequest({
        host: "lincoln.localhost",
        path: "/forgot",
        method: "POST",
        headers: { ...action, "content-type": "application/json" },
        body: "[]",
      })
    ).status,
  ).toBe(400);
});

test("a real action refuses a body it cannot read (400) and fields its form does not send (form error, nothing done)", async ({
  page,
}) => {
  await page.goto(schoolUrl("lincoln", "/forgot"));
  let actionId = "";
  await page.route("**/forgot", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    actionId = request.headers()["next-action"]!;
    // The form's own request, with one field more than the form has.
    await route.continue({ postData: request.postData()!.replace('{"email"', '{"role":"admin","email"') });
  });
  await page.getByLabel("Email").fill("nobody.here@lincoln.demo");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "fields the form does not send" })).toBeVisible();
  expect(actionId).toMatch(/^[0-9a-f]{40,}$/);

  const headers = {
    "next-action": actionId,
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
  };
  for (const body of ["[{", "not json at all"]) {
    expect(
      (await rawRequest({ host: "lincoln.localhost", path: "/forgot", method: "POST", headers, body }))
        .status,
      body,
    ).toBe(400);
  }
  // Too large, streamed without a length: Next.js's own limit, answered 413 rather than 500.
  expect(
    (
      await rawRequest({
        host: "lincoln.localhost",
        path: "/forgot",
        method: "POST",
        headers,
        body: `["${"x".repeat(2 * 1024 * 1024)}"]`,
        chunked: true,
      })
    ).status,
  ).toBe(413);
  expect(
    (
      await rawRequest({
        host: "lincoln.localhost",
        path: "/forgot",
        method: "POST",
        headers,
        body: '[{"email":"nobody.here@lincoln.demo"}]',
      })
    ).status,
  ).toBe(200);
});
