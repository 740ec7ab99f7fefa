import { expect, type Page } from "@playwright/test";

export const PORT = process.env.E2E_PORT ?? "3100";
export const DEMO_PASSWORD = "Demo-School-2026!";
export const schoolUrl = (subdomain: string, path = "/") => `http://${subdomain}.localhost:${PORT}${path}`;

export async function signIn(page: Page, subdomain: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(schoolUrl(subdomain, "/login"));
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function expectSignInRefused(page: Page) {
  // (Next.js keeps a second, empty role="alert" element for route announcements.)
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
}
