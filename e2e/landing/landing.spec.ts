import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { upsertSchool, withDatabase } from "../support/database";

test.beforeAll(async () => {
  await withDatabase((db) =>
    upsertSchool(db, { slug: "closed-academy", name: "Closed Academy", status: "suspended" }),
  );
});

test("the landing page lists the demo schools read from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("K-12 Student Information System");
  // It promises only what is built: no attendance-taking, gradebook or family portal yet.
  await expect(page.locator("main > p").first()).toContainText("Student, teacher and class records");
  await expect(page.locator("main > p").first()).not.toContainText(/attendance|gradebook|portal/i);
  const schools = page.getByRole("list", { name: "Schools" }).getByRole("listitem");
  // Other tests add schools of their own to this database; the two demo schools are always there.
  const lincoln = schools.filter({ hasText: "Lincoln High School" });
  const roosevelt = schools.filter({ hasText: "Roosevelt Middle School" });
  await expect(lincoln).toHaveCount(1);
  await expect(lincoln.getByRole("link")).toHaveAttribute("href", /^http:\/\/lincoln\.localhost:\d+\/$/);
  await expect(roosevelt).toHaveCount(1);
  await expect(roosevelt).toContainText("Also at portal.roosevelt-ms.test");
  // A suspended school is not advertised.
  await expect(schools.filter({ hasText: "Closed Academy" })).toHaveCount(0);
  // The platform's own tenant is not a school and is never listed.
  await expect(page.getByText("Platform Operations")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/artifacts/landing.png", fullPage: true });
});
