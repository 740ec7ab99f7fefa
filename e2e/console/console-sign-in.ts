import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";
import { hashPassword } from "../../src/server/auth/passwords";
import { upsertAccount, withDatabase } from "../support/database";
import { DEMO_PASSWORD, PORT } from "../support/sign-in";

export const consoleUrl = (path = "/") => `http://admin.localhost:${PORT}${path}`;

export async function signInToConsole(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto(consoleUrl("/login"));
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Enrols two-factor on the security page (shown until it is on); returns the backup codes. */
async function enrolTwoFactorCodes(page: Page): Promise<string[]> {
  await expect(page).toHaveURL(consoleUrl("/security"));
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const secret = (await page.getByTestId("totp-key").textContent())!.trim();
  await page.getByLabel("6-digit code from the app").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const codes = page.getByRole("list", { name: "Backup codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  return (await codes.allTextContents()).map((c) => c.trim());
}

/**
 * A super admin of its own (tests run side by side), signed in to the console with two-factor.
 * Returns its unused backup codes (for step-up prompts).
 */
export async function signInAsNewSuperAdmin(page: Page, label: string): Promise<string[]> {
  const email = `${label}-${Date.now().toString(36)}@platform.demo`;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await withDatabase((db) =>
    upsertAccount(db, {
      school: "platform",
      email,
      role: "super_admin",
      passwordHash,
      firstName: "Pat",
      lastName: "Operator",
    }),
  );
  await signInToConsole(page, email);
  const [backup, ...unused] = await enrolTwoFactorCodes(page);
  await signInToConsole(page, email);
  await page.getByLabel(/Code from your authenticator app/).fill(backup!);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(consoleUrl("/tenants"));
  return unused;
}
