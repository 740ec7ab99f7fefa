import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { withDatabase } from "../support/database";
import { openSchoolToday, restoreSchoolToday } from "../support/school-day";
import { schoolUrl, signIn } from "../support/sign-in";

test("the office marks a snow day and the attendance expected today leaves the dashboard", async ({
  page,
}) => {
  const saved = await openSchoolToday("roosevelt");
  try {
    await signIn(page, "roosevelt", "principal@roosevelt.demo");
    await expect(page).toHaveURL(schoolUrl("roosevelt", "/dashboard"));
    await expect(page.getByRole("heading", { name: "Daily register today" })).toBeVisible();

    await page.goto(schoolUrl("roosevelt", `/school-year/calendar?month=${saved.today.slice(0, 7)}`));
    await expect(page.getByRole("heading", { name: "School calendar" })).toBeVisible();
    await expectNoAxeViolations(page);
    const dayOfMonth = Number(saved.today.slice(8));
    await page.getByRole("button", { name: `Change day ${dayOfMonth}`, exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("What kind of day").selectOption("closure");
    // A reason is required: the field says so and nothing is saved.
    await dialog.getByLabel("Reason").fill("");
    await dialog.getByRole("button", { name: "Save day" }).click();
    await expect(dialog.getByText("Say why (for example “Snow day”).")).toBeVisible();
    await dialog.getByLabel("Reason").fill("Snow day");
    await dialog.getByRole("button", { name: "Save day" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.locator(`td[data-day="${saved.today}"]`)).toContainText("Snow day");

    await page.goto(schoolUrl("roosevelt", "/dashboard"));
    await expect(page.getByRole("heading", { name: "No attendance expected today" })).toBeVisible();
    await expect(page.getByText("The school is closed today: Snow day.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Daily register today" })).toHaveCount(0);

    // Back to a school day, from the same dialog: the register is expected again.
    await page.goto(schoolUrl("roosevelt", `/school-year/calendar?month=${saved.today.slice(0, 7)}`));
    await page.getByRole("button", { name: `Change day ${dayOfMonth}`, exact: true }).click();
    if (await page.getByRole("dialog").getByRole("button", { name: "Make it a normal school day" }).count()) {
      await page.getByRole("dialog").getByRole("button", { name: "Make it a normal school day" }).click();
      await expect(page.getByRole("dialog")).toHaveCount(0);
    }
  } finally {
    await restoreSchoolToday(saved);
  }
});

test("the master schedule shows every class by period and day, and a teacher's filter", async ({ page }) => {
  await signIn(page, "lincoln", "principal@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.goto(schoolUrl("lincoln", "/school-year/master-schedule"));
  await expect(page.getByRole("heading", { name: "Master schedule" })).toBeVisible();
  // The demo timetable has no clashes, and its classes sit in the regular day's periods.
  await expect(page.getByRole("status")).toContainText("No clashes.");
  await expect(page.getByRole("rowheader", { name: /Period 1 · 08:00–08:50/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const teacher = page.getByLabel("Teacher");
  const first = await teacher.locator("option").nth(1).getAttribute("value");
  await teacher.selectOption(first!);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/teacher=/);
  await expect(page.getByRole("status")).toContainText(/\d+ class/);
});

test("the year's pages pass axe, and overlapping grading periods or an unknown class are said on their fields", async ({
  page,
}) => {
  await signIn(page, "lincoln", "admin@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "School year" }).click();
  await expect(page.getByRole("heading", { name: "School year", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByRole("link", { name: /^Edit \d{4}-\d{4}$/ })
    .first()
    .click();
  await expect(page.getByLabel("Code of period 1")).toHaveValue("fall");
  await expectNoAxeViolations(page);
  // Quarter 2 starting inside quarter 1: refused on quarter 2's first day, nothing saved.
  const q1Ends = await page.getByLabel("Last day of period 2").inputValue();
  await page.getByLabel("First day of period 3").fill(q1Ends);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Overlaps Quarter 1.")).toBeVisible();
  await expect(page.getByLabel("First day of period 3")).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(page.getByLabel("First day of period 3")).not.toHaveValue(q1Ends);

  await page.goto(schoolUrl("lincoln", "/school-year/bell-schedules"));
  await expect(page.getByRole("heading", { name: /^Regular day.*the default/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(schoolUrl("lincoln", "/school-year/rollover"));
  await expect(page.getByRole("heading", { name: /Year rollover: \d{4}-\d{4} → \d{4}-\d{4}/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Also enrol continuing students in next year's classes").check();
  await page.getByLabel("Where each class leads next year").fill("NOPE-1 → ENG10-1");
  await page.getByRole("button", { name: "Preview the enrolments" }).click();
  await expect(page.getByText(/NOPE-1 is not a class of \d{4}-\d{4}\./)).toBeVisible();
  await page.getByLabel("Where each class leads next year").fill("");
  await page.getByRole("button", { name: "Preview the enrolments" }).click();
  await expect(page.getByText(/\d+ enrolments will be made/)).toBeVisible();
});

test("a teacher reads the calendar but cannot change it, nor open the year's settings", async ({ page }) => {
  await signIn(page, "lincoln", "teacher@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await expect(
    page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "School year" }),
  ).toHaveCount(0);
  for (const path of [
    "/school-year",
    "/school-year/bell-schedules",
    "/school-year/rollover",
    "/school-year/new",
  ])
    expect((await page.goto(schoolUrl("lincoln", path)))?.status(), path).toBe(404);
  const holiday = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT d.day::text AS day, d.reason FROM calendar_days d JOIN tenants t ON t.id = d.tenant_id
            WHERE t.slug = 'lincoln' AND d.kind = 'holiday' ORDER BY d.day LIMIT 1`,
        )
      ).rows[0] as { day: string; reason: string },
  );
  await page.goto(schoolUrl("lincoln", `/school-year/calendar?month=${holiday.day.slice(0, 7)}`));
  await expect(page.locator(`td[data-day="${holiday.day}"]`)).toContainText(holiday.reason);
  await expect(page.getByRole("button", { name: /^Change day/ })).toHaveCount(0);
});
