import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectSignInRefused, schoolUrl, signIn } from "../support/sign-in";

const HOMES = [
  ["admin", "/dashboard", "Welcome, Dana Whitfield"],
  ["principal", "/dashboard", "Welcome, Marcus Ellison"],
  ["teacher", "/dashboard", "Welcome, Priya Raman"],
  ["parent", "/portal", "Welcome, Elena Morales"],
  // A student's portal opens straight on their own page.
  ["student", /\/portal\/[0-9a-f-]{36}$/, "Sofia Morales"],
] as const;

for (const school of ["lincoln", "roosevelt"] as const) {
  for (const [role, home, name] of HOMES) {
    test(`${role} signs in at ${school} and lands on their home`, async ({ page }) => {
      await signIn(page, school, `${role}@${school}.demo`);
      await expect(page).toHaveURL(typeof home === "string" ? schoolUrl(school, home) : home);
      await expect(page.locator("main").getByText(name).first()).toBeVisible();
    });
  }
}

test("the sign-in page is branded, labelled and accessible, with field errors", async ({ page }) => {
  await page.goto(schoolUrl("lincoln", "/login"));
  await expect(page.getByRole("heading", { name: "Sign in to Lincoln High School" })).toBeVisible();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});

test("a wrong password and an unknown email get the same answer", async ({ page }) => {
  await signIn(page, "roosevelt", "principal@roosevelt.demo", "Not the password at all");
  await expectSignInRefused(page);
  await signIn(page, "roosevelt", "nobody@roosevelt.demo");
  await expectSignInRefused(page);
});

test("another school's valid credentials do not sign in", async ({ page }) => {
  await signIn(page, "roosevelt", "admin@lincoln.demo");
  await expectSignInRefused(page);
});

test("a session made at one school is refused at the other, even with the cookie copied over", async ({
  page,
  context,
}) => {
  await signIn(page, "lincoln", "admin@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  const session = (await context.cookies(schoolUrl("lincoln"))).find((c) => c.name.includes("session-token"));
  expect(session).toBeDefined();
  await context.addCookies([{ ...session!, domain: "roosevelt.localhost" }]);
  await page.goto(schoolUrl("roosevelt", "/dashboard"));
  await expect(page).toHaveURL(schoolUrl("roosevelt", "/login"));
  await expect(page.locator("main").getByText("Welcome, Dana Whitfield")).toHaveCount(0);
});

test("staff and family pages are closed to the other audience and to strangers", async ({ page }) => {
  await page.goto(schoolUrl("lincoln", "/dashboard"));
  await expect(page).toHaveURL(schoolUrl("lincoln", "/login"));
  await signIn(page, "lincoln", "parent@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/portal"));
  const response = await page.goto(schoolUrl("lincoln", "/dashboard"));
  expect(response?.status()).toBe(404);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "lincoln", "teacher@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(schoolUrl("lincoln", "/login"));
  await page.goto(schoolUrl("lincoln", "/dashboard"));
  await expect(page).toHaveURL(schoolUrl("lincoln", "/login"));
});
