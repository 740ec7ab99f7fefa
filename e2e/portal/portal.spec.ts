import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { upsertAccount, withDatabase } from "../support/database";
import { schoolUrl, signIn } from "../support/sign-in";

// The family portal on the demo data: Elena Morales (parent@lincoln.demo) has two children,
// Sofia (who signs in herself as student@lincoln.demo) and Mateo. Tests that change a person's
// language or links use accounts of their own, linked to the same children, so the shared demo
// accounts stay as every other test expects them.
const SECTIONS = ["", "/grades", "/attendance", "/timetable", "/documents"];

let sofia: string;
let mateo: string;
let stranger: string;
let period: string;
let hash: string;

const url = (path: string) => schoolUrl("lincoln", path);

/** A family account of the test's own, linked to both Morales children; returns its email. */
async function ownParent(email: string) {
  await withDatabase(async (db) => {
    const id = await upsertAccount(db, {
      school: "lincoln",
      email,
      role: "parent",
      passwordHash: hash,
      firstName: "Lucía",
      lastName: "Morales",
    });
    await db.query("UPDATE users SET locale = NULL WHERE id = $1", [id]);
    for (const child of [sofia, mateo])
      await db.query(
        "INSERT INTO student_guardians (tenant_id, student_id, user_id) SELECT tenant_id, $1, $2 FROM users WHERE id = $2 ON CONFLICT DO NOTHING",
        [child, id],
      );
  });
  return email;
}

/** A browser of its own, signed in (waiting until the sign-in has landed). */
async function signedIn(browser: Browser, email: string, password?: string, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, "lincoln", email, password);
  await expect(page).not.toHaveURL(/\/login$/);
  return page;
}

async function noSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, page.url()).toBeLessThanOrEqual(widths.client);
}

test.beforeAll(async () => {
  await withDatabase(async (db) => {
    const { rows } = await db.query(
      `SELECT s.id, s.first_name, u.email FROM students s
         JOIN student_guardians g ON g.student_id = s.id JOIN users u ON u.id = g.user_id
        WHERE u.email = 'parent@lincoln.demo' ORDER BY s.first_name`,
    );
    mateo = rows.find((r) => r.first_name === "Mateo").id;
    sofia = rows.find((r) => r.first_name === "Sofia").id;
    const other = await db.query(
      `SELECT s.id FROM students s JOIN tenants t ON t.id = s.tenant_id
        WHERE t.slug = 'lincoln' AND s.id <> ALL($1) AND NOT EXISTS (SELECT 1 FROM student_guardians g WHERE g.student_id = s.id)
        ORDER BY s.student_id LIMIT 1`,
      [[sofia, mateo]],
    );
    stranger = other.rows[0].id;
    const p = await db.query(
      "SELECT gp.id FROM grading_periods gp JOIN tenants t ON t.id = gp.tenant_id WHERE t.slug = 'lincoln' LIMIT 1",
    );
    period = p.rows[0].id;
    hash = (await db.query("SELECT password_hash FROM users WHERE email = 'parent@lincoln.demo'")).rows[0]
      .password_hash;
  });
});

test("a parent switches between two children; each one's classes, scores and absences are the database's", async ({
  page,
}) => {
  await signIn(page, "lincoln", "parent@lincoln.demo");
  await expect(page).toHaveURL(url("/portal"));
  await expect(page.getByRole("heading", { name: "Welcome, Elena Morales." })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /Sofia Morales/ }).click();
  await expect(page.getByTestId("child-name")).toHaveText("Sofia Morales");

  for (const [child, name] of [
    [sofia, "Sofia Morales"],
    [mateo, "Mateo Morales"],
  ] as const) {
    // The switcher keeps the section being read.
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Grades" }).click();
    await expect(page).toHaveURL(/\/grades$/);
    await page.getByRole("navigation", { name: "Children" }).getByRole("link", { name }).click();
    await expect(page).toHaveURL(url(`/portal/${child}/grades`));
    await expect(page.getByTestId("child-name")).toHaveText(name);
    const db = await withDatabase(async (client) => ({
      classes: (
        await client.query(
          "SELECT c.name FROM enrollments e JOIN classes c ON c.id = e.class_id WHERE e.student_id = $1 AND e.status = 'active' ORDER BY c.name",
          [child],
        )
      ).rows.map((r) => r.name),
      absences: (
        await client.query(
          `SELECT count(*)::int AS n FROM attendance a JOIN tenants t ON t.id = a.tenant_id
            WHERE a.student_id = $1 AND a.status <> 'present'
              AND a.attendance_date BETWEEN (now() AT TIME ZONE t.timezone)::date - 30 AND (now() AT TIME ZONE t.timezone)::date - 1`,
          [child],
        )
      ).rows[0].n,
    }));
    const shown = await page.getByTestId("class-grade").locator("span.font-medium").allInnerTexts();
    expect(shown).toEqual(db.classes);
    // One class: each released assignment's score is the stored grade.
    await page.getByTestId("class-grade").first().click();
    const rows = await withDatabase(
      async (client) =>
        (
          await client.query(
            `SELECT a.name, g.points_earned::float AS earned, a.points_possible::float AS possible
             FROM grades g JOIN assignments a ON a.id = g.assignment_id
            WHERE g.student_id = $1 AND a.class_id = (SELECT c.id FROM classes c JOIN enrollments e ON e.class_id = c.id
                  WHERE e.student_id = $1 AND e.status = 'active' ORDER BY c.name LIMIT 1)
              AND a.released_at IS NOT NULL AND g.points_earned IS NOT NULL
              AND a.grading_period_id = (SELECT gp.id FROM grading_periods gp JOIN tenants t ON t.id = gp.tenant_id
                  WHERE gp.tenant_id = a.tenant_id AND (now() AT TIME ZONE t.timezone)::date BETWEEN gp.starts_on AND gp.ends_on
                    AND NOT EXISTS (SELECT 1 FROM grading_periods c WHERE c.parent_id = gp.id) LIMIT 1)`,
            [child],
          )
        ).rows,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows)
      await expect(page.getByTestId("assignment").filter({ hasText: r.name }).first()).toContainText(
        `${r.earned} / ${r.possible}`,
      );
    await page
      .getByRole("navigation", { name: "Sections" })
      .getByRole("link", { name: "Attendance" })
      .click();
    if (db.absences === 0) await expect(page.getByText("None: present every day.")).toBeVisible();
    else
      await expect(
        page
          .locator("section", { has: page.getByRole("heading", { name: /Absences and late arrivals/ }) })
          .getByTestId("mark"),
      ).toHaveCount(db.absences);
  }
});

test("the family's grade is the teacher's running average", async ({ browser }) => {
  const teacher = await signedIn(browser, "teacher@lincoln.demo");
  const classId = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT c.id FROM classes c JOIN enrollments e ON e.class_id = c.id JOIN teachers t ON t.id = c.teacher_id
           JOIN users u ON u.id = t.user_id WHERE e.student_id = $1 AND e.status = 'active' AND u.email = 'teacher@lincoln.demo' LIMIT 1`,
          [sofia],
        )
      ).rows[0].id as string,
  );
  await teacher.goto(url(`/classes/${classId}/gradebook`));
  const average = await teacher
    .getByRole("row")
    .filter({ hasText: "Morales, Sofia" })
    .locator("[data-testid^=student-average-]")
    .innerText();
  const family = await signedIn(browser, "parent@lincoln.demo");
  await family.goto(url(`/portal/${sofia}/grades/${classId}`));
  const figure = await family.getByTestId("grade-figure").first().innerText();
  const [percent] = average.match(/\d+\.\d+/) ?? [];
  expect(percent).toBeTruthy();
  expect(figure).toContain(`${percent} %`);
});

test("the same pages in Spanish: chosen once, kept on the account, <html lang> says so, axe passes in both languages", async ({
  browser,
}) => {
  const email = await ownParent("spanish.parent@lincoln.test");
  const page = await signedIn(browser, email);
  for (const section of SECTIONS) {
    await page.goto(url(`/portal/${sofia}${section}`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectNoAxeViolations(page);
  }
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("link", { name: "Calificaciones" })).toBeVisible();
  for (const section of [...SECTIONS, "/grades/x"]) {
    if (section === "/grades/x") await page.getByRole("link", { name: "Calificaciones" }).click();
    else await page.goto(url(`/portal/${sofia}${section}`));
    if (section === "/grades/x") await page.getByTestId("class-grade").first().click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expectNoAxeViolations(page);
  }
  // A percentage in Spanish has its comma.
  await expect(page.getByTestId("grade-figure").first()).toContainText(/\d+,\d\d %/);
  await page.goto(url("/portal/account"));
  await expect(page.getByRole("heading", { name: "Mi cuenta" })).toBeVisible();
  await expectNoAxeViolations(page);
  // Another browser, signing in afresh: the account remembers.
  const again = await signedIn(browser, email);
  await expect(again.getByRole("heading", { name: /Bienvenido\(a\), Lucía Morales/ })).toBeVisible();
  await expect(again.locator("html")).toHaveAttribute("lang", "es");
  // Before signing in, the choice is the browser's: the sign-in page in Spanish.
  const fresh = await browser.newContext();
  const signInPage = await fresh.newPage();
  await signInPage.goto(url("/login"));
  await signInPage.getByRole("button", { name: "Español" }).click();
  await expect(
    signInPage.getByRole("heading", { name: "Iniciar sesión en Lincoln High School" }),
  ).toBeVisible();
  await expect(signInPage.locator("html")).toHaveAttribute("lang", "es");
  await signInPage.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(signInPage.getByText("Escriba su correo electrónico.")).toBeVisible();
  await expectNoAxeViolations(signInPage);
  await fresh.close();
});

test("on a phone: every portal page fits 390 px without sideways scrolling, and its controls are 44 px tall", async ({
  browser,
}) => {
  const page = await signedIn(browser, "parent@lincoln.demo", undefined, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await noSidewaysScroll(page);
  for (const section of SECTIONS) {
    await page.goto(url(`/portal/${mateo}${section}`));
    await noSidewaysScroll(page);
    const heights = await page
      .locator("main nav a, main button")
      .evaluateAll((els) =>
        els.map((el) => [el.textContent?.trim(), el.getBoundingClientRect().height] as const),
      );
    for (const [label, height] of heights)
      expect(height, `${label} on ${page.url()}`).toBeGreaterThanOrEqual(44);
  }
  await page.goto(url(`/portal/${mateo}/grades`));
  await page.getByTestId("class-grade").first().click();
  await page.getByText("How was this grade calculated?").click();
  await noSidewaysScroll(page);
  await page.goto(url("/portal/account"));
  await noSidewaysScroll(page);
});

test("another family's child, report card or transcript is not found; a student cannot see a sibling; a removed link counts at once", async ({
  browser,
}) => {
  const parent = await signedIn(browser, "parent@lincoln.demo");
  for (const path of [
    `/portal/${stranger}`,
    `/portal/${stranger}/grades`,
    `/portal/${stranger}/attendance`,
    `/portal/${stranger}/timetable`,
    `/portal/${stranger}/documents`,
    `/portal/${stranger}/report-card?period=${period}`,
    `/portal/${stranger}/transcript`,
    `/portal/00000000-0000-4000-8000-000000000000`,
    `/students/${sofia}`,
  ])
    expect((await parent.goto(url(path)))?.status(), path).toBe(404);
  // Her own child's transcript is hers to download.
  const own = await parent.evaluate(async (path) => {
    const response = await fetch(path);
    return [response.status, response.headers.get("content-type")];
  }, `/portal/${sofia}/transcript`);
  expect(own).toEqual([200, "application/pdf"]);

  const student = await signedIn(browser, "student@lincoln.demo");
  await expect(student).toHaveURL(url(`/portal/${sofia}`));
  await expect(student.getByRole("navigation", { name: "Children" })).toHaveCount(0);
  for (const path of [`/portal/${mateo}`, `/portal/${mateo}/grades`, `/portal/${mateo}/transcript`])
    expect((await student.goto(url(path)))?.status(), path).toBe(404);

  const email = await ownParent("unlinked.parent@lincoln.test");
  const removed = await signedIn(browser, email);
  await removed.goto(url(`/portal/${mateo}/grades`));
  await expect(removed.getByTestId("child-name")).toHaveText("Mateo Morales");
  await withDatabase((db) =>
    db.query(
      "DELETE FROM student_guardians WHERE student_id = $1 AND user_id = (SELECT id FROM users WHERE email = $2)",
      [mateo, email],
    ),
  );
  expect((await removed.reload())?.status()).toBe(404);
});

test("the office invites a guardian from the student's page; the guardian sets a password from the mailed link and lands on the child", async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const guardianEmail = `ines.${stamp}@example.org`;
  const child = await withDatabase(async (db) => {
    const { rows } = await db.query(
      `INSERT INTO students (tenant_id, student_id, first_name, last_name, date_of_birth, grade_level, enrollment_date, academic_year,
                             parent_guardian_1_name, parent_guardian_1_email, parent_guardian_1_relationship)
       SELECT id, $1, 'Nico', 'Invited', '2011-05-06', '9', '2026-08-17', '2026-2027', 'Inés Invited', $2, 'Mother'
         FROM tenants WHERE slug = 'lincoln' RETURNING id`,
      [`INV${stamp}`.slice(0, 20), guardianEmail],
    );
    return rows[0].id as string;
  });
  const office = await signedIn(browser, "admin@lincoln.demo");
  await office.goto(url(`/students/${child}?tab=contacts`));
  await expect(office.getByRole("heading", { name: "Family portal access" })).toBeVisible();
  await office.getByRole("button", { name: "Invite Inés Invited" }).click();
  const dialog = office.getByRole("dialog");
  await expect(dialog.getByLabel("Email")).toHaveValue(guardianEmail);
  await expect(dialog.getByLabel("First name")).toHaveValue("Inés");
  // A mistake first: the address cleared.
  await dialog.getByLabel("Email").fill("");
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog.getByText("Enter the guardian's email address.")).toBeVisible();
  await dialog.getByLabel("Email").fill(guardianEmail);
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(
    office.getByRole("status").filter({ hasText: `Invitation sent to ${guardianEmail}` }),
  ).toBeVisible();
  await expect(office.getByTestId("guardian-link")).toContainText("invitation not accepted yet");
  await expectNoAxeViolations(office);
  await office.goto(url("/students/guardians"));
  await expect(office.getByRole("heading", { name: "Invite guardians to the family portal" })).toBeVisible();
  await expectNoAxeViolations(office);

  const link = await withDatabase(async (db) => {
    const { rows } = await db.query(
      "SELECT text_body FROM mail_outbox WHERE to_address = $1 AND purpose = 'invitation' ORDER BY created_at DESC LIMIT 1",
      [guardianEmail],
    );
    return (rows[0].text_body as string).match(/https?:\/\/\S+\/verify\/\S+/)![0];
  });
  const guardian = await (await browser.newContext()).newPage();
  await guardian.goto(link.replace(/^https?:\/\/[^/]+/, url("")));
  await expect(guardian.getByRole("heading", { name: /Welcome to Lincoln High School, Inés/ })).toBeVisible();
  await guardian.getByLabel("New password", { exact: true }).fill("Marigolds by the library window");
  await guardian.getByLabel("Repeat the new password").fill("Marigolds by the library window");
  await guardian.getByRole("button", { name: "Set password" }).click();
  await expect(guardian.getByRole("status")).toContainText("Your password is set");
  await signIn(guardian, "lincoln", guardianEmail, "Marigolds by the library window");
  await expect(guardian).toHaveURL(url(`/portal/${child}`));
  await expect(guardian.getByTestId("child-name")).toHaveText("Nico Invited");
  await expectNoAxeViolations(guardian);
});
