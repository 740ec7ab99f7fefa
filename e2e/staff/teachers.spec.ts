import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { withDatabase } from "../support/database";
import { openSchoolToday, restoreSchoolToday } from "../support/school-day";
import { schoolUrl, signIn } from "../support/sign-in";

test("an administrator adds a teacher with certifications as tags and a weekly schedule", async ({
  page,
}) => {
  await withDatabase((db) => db.query("DELETE FROM teachers WHERE employee_id = 'E2E-T1'"));
  await signIn(page, "roosevelt", "admin@roosevelt.demo");
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Teachers" }).click();
  await expect(page.getByRole("heading", { name: "Teachers" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Add a teacher" }).click();
  const form = page.getByRole("form", { name: "New teacher" });
  await form.getByRole("button", { name: "Add teacher" }).click();
  await expect(page.getByText("Enter the employee ID.")).toBeVisible();
  await expectNoAxeViolations(page);

  await form.getByLabel("Employee ID").fill("E2E-T1");
  await form.getByLabel("First name").fill("Ada");
  await form.getByLabel("Last name").fill("Lovelace");
  await form.getByLabel("Work email").fill("ada.lovelace@roosevelt.demo");
  await form.getByLabel("Department").fill("Mathematics");
  const certs = form.getByRole("textbox", { name: "Certifications" });
  await certs.fill("Professional Educator License");
  await certs.press("Enter");
  await certs.fill("Mathematics endorsement");
  await certs.press("Enter");
  await expect(form.getByRole("list", { name: "Certifications: 2 chosen" })).toBeVisible();
  await form.getByRole("button", { name: "Remove Professional Educator License" }).click();
  await form.getByLabel("Grade 7").check();
  await form.getByLabel("Saturday", { exact: true }).check();
  await form.getByLabel("Saturday start").fill("10:00");
  await form.getByLabel("Saturday end").fill("09:00");
  await form.getByRole("button", { name: "Add teacher" }).click();
  await expect(page.getByText("The day must end after it starts.")).toBeVisible();
  await form.getByLabel("Saturday end").fill("12:00");
  await form.getByRole("button", { name: "Add teacher" }).click();

  await expect(page.getByRole("heading", { name: "Ada Lovelace" })).toBeVisible();
  await expect(page.getByText("Saturday: 10:00–12:00")).toBeVisible();
  await expect(page.getByText("Mathematics endorsement")).toBeVisible();
  await expect(page.getByText("Professional Educator License")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("teachers and families cannot open the teacher pages", async ({ page }) => {
  await signIn(page, "roosevelt", "teacher@roosevelt.demo");
  await expect(page).toHaveURL(schoolUrl("roosevelt", "/dashboard"));
  await expect(
    page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Teachers" }),
  ).toHaveCount(0);
  expect((await page.goto(schoolUrl("roosevelt", "/teachers")))?.status()).toBe(404);
  expect((await page.goto(schoolUrl("roosevelt", "/teachers/new")))?.status()).toBe(404);
});

test("the principal's and the teacher's dashboards show their figures and pass axe", async ({
  page,
  browser,
}) => {
  // Today's register is expected on a school day: today is made one, whatever day the suite runs.
  const today = await openSchoolToday("lincoln");
  try {
    await dashboards(page, browser);
  } finally {
    await restoreSchoolToday(today);
  }
});

async function dashboards(page: Page, browser: Browser) {
  await signIn(page, "lincoln", "principal@lincoln.demo");
  await expect(page.getByText("Active students", { exact: true })).toBeVisible();
  // The demo school keeps a daily register: the figures beside the rate count the same students.
  const active = await withDatabase(
    async (db) =>
      (
        await db.query(
          "SELECT count(*)::int AS n FROM students s JOIN tenants t ON t.id = s.tenant_id WHERE t.slug = 'lincoln' AND coalesce(s.status, 'active') = 'active'",
        )
      ).rows[0].n as number,
  );
  await expect(page.getByRole("heading", { name: "Daily register today" })).toBeVisible();
  const stat = page.getByRole("definition").filter({ hasText: /students marked$/ });
  const [marked, ofActive] = (await stat.textContent())!.match(/\d+/g)!.map(Number);
  expect(ofActive).toBe(active);
  const register = page.getByRole("region", { name: "Daily register today" });
  await expect(register).toContainText(
    marked === active
      ? `All ${active} students on the roll are marked.`
      : `${active - marked!} of ${active} students on the roll have no mark yet.`,
  );
  await expect(
    page.getByRole("img", { name: /Attendance rate \(share of marks present, tardy or late\)/ }),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: /Attendance rate/ }).getByText("100%")).toBeVisible();
  // The principal's own panel is about teaching; plan limits and accounts are the administrator's.
  await expect(page.getByRole("heading", { name: "Teaching and support" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Accounts and access" })).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("plan allows");
  await expectNoAxeViolations(page);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "lincoln", "admin@lincoln.demo");
  await expect(admin.getByRole("heading", { name: "Accounts and access" })).toBeVisible();
  await expect(admin.locator("main")).toContainText("plan allows");
  await expectNoAxeViolations(admin);
  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, "lincoln", "teacher@lincoln.demo");
  await expect(teacher.getByText("Attendance to take", { exact: true })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "Today's classes" })).toBeVisible();
  await expectNoAxeViolations(teacher);
}

test("a principal adds a class: weights off 100 are warned about, a double-booked room is flagged", async ({
  page,
}) => {
  await withDatabase((db) => db.query("DELETE FROM classes WHERE class_code = 'E2E-ART'"));
  const busy = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT c.room_number, c.schedule, c.academic_year FROM classes c JOIN tenants t ON t.id = c.tenant_id
     WHERE t.slug = 'lincoln' AND c.room_number IS NOT NULL AND c.schedule ? 'start' ORDER BY c.class_code LIMIT 1`,
        )
      ).rows[0],
  );
  await signIn(page, "lincoln", "principal@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Classes" }).click();
  await page.getByRole("link", { name: "Add a class" }).click();
  const form = page.getByRole("form", { name: "New class" });
  await form.getByLabel("Class code").fill("E2E-ART");
  await form.getByLabel("Name").fill("Studio Art");
  await form.getByLabel("Subject").fill("Art");
  await form.getByLabel("Grade level").selectOption("10");
  await form.getByLabel("School year").selectOption(busy.academic_year);
  await form.getByLabel("Room").fill(busy.room_number);
  // Choosing the bell period brings its times.
  await form.getByLabel("Period").selectOption(String(busy.schedule.period));
  await expect(form.getByLabel("Starts at")).toHaveValue(busy.schedule.start);
  await expect(form.getByLabel("Ends at")).toHaveValue(busy.schedule.end);
  await expect(form.getByText("Double-booked at this time:")).toBeVisible();
  await expect(form.getByText(`room ${busy.room_number} already has`)).toBeVisible();
  await form.getByLabel("Weight of category 1 (%)").fill("30");
  await expect(form.getByText("Weights add up to 105 of 100.")).toBeVisible();
  // Weights are relative (the grade calculation renormalises them): a warning, not a refusal.
  await expect(form.getByText("The weights add up to 105, not 100.")).toBeVisible();
  await expectNoAxeViolations(page);
  await form.getByLabel("Weight of category 1 (%)").fill("25");
  await form.getByRole("button", { name: "Add class" }).click();
  await expect(page.getByRole("heading", { name: "Studio Art" })).toBeVisible();
  await expect(page.getByText(`room ${busy.room_number}`)).toBeVisible();
});
