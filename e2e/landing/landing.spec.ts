import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

test("the landing page lists the demo schools read from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("K-12 Student Information System");
  const schools = page.getByRole("list", { name: "Schools" }).getByRole("listitem");
  await expect(schools).toHaveCount(2);
  await expect(schools.nth(0)).toContainText("Lincoln High School");
  await expect(schools.nth(0).getByRole("link")).toHaveAttribute("href", /^http:\/\/lincoln\.localhost:\d+\/$/);
  await expect(schools.nth(1)).toContainText("Roosevelt Middle School");
  await expect(schools.nth(1)).toContainText("Also at portal.roosevelt-ms.test");
  // The platform's own tenant is not a school and is never listed.
  await expect(page.getByText("Platform Operations")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/artifacts/landing.png", fullPage: true });
});
