import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { countRows, withDatabase } from "../support/database";
import { rawRequest } from "../support/raw-http";
import { schoolUrl, signIn } from "../support/sign-in";

const STUDENT_ID = "E2E-QUINN";

async function asPrincipal(page: Page) {
  await signIn(page, "lincoln", "principal@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
}
const form = (page: Page) => page.getByRole("form", { name: "New student" });

test("a principal adds a student, enrols them in a class and finds them by search", async ({ page }) => {
  await withDatabase((db) => db.query("DELETE FROM students WHERE student_id = $1", [STUDENT_ID]));
  const target = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT c.id, c.name FROM classes c JOIN tenants t ON t.id = c.tenant_id
     WHERE t.slug = 'lincoln' AND c.current_enrollment < c.max_students ORDER BY c.class_code LIMIT 1`,
        )
      ).rows[0],
  );

  await asPrincipal(page);
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Students" }).click();
  await expect(page.getByRole("heading", { name: "Students", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Add a student" }).click();
  await expectNoAxeViolations(page);

  await form(page).getByRole("button", { name: "Add student" }).click();
  await expect(page.getByText("Enter the student ID.")).toBeVisible();
  await expect(page.getByText("Choose a grade level.")).toBeVisible();
  await expect(form(page).getByLabel("First name")).toHaveAttribute("aria-invalid", "true");

  await form(page).getByLabel("Student ID").fill(STUDENT_ID);
  await form(page).getByLabel("Grade level").selectOption("10");
  await form(page).getByLabel("First name").fill("Quinn");
  await form(page).getByLabel("Last name").fill("Example");
  await form(page).getByLabel("Date of birth").fill("2010-04-12");
  await form(page).getByLabel("ZIP code").fill("627");
  await form(page).getByLabel("Allergies").fill("Penicillin");
  await form(page).getByRole("button", { name: "Add student" }).click();
  await expect(page.getByText("Enter a ZIP code like 62704 or 62704-1234.")).toBeVisible();
  await form(page).getByLabel("ZIP code").fill("62704");
  await form(page).getByRole("button", { name: "Add student" }).click();

  await expect(page.getByRole("heading", { name: "Quinn Example" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Student added." })).toBeFocused();
  await expect(page.getByRole("note", { name: "Health alert" })).toContainText("Allergies: Penicillin");
  await page.getByRole("link", { name: "Medical and special needs" }).click();
  await expect(page.getByText("Penicillin", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(schoolUrl("lincoln", `/classes/${target.id}`));
  await expect(page.getByRole("heading", { name: target.name })).toBeVisible();
  await page.getByLabel("Find students by name or student ID").fill(STUDENT_ID);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("checkbox", { name: /Example, Quinn/ }).check();
  await page.getByRole("button", { name: "Enrol 1 student" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Enrolled 1 student." })).toBeVisible();
  await expect(page.getByRole("table", { name: `Students enrolled in ${target.name}` })).toContainText(
    "Example, Quinn",
  );
  await expectNoAxeViolations(page);
  await page
    .getByRole("row")
    .filter({ hasText: "Example, Quinn" })
    .getByRole("button", { name: "Notes" })
    .click();
  const notes = page.getByRole("dialog", { name: "Notes on Quinn Example's enrolment" });
  await notes.getByLabel("Office notes").fill("Joined mid-term; needs the syllabus");
  await notes.getByRole("button", { name: "Save notes" }).click();
  await expect(notes).toBeHidden();
  await withDatabase(async (db) => {
    const {
      rows: [e],
    } = await db.query(
      "SELECT e.notes FROM enrollments e JOIN students s ON s.id = e.student_id WHERE s.student_id = $1",
      [STUDENT_ID],
    );
    expect(e.notes).toBe("Joined mid-term; needs the syllabus");
  });

  await withDatabase(async (db) => {
    const {
      rows: [c],
    } = await db.query(
      "SELECT current_enrollment, (SELECT count(*)::int FROM enrollments e WHERE e.class_id = c.id AND e.status = 'active') AS active FROM classes c WHERE id = $1",
      [target.id],
    );
    expect(c.current_enrollment).toBe(c.active);
  });

  // Ending the enrolment: a day before the student joined is refused on its own field.
  await page
    .getByRole("row")
    .filter({ hasText: "Example, Quinn" })
    .getByRole("button", { name: "End enrolment" })
    .click();
  const end = page.getByRole("dialog", { name: "End Quinn Example's enrolment?" });
  await end.getByLabel("On").fill("2000-01-03");
  await end.getByRole("button", { name: "End enrolment" }).click();
  await expect(end.getByText("The date must be on or after the day the student joined.")).toBeVisible();
  await expect(end.getByLabel("On")).toHaveAttribute("aria-invalid", "true");
  await end.getByLabel("How").selectOption("withdrawn");
  await end
    .getByLabel("On")
    .fill(
      await withDatabase(
        async (db) =>
          (
            await db.query(
              "SELECT to_char(e.enrollment_date, 'YYYY-MM-DD') AS d FROM enrollments e JOIN students s ON s.id = e.student_id WHERE s.student_id = $1",
              [STUDENT_ID],
            )
          ).rows[0].d,
      ),
    );
  await end.getByRole("button", { name: "End enrolment" }).click();
  await expect(end).toBeHidden();
  await expect(page.getByRole("table", { name: `Students enrolled in ${target.name}` })).not.toContainText(
    "Example, Quinn",
  );

  await page.goto(schoolUrl("lincoln", "/students"));
  await page.getByLabel("Search by name, student ID, guardian or phone").fill("quinn exam");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=quinn\+exam/);
  const row = page.getByRole("row").filter({ hasText: STUDENT_ID });
  await expect(row).toContainText("Example, Quinn");
  await expectNoAxeViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await (
    await download
  )
    .path()
    .then((p) => import("node:fs").then((fs) => fs.readFileSync(p, "utf8")));
  expect(csv).toContain(`${STUDENT_ID},"Example, Quinn",10,active`);
  expect(csv.split("\r\n").filter(Boolean)).toHaveLength(2);
});

test("the student list sorts and hides columns, kept in the address", async ({ page }) => {
  await asPrincipal(page);
  await page.goto(schoolUrl("lincoln", "/students"));
  await page.getByRole("button", { name: /Student ID/ }).click();
  await expect(page).toHaveURL(/sort=studentId\.asc/);
  await expect(page.getByRole("columnheader", { name: /Student ID/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await page.getByText("Columns", { exact: true }).click();
  await page.getByRole("checkbox", { name: "Guardian phone" }).uncheck();
  await expect(page).toHaveURL(/hide=guardianPhone/);
  await page.reload();
  await expect(page.getByRole("columnheader", { name: "Guardian phone" })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: /Student ID/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
});

test("the student list shows the roll by default, grades in school order, any page size, and finds guardians", async ({
  page,
}) => {
  const activeSql = `SELECT s.grade_level, count(*)::int AS n FROM students s JOIN tenants t ON t.id = s.tenant_id
     WHERE t.slug = 'lincoln' AND coalesce(s.status, 'active') = 'active' GROUP BY 1`;
  const demo = await withDatabase(async (db) => {
    const { rows } = await db.query(activeSql);
    const {
      rows: [guardian],
    } = await db.query(
      `SELECT s.student_id, s.parent_guardian_1_name AS name, s.parent_guardian_1_phone AS phone FROM students s JOIN tenants t ON t.id = s.tenant_id
       WHERE t.slug = 'lincoln' AND s.parent_guardian_1_name IS NOT NULL AND s.parent_guardian_1_phone IS NOT NULL AND coalesce(s.status, 'active') = 'active' ORDER BY s.student_id LIMIT 1`,
    );
    return { grades: rows as { grade_level: string; n: number }[], guardian };
  });
  const order = ["PK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"];
  const grades = demo.grades.map((g) => g.grade_level).sort((x, y) => order.indexOf(x) - order.indexOf(y));
  const activeNow = () =>
    withDatabase(async (db) => (await db.query(activeSql)).rows.reduce((sum, g) => sum + g.n, 0) as number);
  const total = async () =>
    Number(
      (await page
        .getByRole("navigation", { name: "Pages" })
        .getByText(/students · page/)
        .textContent())!.split(" ")[0],
    );

  await asPrincipal(page);
  await page.goto(schoolUrl("lincoln", "/students"));
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("active");
  // Other tests may add a student meanwhile: the list and the database agree when read together.
  await expect(async () => {
    await page.reload();
    expect(await total()).toBe(await activeNow());
  }).toPass();
  const active = await total();
  expect(active).toBeGreaterThan(100);
  await expect(page.getByText(`page 1 of ${Math.ceil(active / 25)}`)).toBeVisible();
  // The grade filter offers the school's own grades, in school order.
  const offered = await page.getByRole("combobox", { name: "Grade" }).locator("option").allTextContents();
  expect(offered).toEqual([
    "All grades",
    ...grades.map((g) => (g === "K" ? "Kindergarten" : g === "PK" ? "Pre-K" : `Grade ${g}`)),
  ]);

  // Every column it shows sorts.
  const table = page.getByRole("table", { name: "Students" });
  const headers = table.getByRole("columnheader");
  for (let i = 0; i < (await headers.count()); i++)
    await expect(headers.nth(i).getByRole("button")).toHaveCount(1);
  await page.getByRole("button", { name: /^Grade/ }).click();
  await expect(page).toHaveURL(/sort=gradeLevel\.asc/);
  const gradeCells = () => table.locator("tbody tr td:nth-child(3)").allTextContents();
  expect((await gradeCells())[0]).toBe(offered[1]);
  await page.getByRole("button", { name: /^Grade/ }).click();
  await expect(page).toHaveURL(/sort=gradeLevel\.desc/);
  await expect(table.locator("tbody tr td:nth-child(3)").first()).toHaveText(offered.at(-1)!);

  await page.getByLabel("Rows per page").selectOption("50");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/size=50/);
  await expect(table.locator("tbody tr")).toHaveCount(Math.min(50, active));
  await page.getByLabel("Go to page").fill("2");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText(`page 2 of ${Math.ceil((await total()) / 50)}`)).toBeVisible();
  await expect(page).toHaveURL(/sort=gradeLevel\.desc/);
  await expectNoAxeViolations(page);

  await page.getByLabel("Search by name, student ID, guardian or phone").fill(demo.guardian.name);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(table.getByRole("row").filter({ hasText: demo.guardian.student_id })).toHaveCount(1);
  await page
    .getByLabel("Search by name, student ID, guardian or phone")
    .fill(demo.guardian.phone.replace(/\D/g, ""));
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(table.getByRole("row").filter({ hasText: demo.guardian.student_id })).toHaveCount(1);

  await page.getByRole("combobox", { name: "Status" }).selectOption("all");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=all/);
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("all");
});

test("the student form puts an impossible date on its field, and confirms a save where focus lands", async ({
  page,
}) => {
  const student = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT s.id, s.grade_level FROM students s JOIN tenants t ON t.id = s.tenant_id WHERE t.slug = 'lincoln' AND s.grade_level = '9' ORDER BY s.student_id LIMIT 1`,
        )
      ).rows[0],
  );
  await asPrincipal(page);
  await page.goto(schoolUrl("lincoln", `/students/${student.id}/edit`));
  const edit = page.getByRole("form", { name: "Edit student" });
  const born = edit.getByLabel("Date of birth");
  // The form's values arrive when it hydrates (react-hook-form sets them at registration).
  await expect(born).not.toHaveValue("");
  const original = await born.inputValue();
  await born.fill("2099-01-01");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText("The date of birth is in the future.")).toBeVisible();
  await expect(born).toBeFocused();
  await expect(born).toHaveAttribute("aria-invalid", "true");
  await born.fill("2025-06-01");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText(/Grade 9 students are usually about 14/)).toBeVisible();
  await born.fill(original);
  await edit.getByRole("button", { name: "Save changes" }).click();
  const saved = page.getByRole("status").filter({ hasText: "Changes saved." });
  await expect(saved).toBeFocused();
  await expect(page).toHaveURL(schoolUrl("lincoln", `/students/${student.id}`));
  await expectNoAxeViolations(page);
});

test("a teacher sees only their own classes and their students, read-only", async ({ page }) => {
  const mine = await withDatabase(async (db) => {
    const { rows } = await db.query(
      `SELECT c.class_code FROM classes c JOIN teachers t ON t.id IN (c.teacher_id, c.co_teacher_id) JOIN users u ON u.id = t.user_id
       WHERE u.email = 'teacher@lincoln.demo' ORDER BY c.class_code`,
    );
    return rows.map((r) => r.class_code as string);
  });
  expect(mine.length).toBeGreaterThan(0);
  const foreign = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT c.id FROM classes c JOIN tenants tn ON tn.id = c.tenant_id
     WHERE tn.slug = 'lincoln' AND NOT EXISTS (SELECT 1 FROM teachers t JOIN users u ON u.id = t.user_id
       WHERE t.id IN (c.teacher_id, c.co_teacher_id) AND u.email = 'teacher@lincoln.demo') LIMIT 1`,
        )
      ).rows[0].id,
  );
  const strangerStudent = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT s.id FROM students s JOIN tenants tn ON tn.id = s.tenant_id WHERE tn.slug = 'lincoln' AND NOT EXISTS (
       SELECT 1 FROM enrollments e JOIN classes c ON c.id = e.class_id JOIN teachers t ON t.id IN (c.teacher_id, c.co_teacher_id)
       JOIN users u ON u.id = t.user_id WHERE e.student_id = s.id AND e.status = 'active' AND u.email = 'teacher@lincoln.demo') LIMIT 1`,
        )
      ).rows[0].id,
  );

  await signIn(page, "lincoln", "teacher@lincoln.demo");
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Classes" }).click();
  await expect(page.getByRole("heading", { name: "My classes" })).toBeVisible();
  const codes = await page
    .getByRole("table", { name: "Classes" })
    .getByRole("row")
    .locator("td:nth-child(2)")
    .allTextContents();
  expect(codes).toEqual(mine.slice(0, 25));
  await expectNoAxeViolations(page);
  expect((await page.goto(schoolUrl("lincoln", `/classes/${foreign}`)))?.status()).toBe(404);
  expect((await page.goto(schoolUrl("lincoln", `/students/${strangerStudent}`)))?.status()).toBe(404);
  expect((await page.goto(schoolUrl("lincoln", "/students/new")))?.status()).toBe(404);

  await page.goto(schoolUrl("lincoln", "/students"));
  await expect(page.getByRole("link", { name: "Add a student" })).toHaveCount(0);
  const first = page.getByRole("table", { name: "Students" }).getByRole("link").first();
  await first.click();
  await expect(page.getByRole("link", { name: "Medical and special needs" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Change status" })).toHaveCount(0);
});

test("student actions refuse a teacher's session and another school's ids; families see no staff pages", async ({
  page,
  browser,
}) => {
  const theirs = await withDatabase(
    async (db) =>
      (
        await db.query(
          "SELECT s.id FROM students s JOIN tenants t ON t.id = s.tenant_id WHERE t.slug = 'roosevelt' ORDER BY s.student_id LIMIT 1",
        )
      ).rows[0].id,
  );
  const ours = await withDatabase(
    async (db) =>
      (
        await db.query(
          "SELECT s.id FROM students s JOIN tenants t ON t.id = s.tenant_id WHERE t.slug = 'lincoln' AND s.status = 'active' ORDER BY s.student_id DESC LIMIT 1",
        )
      ).rows[0].id,
  );
  const before = await withDatabase((db) => countRows(db, "SELECT 1 FROM student_status_changes"));

  await asPrincipal(page);
  await page.goto(schoolUrl("lincoln", `/students/${ours}`));
  await page.route("**/students/**", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    await route.continue({ postData: request.postData()!.replaceAll(ours, theirs) });
  });
  await page.getByRole("button", { name: "Change status" }).click();
  await page.getByLabel("New status").selectOption("withdrawn");
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByRole("dialog").getByRole("alert")).toHaveText(
    "This student was not found. It may have been removed.",
  );
  await page.unroute("**/students/**");

  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, "lincoln", "teacher@lincoln.demo");
  await expect(teacher).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  const cookie = (await teacher.context().cookies(schoolUrl("lincoln"))).find((c) =>
    c.name.includes("session-token"),
  )!;
  await page.context().addCookies([cookie]);
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByRole("dialog").getByRole("alert")).toHaveText(
    "Your account is not allowed to do this.",
  );
  expect(await withDatabase((db) => countRows(db, "SELECT 1 FROM student_status_changes"))).toBe(before);

  const parent = await (await browser.newContext()).newPage();
  await signIn(parent, "lincoln", "parent@lincoln.demo");
  await expect(parent).toHaveURL(schoolUrl("lincoln", "/portal"));
  for (const path of ["/students", "/classes", "/users", `/students/${ours}`, "/students/export.csv"]) {
    expect((await parent.goto(schoolUrl("lincoln", path)))?.status(), path).toBe(404);
  }
});

test("every edit page of the office is labelled and passes axe", async ({ page }) => {
  const ids = await withDatabase(async (db) => {
    const one = async (sql: string) => (await db.query(sql)).rows[0].id as string;
    return {
      student: await one(
        "SELECT s.id FROM students s JOIN tenants t ON t.id = s.tenant_id WHERE t.slug = 'lincoln' ORDER BY s.student_id LIMIT 1",
      ),
      teacher: await one(
        "SELECT x.id FROM teachers x JOIN tenants t ON t.id = x.tenant_id WHERE t.slug = 'lincoln' ORDER BY x.employee_id LIMIT 1",
      ),
      cls: await one(
        "SELECT c.id FROM classes c JOIN tenants t ON t.id = c.tenant_id WHERE t.slug = 'lincoln' ORDER BY c.class_code LIMIT 1",
      ),
    };
  });
  await signIn(page, "lincoln", "admin@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  for (const [path, heading] of [
    [`/students/${ids.student}/edit`, /^Edit /],
    [`/teachers/${ids.teacher}/edit`, /^Edit /],
    [`/classes/${ids.cls}/edit`, /^Edit /],
    [`/teachers/${ids.teacher}`, /.+/],
    ["/classes", /^Classes$/],
    [`/students/${ids.student}?tab=contacts`, /.+/],
    [`/students/${ids.student}?tab=attendance`, /.+/],
    [`/students/${ids.student}?tab=reportCards`, /.+/],
  ] as const) {
    await page.goto(schoolUrl("lincoln", path));
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("a student's report cards and GPA are a tab of the profile, not read on its overview", async ({
  page,
}) => {
  const student = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT s.id FROM students s JOIN tenants t ON t.id = s.tenant_id
            WHERE t.slug = 'lincoln' ORDER BY s.student_id LIMIT 1`,
        )
      ).rows[0].id as string,
  );
  await signIn(page, "lincoln", "principal@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.goto(schoolUrl("lincoln", `/students/${student}`));
  await expect(page.getByText("Legal name")).toBeVisible();
  await expect(page.getByTestId("cumulative-gpa")).toHaveCount(0);
  await page.getByRole("link", { name: "Report cards", exact: true }).click();
  await expect(page).toHaveURL(schoolUrl("lincoln", `/students/${student}?tab=reportCards`));
  await expect(page.getByRole("heading", { name: "Report cards and transcript" })).toBeVisible();
  await expect(page.getByTestId("cumulative-gpa")).toContainText("GPA");
});

test("a record's edit form arrives from the server filled in, before any script runs", async ({ page }) => {
  const student = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT s.id, s.first_name, s.academic_year FROM students s JOIN tenants t ON t.id = s.tenant_id
            WHERE t.slug = 'lincoln' ORDER BY s.student_id LIMIT 1`,
        )
      ).rows[0] as { id: string; first_name: string; academic_year: string },
  );
  await signIn(page, "lincoln", "principal@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  // The page's HTML as the server sends it (the signed-in context's cookies, no browser script).
  const cookie = (await page.context().cookies())
    .filter((c) => c.domain.includes("lincoln"))
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");
  const { status, body: html } = await rawRequest({
    host: "lincoln.localhost",
    path: `/students/${student.id}/edit`,
    headers: { cookie },
  });
  expect(status).toBe(200);
  const input = (id: string) => html.match(new RegExp(`<input[^>]*id="${id}"[^>]*>`))?.[0] ?? "";
  expect(input("student-firstName")).toContain(`value="${student.first_name}"`);
  expect(html).toMatch(new RegExp(`<option value="${student.academic_year}" selected="">`));
});
