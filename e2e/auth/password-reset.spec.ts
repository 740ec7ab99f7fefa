import { expect, test } from "@playwright/test";
import { hashPassword } from "../../src/server/auth/passwords";
import { expectNoAxeViolations } from "../support/axe";
import { withDatabase } from "../support/database";
import { schoolUrl, signIn } from "../support/sign-in";

const EMAIL = "reset.journey@roosevelt.demo";

test.beforeAll(async () => {
  const hash = await hashPassword("Forgotten long ago 1");
  await withDatabase(async (db) => {
    await db.query(
      `INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role)
       SELECT id, $1, $2, 'Reese', 'Journey', 'parent' FROM tenants WHERE slug = 'roosevelt'
       ON CONFLICT (tenant_id, email) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
      [EMAIL, hash],
    );
  });
});

/** The newest reset link mailed to the account (the mail is queued just after the answer). */
async function resetLink(): Promise<string> {
  let body = "";
  await expect
    .poll(async () => {
      body = await withDatabase(
        async (db) =>
          (
            await db.query(
              "SELECT text_body FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1",
              [EMAIL],
            )
          ).rows[0]?.text_body ?? "",
      );
      return body;
    })
    .toContain("/reset/");
  return /(http:\/\/\S+\/reset\/[A-Za-z0-9_-]+)/.exec(body)![1]!;
}

test("a parent who forgot their password gets a link by mail, chooses a new one and signs in", async ({
  page,
}) => {
  await page.goto(schoolUrl("roosevelt", "/login"));
  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  await expect(page).toHaveURL(schoolUrl("roosevelt", "/forgot"));
  await expectNoAxeViolations(page);
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account uses that address");

  const link = await resetLink();
  expect(link.startsWith(schoolUrl("roosevelt", "/reset/"))).toBe(true);
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("password1234");
  await page.getByLabel("Repeat the new password").fill("password1234");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This password is too common")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("New password", { exact: true }).fill("Sunflowers by the gym door");
  await page.getByLabel("Repeat the new password").fill("Sunflowers by the gym door");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password has been changed");

  await signIn(page, "roosevelt", EMAIL, "Sunflowers by the gym door");
  await expect(page).toHaveURL(schoolUrl("roosevelt", "/portal"));

  // The link works once.
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("Another fine passphrase");
  await page.getByLabel("Repeat the new password").fill("Another fine passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "expired or has already been used" })).toBeVisible();
});
