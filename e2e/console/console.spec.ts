import { expect, test } from "@playwright/test";
import { generate } from "otplib";
import { expectNoAxeViolations } from "../support/axe";
import { hashPassword } from "../../src/server/auth/passwords";
import { upsertAccount, upsertSchool, withDatabase } from "../support/database";
import { rawRequest } from "../support/raw-http";
import { schoolUrl, signIn } from "../support/sign-in";
import { consoleUrl, signInToConsole } from "./console-sign-in";

test("a super admin sets up two-factor, sees every school with its usage, and suspends one: sign-in refused, live session ended", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const passwordHash = await hashPassword("Closing time for a school");
  await withDatabase(async (db) => {
    await upsertSchool(db, { slug: "hillcrest", name: "Hillcrest Academy" });
    await upsertAccount(db, {
      school: "hillcrest",
      email: "office@hillcrest.demo",
      role: "admin",
      passwordHash,
      firstName: "Hal",
      lastName: "Crest",
    });
  });
  const school = await (await browser.newContext()).newPage();
  await signIn(school, "hillcrest", "office@hillcrest.demo", "Closing time for a school");
  await expect(school).toHaveURL(schoolUrl("hillcrest", "/dashboard"));

  await withDatabase((db) =>
    db.query(
      "UPDATE users SET two_factor_enabled = false, two_factor_secret = NULL WHERE email = 'superadmin@platform.demo'",
    ),
  );
  await signInToConsole(page, "superadmin@platform.demo");
  await expect(page).toHaveURL(consoleUrl("/security"));
  await expect(page.getByRole("heading", { name: "Sign in to the platform console" })).toHaveCount(0);
  await page.goto(consoleUrl("/tenants"));
  await expect(page).toHaveURL(consoleUrl("/security"));
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const secret = (await page.getByTestId("totp-key").textContent())!.trim();
  await expectNoAxeViolations(page);
  await page.getByLabel("6-digit code from the app").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const backup = (await page
    .getByRole("list", { name: "Backup codes" })
    .getByRole("listitem")
    .first()
    .textContent())!.trim();

  // Turning it on ended the session; the next sign-in asks for a code (a backup code here).
  await signInToConsole(page, "superadmin@platform.demo");
  await page.getByLabel(/Code from your authenticator app/).fill(backup);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(consoleUrl("/tenants"));
  const lincoln = page.getByRole("row").filter({ hasText: "Lincoln High School" });
  await expect(lincoln).toContainText(/\d+ \/ \d+/);
  await expect(page.getByRole("row").filter({ hasText: "Roosevelt" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Platform Operations" })).toHaveCount(0);
  await page.getByLabel("Search by name, slug or domain").fill("roosevelt");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(lincoln).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel("Search by name, slug or domain").fill("hillcrest");
  await page.getByRole("button", { name: "Apply" }).click();
  // Each of the server's workers (WEB_CONCURRENCY=2) has the school cached as open, on its own
  // connections; the suspension reaches all of them, not only the one that ran the action.
  const eachWorker = () =>
    Promise.all(
      Array.from({ length: 8 }, () =>
        rawRequest({ host: "hillcrest.localhost", path: "/login", headers: { connection: "close" } }).then(
          (r) => r.status,
        ),
      ),
    );
  expect(await eachWorker()).toEqual(Array(8).fill(200));
  const row = page.getByRole("row").filter({ hasText: "Hillcrest Academy" });
  await row.getByRole("button", { name: "Suspend" }).click();
  await page
    .getByRole("dialog", { name: "Suspend Hillcrest Academy?" })
    .getByRole("button", { name: "Suspend" })
    .click();
  const status = row.getByRole("cell").nth(3);
  await expect(status).toHaveText("Suspended");
  await expect.poll(eachWorker, { timeout: 1_000, intervals: [100] }).toEqual(Array(8).fill(503));
  await school.reload();
  await expect(school.getByText("Welcome, Hal Crest")).toHaveCount(0);
  await expect(school.locator("main")).toContainText(/suspended/i);
  await school.goto(schoolUrl("hillcrest", "/login"));
  await expect(school.locator("main")).toContainText(/suspended/i);
  await expect(school.getByLabel("Email")).toHaveCount(0);
  expect(
    await withDatabase(
      async (db) =>
        (
          await db.query(
            "SELECT count(*)::int AS n FROM audit_logs WHERE action = 'tenant_suspended' AND tenant_id IS NULL",
          )
        ).rows[0].n,
    ),
  ).toBeGreaterThan(0);

  await row.getByRole("button", { name: "Reactivate" }).click();
  await page
    .getByRole("dialog", { name: "Reactivate Hillcrest Academy?" })
    .getByRole("button", { name: "Reactivate" })
    .click();
  await expect(status).toHaveText("Active");
  await signIn(school, "hillcrest", "office@hillcrest.demo", "Closing time for a school");
  await expect(school).toHaveURL(schoolUrl("hillcrest", "/dashboard"));
});

test("school accounts and school sessions cannot reach the console", async ({ page, context }) => {
  await signInToConsole(page, "admin@lincoln.demo");
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible();
  await expect(page).toHaveURL(consoleUrl("/login"));

  await signIn(page, "lincoln", "admin@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  const session = (await context.cookies(schoolUrl("lincoln"))).find((c) =>
    c.name.includes("session-token"),
  )!;
  await context.addCookies([{ ...session, domain: "admin.localhost" }]);
  await page.goto(consoleUrl("/tenants"));
  await expect(page).toHaveURL(consoleUrl("/login"));
  expect((await page.goto(schoolUrl("lincoln", "/console/tenants")))?.status()).toBe(404);
});
