import { expect, test } from "@playwright/test";
import { hashPassword } from "../../src/server/auth/passwords";
import { expectNoAxeViolations } from "../support/axe";
import { upsertAccount, withDatabase } from "../support/database";
import { schoolUrl, signIn } from "../support/sign-in";

test("a student's health alert is on the roster and profile for their teacher, and hidden from another teacher", async ({
  page,
  browser,
}) => {
  const { classId, studentId } = await withDatabase(async (db) => {
    const {
      rows: [row],
    } = await db.query(
      `SELECT c.id AS "classId", e.student_id AS "studentId" FROM classes c JOIN teachers t ON t.id = c.teacher_id JOIN users u ON u.id = t.user_id
         JOIN enrollments e ON e.class_id = c.id AND e.status = 'active'
       WHERE u.email = 'teacher@lincoln.demo' ORDER BY c.class_code, e.id LIMIT 1`,
    );
    await db.query(
      "UPDATE students SET allergies = 'Tree nuts (carries an EpiPen)', special_needs = 'Seat near the door' WHERE id = $1",
      [row.studentId],
    );
    return row as { classId: string; studentId: string };
  });
  await signIn(page, "lincoln", "teacher@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.goto(schoolUrl("lincoln", `/classes/${classId}`));
  await expect(page.getByTestId("class-meets")).toContainText("Meets:");
  await expect(page.getByRole("table").getByText("Allergies: Tree nuts (carries an EpiPen)")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(schoolUrl("lincoln", `/students/${studentId}`));
  await expect(page.getByRole("note", { name: "Health alert" })).toContainText(
    "Tree nuts (carries an EpiPen)",
  );
  await expect(page.getByText("Seat near the door")).toHaveCount(0);

  const email = "no.classes.teacher@lincoln.demo";
  await withDatabase(async (db) =>
    upsertAccount(db, {
      school: "lincoln",
      email,
      role: "teacher",
      passwordHash: await hashPassword("Teacher without classes"),
    }),
  );
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "lincoln", email, "Teacher without classes");
  await expect(other).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  expect((await other.goto(schoolUrl("lincoln", `/students/${studentId}`)))?.status()).toBe(404);
  await expect(other.getByText("Tree nuts")).toHaveCount(0);
});
