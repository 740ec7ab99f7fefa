import { expect, test, type Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expectNoAxeViolations } from "../support/axe";
import { withDatabase } from "../support/database";
import { schoolUrl, signIn } from "../support/sign-in";

// The gradebook's tests share one class: one at a time, so no test's scores land in another's figures.
test.describe.configure({ mode: "serial" });

/** Fetched by the page itself (same origin, its session): status, type and body. */
async function download(page: Page, path: string) {
  return page.evaluate(async (url) => {
    const r = await fetch(url);
    return {
      status: r.status,
      type: r.headers.get("content-type"),
      bytes: Array.from(new Uint8Array(await r.arrayBuffer())),
    };
  }, path);
}

/** The demo teacher's first class of the current year, and its students in the gradebook's order. */
async function teachersClass() {
  return withDatabase(async (db) => {
    const {
      rows: [cls],
    } = await db.query(
      `SELECT c.id, c.name FROM classes c
         JOIN teachers t ON t.tenant_id = c.tenant_id AND t.id = c.teacher_id
         JOIN users u ON u.tenant_id = t.tenant_id AND u.id = t.user_id
         JOIN school_years y ON y.tenant_id = c.tenant_id AND y.name = c.academic_year AND y.is_current
        WHERE u.email = 'teacher@lincoln.demo'
        ORDER BY c.class_code LIMIT 1`,
    );
    const { rows: other } = await db.query(
      `SELECT c.id FROM classes c JOIN tenants s ON s.id = c.tenant_id AND s.subdomain = 'lincoln'
        WHERE c.teacher_id IS DISTINCT FROM (SELECT teacher_id FROM classes WHERE id = $1)
          AND c.co_teacher_id IS DISTINCT FROM (SELECT teacher_id FROM classes WHERE id = $1) LIMIT 1`,
      [cls.id],
    );
    return { id: cls.id as string, name: cls.name as string, otherClass: other[0].id as string };
  });
}

async function newAssignment(page: Page, classId: string, name: string, points: string) {
  await page.goto(schoolUrl("lincoln", `/classes/${classId}/gradebook`));
  await page.getByRole("link", { name: "New assignment" }).click();
  await expect(page.getByRole("heading", { name: "New assignment" })).toBeVisible();
  // A mistake first: no name and no points.
  await page.getByLabel("Points possible").fill("");
  await page.getByRole("button", { name: "Add assignment" }).click();
  await expect(page.getByText("Give the assignment a name.")).toBeVisible();
  await expect(page.getByText("Enter the points possible, such as 10 or 12.5.")).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Kind of work").selectOption("quiz");
  await page.getByLabel("Category").selectOption("Quizzes");
  await page.getByLabel("Points possible").fill(points);
  await page.getByRole("button", { name: "Add assignment" }).click();
  await expect(page.getByText("Assignment added.")).toBeVisible();
}

const column = (page: Page, name: string) =>
  page
    .locator("thead th")
    .filter({ hasText: name })
    .evaluate((th) => Array.from(th.parentElement!.children).indexOf(th) - 2);

test("a teacher enters a column with the keyboard only, pastes another, and the averages follow", async ({
  page,
}) => {
  const cls = await teachersClass();
  const stamp = Date.now().toString(36);
  await signIn(page, "lincoln", "teacher@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await newAssignment(page, cls.id, `Keyboard quiz ${stamp}`, "20");
  await expect(page.getByRole("grid", { name: "Grades" })).toBeVisible();
  await expectNoAxeViolations(page);

  const col = await column(page, `Keyboard quiz ${stamp}`);
  // Into the first cell of the new column by keyboard: the grid's first cell, then End (the newest column is last).
  await page.locator('[data-row="0"][data-col="0"]').focus();
  for (let i = 0; i < col; i++) await page.keyboard.press("ArrowRight");
  expect(col).toBe(await page.evaluate(() => Number(document.activeElement?.getAttribute("data-col"))));
  const typed = ["17.9", "20", "m", "e", "15L", "12"];
  for (const value of typed) {
    await page.keyboard.type(value);
    await page.keyboard.press("Enter");
  }
  // Escape cancels an entry: the seventh cell stays as it was.
  await page.keyboard.type("3");
  await page.keyboard.press("Escape");
  await expect(page.locator(`[data-row="6"][data-col="${col}"]`)).toHaveAttribute("aria-label", /: empty$/);
  // Every cell saved (✓), none failed.
  for (let row = 0; row < typed.length; row++)
    await expect(page.locator(`[data-row="${row}"][data-col="${col}"] [data-state]`)).toHaveAttribute(
      "data-state",
      "saved",
    );
  await expect(page.locator(`[data-row="0"][data-col="${col}"]`)).toHaveAttribute("aria-label", /: 17\.9$/);
  await expect(page.locator(`[data-row="2"][data-col="${col}"]`)).toHaveAttribute("aria-label", /: M$/);
  await expect(page.locator(`[data-row="4"][data-col="${col}"]`)).toHaveAttribute("aria-label", /: 15 L$/);
  // 17.9 + 20 + 0 (missing) + 15 + 12 of 5 × 20 (the excused one out): exactly 64.90.
  await expect(page.getByTestId(`column-average-${col}`)).toHaveText("class average 64.90");
  // The first student's average now counts the new score, as the breakdown beside it says.
  await page.locator(`[data-row="0"][data-col="${col}"]`).click();
  await page.getByText("Each assignment").click();
  await expect(page.getByText(`Keyboard quiz ${stamp}: 17.90 of 20.00`)).toBeVisible();

  // What the page shows is what was stored, and the reload shows the same average.
  const stored = await withDatabase(async (db) => {
    const { rows } = await db.query(
      `SELECT points_earned::text AS p, status, percentage::text AS pct FROM grades g JOIN assignments a ON a.id = g.assignment_id
        WHERE a.class_id = $1 AND a.name = $2 ORDER BY g.points_earned NULLS LAST`,
      [cls.id, `Keyboard quiz ${stamp}`],
    );
    return rows;
  });
  expect(stored).toContainEqual({ p: "17.90", status: "graded", pct: "89.50" });
  expect(stored).toContainEqual({ p: "0.00", status: "missing", pct: "0.00" });
  expect(stored).toContainEqual({ p: null, status: "excused", pct: null });
  expect(stored).toContainEqual({ p: "15.00", status: "late", pct: "75.00" });
  const average = await page.getByTestId("student-average-0").textContent();
  await page.reload();
  await expect(page.getByTestId("student-average-0")).toHaveText(average!);

  // A typo is refused in the cell and nothing is saved.
  await page.locator(`[data-row="7"][data-col="${col}"]`).focus();
  await page.keyboard.type("2x");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "is not a score" })).toBeVisible();
  await page.keyboard.press("Escape");

  // A column pasted from a spreadsheet lands in the cells below the one selected.
  await newAssignment(page, cls.id, `Pasted quiz ${stamp}`, "10");
  const pasteCol = await column(page, `Pasted quiz ${stamp}`);
  const start = page.locator(`[data-row="1"][data-col="${pasteCol}"]`);
  await start.focus();
  await start.evaluate((el) => {
    const data = new DataTransfer();
    data.setData("text/plain", "9\tAda\r\n8.5\tBen\r\nE\r\n7\r\n");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  for (const [row, text] of [
    [1, "9"],
    [2, "8.5"],
    [3, "EX"],
    [4, "7"],
  ] as const) {
    await expect(page.locator(`[data-row="${row}"][data-col="${pasteCol}"]`)).toHaveAttribute(
      "aria-label",
      new RegExp(`: ${text.replace(".", "\\.")}$`),
    );
    await expect(page.locator(`[data-row="${row}"][data-col="${pasteCol}"] [data-state]`)).toHaveAttribute(
      "data-state",
      "saved",
    );
  }
  await expect(page.locator(`[data-row="0"][data-col="${pasteCol}"]`)).toHaveAttribute(
    "aria-label",
    /: empty$/,
  );
  await expect(page.getByTestId(`column-average-${pasteCol}`)).toHaveText("class average 81.67");
});

test("a stale edit is refused with the current value and who made it", async ({ browser }) => {
  const cls = await teachersClass();
  const stamp = Date.now().toString(36);
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, "lincoln", "teacher@lincoln.demo");
  await expect(first).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await newAssignment(first, cls.id, `Shared quiz ${stamp}`, "10");
  const second = await context.newPage();
  await second.goto(schoolUrl("lincoln", `/classes/${cls.id}/gradebook`));
  const col = await column(first, `Shared quiz ${stamp}`);
  for (const [page, value] of [
    [first, "6"],
    [second, "9"],
  ] as const) {
    await page.locator(`[data-row="0"][data-col="${col}"]`).focus();
    await page.keyboard.type(value);
    await page.keyboard.press("Enter");
    // The first save lands before the second is typed: the second tab's copy is then the stale one.
    if (page === first)
      await expect(first.locator(`[data-row="0"][data-col="${col}"] [data-state]`)).toHaveAttribute(
        "data-state",
        "saved",
      );
  }
  // The refused cell says so (its title, and the page's live announcement) and shows the current value.
  await expect(second.locator(`[data-row="0"][data-col="${col}"]`)).toHaveAttribute(
    "title",
    /changed this grade meanwhile\. It is now 6\./,
  );
  await second.locator(`[data-row="0"][data-col="${col}"]`).click();
  await expect(second.getByRole("alert").filter({ hasText: "It is now 6." })).toBeVisible();
  await expect(second.locator(`[data-row="0"][data-col="${col}"]`)).toHaveAttribute("aria-label", /: 6$/);
  await context.close();
});

test("posting locks the period, the report card PDF holds the posted grades, and another teacher's class is not found", async ({
  page,
}) => {
  const cls = await teachersClass();
  // Quarter 1 of this class, not posted (a rerun of the suite starts it over).
  const { periodId, student } = await withDatabase(async (db) => {
    const {
      rows: [period],
    } = await db.query(
      `SELECT gp.id FROM grading_periods gp JOIN school_years y ON y.id = gp.school_year_id AND y.is_current
        JOIN classes c ON c.tenant_id = gp.tenant_id AND c.id = $1 WHERE gp.code = 'q1' AND gp.tenant_id = c.tenant_id`,
      [cls.id],
    );
    await db.query(
      "DELETE FROM posted_grades WHERE grading_period_id = $1 AND enrollment_id IN (SELECT id FROM enrollments WHERE class_id = $2)",
      [period.id, cls.id],
    );
    const {
      rows: [s],
    } = await db.query(
      `SELECT s.id, s.first_name, s.last_name FROM enrollments e JOIN students s ON s.id = e.student_id
        WHERE e.class_id = $1 AND e.status = 'active' ORDER BY s.last_name, s.first_name LIMIT 1`,
      [cls.id],
    );
    return { periodId: period.id as string, student: s };
  });
  await signIn(page, "lincoln", "teacher@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.goto(schoolUrl("lincoln", `/classes/${cls.id}/gradebook?period=${periodId}`));
  await page.getByRole("button", { name: "Post grades for Quarter 1" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Post and lock" }).click();
  await expect(page.getByText("Grades for Quarter 1 are posted and locked.")).toBeVisible();
  // Locked: the cells read, but typing changes nothing.
  await page.locator('[data-row="0"][data-col="0"]').focus();
  await page.keyboard.type("1");
  await expect(page.locator("table input")).toHaveCount(0);

  const posted = await withDatabase(async (db) => {
    const { rows } = await db.query(
      `SELECT p.percentage::text AS pct, p.letter_grade FROM posted_grades p JOIN enrollments e ON e.id = p.enrollment_id
        WHERE e.class_id = $1 AND e.student_id = $2 AND p.grading_period_id = $3`,
      [cls.id, student.id, periodId],
    );
    return rows[0];
  });
  expect(posted.pct).toMatch(/^\d+\.\d\d$/);
  const response = await download(page, `/students/${student.id}/report-card?period=${periodId}`);
  expect(response.status).toBe(200);
  expect(response.type).toBe("application/pdf");
  const pdf = await getDocument({ data: new Uint8Array(response.bytes) }).promise;
  const text = (
    await Promise.all(
      Array.from({ length: pdf.numPages }, async (_, i) =>
        (await (await pdf.getPage(i + 1)).getTextContent()).items
          .map((item) => ("str" in item ? item.str : ""))
          .join(" "),
      ),
    )
  ).join(" ");
  expect(text).toContain(`${student.first_name} ${student.last_name}`);
  expect(text).toContain(cls.name);
  expect(text).toContain(`${posted.pct} %`);
  expect(text).toContain("Lincoln High School");

  // Another teacher's class, its gradebook and its report cards are not found.
  expect((await page.goto(schoolUrl("lincoln", `/classes/${cls.otherClass}/gradebook`)))?.status()).toBe(404);
  const stranger = await withDatabase(async (db) => {
    const { rows } = await db.query(
      `SELECT s.id FROM students s JOIN tenants t ON t.id = s.tenant_id AND t.subdomain = 'lincoln'
        WHERE NOT EXISTS (SELECT 1 FROM enrollments e JOIN classes c ON c.id = e.class_id
                           JOIN teachers te ON te.id IN (c.teacher_id, c.co_teacher_id)
                           JOIN users u ON u.id = te.user_id AND u.email = 'teacher@lincoln.demo'
                          WHERE e.student_id = s.id AND e.status = 'active') LIMIT 1`,
    );
    return rows[0].id as string;
  });
  expect((await download(page, `/students/${stranger}/report-card?period=${periodId}`)).status).toBe(404);
  expect((await download(page, `/students/${stranger}/transcript`)).status).toBe(404);
});

test("the office's grading page: a bad grade-point value is refused on its field, the policy saves, report cards print", async ({
  page,
}) => {
  await signIn(page, "lincoln", "admin@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.getByRole("link", { name: "Grading" }).click();
  await expect(page.getByRole("heading", { name: "Grading", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("A-", { exact: true }).fill("eleven");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Enter grade points from 0 to 10, such as 3.75.")).toBeVisible();
  await page.getByLabel("A-", { exact: true }).fill("3.7");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  const stored = await withDatabase(async (db) => {
    const { rows } = await db.query(
      "SELECT p.grade_points->>'A-' AS a FROM grading_policies p JOIN tenants t ON t.id = p.tenant_id AND t.subdomain = 'lincoln'",
    );
    return rows[0].a;
  });
  expect(stored).toBe("3.7");

  // Report cards for one class, printed by the job runner: the run reaches "ready" with a PDF.
  const cls = await teachersClass();
  await page.getByRole("combobox", { name: "Or one class" }).selectOption(cls.id);
  await page.getByRole("button", { name: "Print report cards" }).click();
  await expect(page.getByRole("link", { name: "Download the PDF" }).first()).toBeVisible({ timeout: 30_000 });
  const href = await page.getByRole("link", { name: "Download the PDF" }).first().getAttribute("href");
  const pdf = await download(page, href!);
  expect(pdf.status).toBe(200);
  expect(String.fromCharCode(...pdf.bytes.slice(0, 5))).toBe("%PDF-");
});
