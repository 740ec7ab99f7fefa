import { expect, test } from "@playwright/test";
import { generate } from "otplib";
import { hashPassword } from "../../src/server/auth/passwords";
import { expectNoAxeViolations } from "../support/axe";
import { withDatabase } from "../support/database";
import { schoolUrl, signIn } from "../support/sign-in";

const EMAIL = "two.factor@lincoln.demo";
const PASSWORD = "Bright kites over the field";
const codeNow = (secret: string) => generate({ secret });

test.beforeAll(async () => {
  const hash = await hashPassword(PASSWORD);
  await withDatabase((db) =>
    db.query(
      `INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role)
     SELECT id, $1, $2, 'Tova', 'Factor', 'teacher' FROM tenants WHERE slug = 'lincoln'
     ON CONFLICT (tenant_id, email) DO UPDATE SET password_hash = EXCLUDED.password_hash, two_factor_enabled = false, two_factor_secret = NULL`,
      [EMAIL, hash],
    ),
  );
});

test("a teacher turns on two-factor sign-in, then needs a fresh code to sign in, and a code works once", async ({
  page,
}) => {
  await signIn(page, "lincoln", EMAIL, PASSWORD);
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.getByRole("link", { name: "Sign-in security" }).click();
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await expectNoAxeViolations(page);
  const secret = (await page.getByTestId("totp-key").textContent())!.trim();

  await page.getByLabel("6-digit code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByText("That code is not valid")).toBeVisible();
  const enrolmentCode = await codeNow(secret);
  await page.getByLabel("6-digit code from the app").fill(enrolmentCode);
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const backupCodes = page.getByRole("list", { name: "Backup codes" }).getByRole("listitem");
  await expect(backupCodes).toHaveCount(10);
  const backupCode = (await backupCodes.first().textContent())!.trim();

  // Turning it on ended this session.
  await page.goto(schoolUrl("lincoln", "/dashboard"));
  await expect(page).toHaveURL(schoolUrl("lincoln", "/login"));

  // The code used for enrolment is refused now, even while it is still within its window…
  await signIn(page, "lincoln", EMAIL, PASSWORD);
  const codeField = page.getByLabel(/Code from your authenticator app/);
  await expect(codeField).toBeVisible();
  await codeField.fill(enrolmentCode);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That code is not valid, or was already used")).toBeVisible();
  // …and a backup code gets in.
  await page.goto(schoolUrl("lincoln", "/login"));
  await signIn(page, "lincoln", EMAIL, PASSWORD);
  await expect(codeField).toBeVisible();
  await codeField.fill(backupCode);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await expect(page.getByRole("heading", { name: "Welcome, Tova Factor" })).toBeVisible();
});
