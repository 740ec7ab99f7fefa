import { expect, test } from "@playwright/test";
import { hashPassword } from "../../src/server/auth/passwords";
import { expectNoAxeViolations } from "../support/axe";
import { upsertAccount, withDatabase } from "../support/database";
import { schoolUrl, signIn } from "../support/sign-in";

const EMAIL = "step.up@lincoln.demo";
const PASSWORD = "Step up before you change it";

test("changing the password asks for the current one, then signs out everywhere", async ({ page }) => {
  await withDatabase(async (db) =>
    upsertAccount(db, {
      school: "lincoln",
      email: EMAIL,
      role: "teacher",
      passwordHash: await hashPassword(PASSWORD),
    }),
  );
  await signIn(page, "lincoln", EMAIL, PASSWORD);
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.goto(schoolUrl("lincoln", "/account/security"));
  await expect(page.getByRole("navigation", { name: "Staff" })).toBeVisible();
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("Someone who found the screen");
  await form.getByLabel("New password", { exact: true }).fill("A new one of my own choosing");
  await form.getByLabel("Repeat the new password").fill("A new one of my own choosing");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("That is not your current password.")).toBeVisible();
  await expectNoAxeViolations(page);

  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();
  await page.goto(schoolUrl("lincoln", "/dashboard"));
  await expect(page).toHaveURL(schoolUrl("lincoln", "/login"));
  await signIn(page, "lincoln", EMAIL, "A new one of my own choosing");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
});
