import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { upsertAccount, upsertSchool, withDatabase } from "../support/database";
import { openSchoolToday, restoreSchoolToday, type Saved } from "../support/school-day";
import { schoolUrl, signIn } from "../support/sign-in";

// A school of its own: class registers there switch its dashboard to per-class attendance, which
// the demo schools' dashboard tests must not see. Its one class of 30 meets every day of the week,
// so the register is open whatever day the suite runs.
const SLUG = "register-academy";
const STUDENTS = 30;
test.describe.configure({ mode: "serial" });

let today: Saved;
let classId: string;
let otherClassId: string;

test.beforeAll(async () => {
  await withDatabase(async (db) => {
    await upsertSchool(db, { slug: SLUG, name: "Register Academy" });
    const {
      rows: [{ id: tenantId, hash }],
    } = await db.query(
      "SELECT t.id, (SELECT password_hash FROM users WHERE email = 'teacher@lincoln.demo') AS hash FROM tenants t WHERE t.slug = $1",
      [SLUG],
    );
    // Fresh records each run: the school's rows go, the school stays.
    for (const table of ["attendance", "attendance_alerts", "enrollments", "classes", "students", "teachers"])
      await db.query(`DELETE FROM ${table} WHERE tenant_id = $1`, [tenantId]);
    const account = (email: string, role: string, firstName: string) =>
      upsertAccount(db, { school: SLUG, email, role, passwordHash: hash, firstName, lastName: "Tester" });
    await account("office@register.test", "admin", "Olive");
    const teachers: string[] = [];
    for (const [n, email] of [
      [1, "teacher@register.test"],
      [2, "other@register.test"],
    ] as const) {
      const userId = await account(email, "teacher", `Teacher${n}`);
      const {
        rows: [t],
      } = await db.query(
        `INSERT INTO teachers (tenant_id, user_id, employee_id, first_name, last_name, email, hire_date)
         VALUES ($1, $2, $3, $4, 'Tester', $5, '2020-08-15') RETURNING id`,
        [tenantId, userId, `RA${n}`, `Teacher${n}`, email],
      );
      teachers.push(t.id);
    }
    const schedule = JSON.stringify({
      days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
      period: "1",
      start: "08:00",
      end: "08:50",
    });
    const cls = async (code: string, teacherId: string) =>
      (
        await db.query(
          `INSERT INTO classes (tenant_id, class_code, name, subject, grade_level, academic_year, start_date, teacher_id, schedule, max_students)
           VALUES ($1, $2, $3, 'Mathematics', '9', '2026-2027', '2026-08-17', $4, $5, 40) RETURNING id`,
          [tenantId, code, `Homeroom ${code}`, teacherId, schedule],
        )
      ).rows[0].id as string;
    classId = await cls("HR1", teachers[0]!);
    otherClassId = await cls("HR2", teachers[1]!);
    for (let i = 0; i < STUDENTS; i++) {
      const {
        rows: [s],
      } = await db.query(
        `INSERT INTO students (tenant_id, student_id, first_name, last_name, date_of_birth, grade_level, enrollment_date, academic_year, parent_guardian_1_email)
         VALUES ($1, $2, $3, $4, '2011-03-04', '9', '2026-08-17', '2026-2027', $5) RETURNING id`,
        [
          tenantId,
          `RA${100 + i}`,
          `Pupil${i}`,
          `Student${String(i).padStart(2, "0")}`,
          `family${i}@example.org`,
        ],
      );
      await db.query(
        "INSERT INTO enrollments (tenant_id, student_id, class_id, enrollment_date) VALUES ($1, $2, $3, '2026-08-17')",
        [tenantId, s.id, classId],
      );
    }
  });
  today = await openSchoolToday(SLUG);
});
test.afterAll(async () => {
  await restoreSchoolToday(today);
  // Its family messages would go out ten minutes later, in the middle of other tests' quiet.
  await withDatabase((db) =>
    db.query("DELETE FROM attendance_alerts WHERE tenant_id = $1", [today.tenantId]),
  );
});

/** The class's marks today, by student number, as stored. */
const marksToday = () =>
  withDatabase(async (db) => {
    const { rows } = await db.query(
      `SELECT s.student_id, a.status FROM attendance a JOIN students s ON s.tenant_id = a.tenant_id AND s.id = a.student_id
        WHERE a.class_id = $1 AND a.attendance_date = $2 ORDER BY s.student_id`,
      [classId, today.today],
    );
    return Object.fromEntries(rows.map((r) => [r.student_id, r.status]));
  });

/** Fetched by the page itself (same origin, its session). */
const fetched = (page: Page, path: string) =>
  page.evaluate(async (url) => {
    const r = await fetch(url);
    return { status: r.status, type: r.headers.get("content-type") ?? "", text: await r.text() };
  }, path);

async function signedIn(page: Page, email: string) {
  await signIn(page, SLUG, email);
  await expect(page).toHaveURL(schoolUrl(SLUG, "/dashboard"));
}

test("a teacher takes a class of 30 with the keyboard in one save; the office sees it at once", async ({
  page,
  browser,
}) => {
  await signedIn(page, "teacher@register.test");
  await page.getByRole("link", { name: "Take attendance" }).click();
  await expect(page.getByRole("heading", { name: "Attendance: Homeroom HR1" })).toBeVisible();
  await expect(page.locator("tbody tr")).toHaveCount(STUDENTS);
  await expectNoAxeViolations(page);

  // Everyone starts present; one key per student, top to bottom (rows are in name order).
  const keys = Array.from({ length: STUDENTS }, (_, i) =>
    i === 2 ? "a" : i === 5 ? "t" : i === 7 ? "e" : i === 9 ? "l" : "p",
  );
  await page.locator('tr[data-row="0"] button[data-status="present"]').focus();
  for (const key of keys) await page.keyboard.press(key);
  await expect(page.locator('tr[data-row="2"]')).toHaveAttribute("data-status", "absent");
  await expect(page.locator('tr[data-row="9"]')).toHaveAttribute("data-status", "late");
  // Arrow keys move between students without changing anyone.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(page.locator('tr[data-row="27"] button[data-status="present"]')).toBeFocused();
  await page.getByRole("button", { name: "Save attendance" }).focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: "Attendance saved for 30 students." }),
  ).toBeVisible();

  const marks = await marksToday();
  expect(Object.keys(marks)).toHaveLength(STUDENTS);
  expect(marks).toMatchObject({
    RA102: "absent",
    RA105: "tardy",
    RA107: "excused",
    RA109: "late",
    RA100: "present",
  });
  expect(Object.values(marks).filter((s) => s === "present")).toHaveLength(STUDENTS - 4);

  // Saved again as it is: nothing changes, and it says so.
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved: nothing had changed." })).toBeVisible();

  // The office's day: the four not in class, the family messages waiting, the register taken.
  const office = await (await browser.newContext()).newPage();
  await signedIn(office, "office@register.test");
  await office.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Attendance" }).click();
  await expect(office.getByRole("heading", { name: "Attendance today" })).toBeVisible();
  const absent = office.getByRole("region", { name: "Absent, tardy or excused" });
  await expect(absent.locator("tbody tr")).toHaveCount(4);
  await expect(absent).toContainText("Student02, Pupil2");
  await expect(absent.getByRole("row", { name: /Student02/ })).toContainText("Message waiting to send");
  await expect(absent.getByRole("row", { name: /Student07/ })).toContainText("No message needed (excused)");
  const notTaken = office.getByRole("region", { name: "Registers not taken" });
  await expect(notTaken).not.toContainText("Homeroom HR1");
  await expect(notTaken).toContainText("Homeroom HR2");
  await expectNoAxeViolations(office);

  // The office excuses the absence; its message is stood down.
  await absent
    .getByRole("row", { name: /Student02/ })
    .getByRole("button", { name: "Excuse" })
    .click();
  const dialog = office.getByRole("dialog");
  await dialog.getByRole("button", { name: "Excuse" }).click();
  await expect(dialog.getByText("Give the reason.")).toBeVisible();
  await dialog.getByLabel("Reason").fill("Doctor's note");
  await dialog.getByRole("button", { name: "Excuse" }).click();
  await expect(office.getByRole("dialog")).toHaveCount(0);
  await expect(absent.getByRole("row", { name: /Student02/ })).toContainText(
    "No message (excused or corrected)",
  );
  expect((await marksToday()).RA102).toBe("excused");
});

test("another teacher's class is not found; the reports, settings and a student's month pass axe", async ({
  page,
  browser,
}) => {
  await signedIn(page, "other@register.test");
  expect((await page.goto(schoolUrl(SLUG, `/classes/${classId}/attendance`)))?.status()).toBe(404);
  expect((await page.goto(schoolUrl(SLUG, `/classes/${otherClassId}/attendance`)))?.status()).toBe(200);
  expect((await page.goto(schoolUrl(SLUG, "/attendance")))?.status()).toBe(404);
  expect((await fetched(page, "/attendance/export?report=chronic")).status).toBe(404);

  const office = await (await browser.newContext()).newPage();
  await signedIn(office, "office@register.test");
  await office.goto(schoolUrl(SLUG, "/attendance/reports"));
  await expect(office.getByRole("heading", { name: "Attendance reports" })).toBeVisible();
  // The downloads hold the page's figures: today's absences, and the class's rate.
  const absences = await fetched(office, `/attendance/export?report=absences&day=${today.today}`);
  expect(absences.type).toContain("text/csv");
  expect(absences.text).toContain("RA105");
  expect(absences.text).not.toContain("RA100");
  const byClass = await fetched(office, "/attendance/export?report=class");
  const rate = await office
    .getByRole("region", { name: "By class" })
    .getByRole("row", { name: /Homeroom HR1/ })
    .getByRole("cell")
    .first()
    .innerText();
  expect(byClass.text).toContain(`HR1 Homeroom HR1,${rate}`);
  await expect(office.getByRole("region", { name: "By class" })).toContainText("Homeroom HR1");
  await expectNoAxeViolations(office);
  await office.goto(schoolUrl(SLUG, "/attendance/settings"));
  await expect(office.getByRole("cell", { name: "Field trip" })).toBeVisible();
  await expectNoAxeViolations(office);
  const studentId = await withDatabase(
    async (db) =>
      (
        await db.query("SELECT id FROM students WHERE student_id = 'RA105' AND tenant_id = $1", [
          today.tenantId,
        ])
      ).rows[0].id as string,
  );
  await office.goto(schoolUrl(SLUG, `/students/${studentId}/attendance`));
  await expect(office.getByRole("heading", { name: "Attendance: Pupil5 Student05" })).toBeVisible();
  await expect(office.locator(`td`).filter({ hasText: /^\s*\d+\s*Tardy\s*$/ })).toHaveCount(1);
  await expectNoAxeViolations(office);
  // A parent's call for tomorrow shows on the teacher's register that day.
  await office.getByRole("button", { name: "Record a reported absence" }).click();
  const dialog = office.getByRole("dialog");
  await dialog.getByLabel("Reason").fill("Family trip");
  await dialog.getByRole("button", { name: "Record it" }).click();
  await expect(office.getByRole("dialog")).toHaveCount(0);
  await expect(office.getByText(/Absent .* \(E\) — Family trip/)).toBeVisible();
});
