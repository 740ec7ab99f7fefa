import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "../../src/server/auth/passwords";
import { expectNoAxeViolations } from "../support/axe";
import { countRows, upsertAccount, withDatabase } from "../support/database";
import { expectSignInRefused, schoolUrl, signIn } from "../support/sign-in";

const PASSWORD = "Staff accounts need care";
let passwordHash: string;
test.beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

async function openUsers(page: Page, search?: string) {
  await signIn(page, "lincoln", "admin@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.goto(schoolUrl("lincoln", `/users${search ? `?q=${encodeURIComponent(search)}` : ""}`));
  await expect(page.getByRole("heading", { name: "People and access" })).toBeVisible();
}
const row = (page: Page, email: string) => page.getByRole("row").filter({ hasText: email });
const inviteForm = (page: Page) => page.getByRole("form", { name: "Invite someone" });
const alertWith = (page: Page, text: string | RegExp) => page.getByRole("alert").filter({ hasText: text });

test("an administrator invites a teacher, who chooses a password from the mail and signs in", async ({
  page,
  browser,
}) => {
  const email = "invited.teacher@lincoln.demo";
  await withDatabase((db) => db.query("DELETE FROM users WHERE email = $1", [email]));
  await signIn(page, "lincoln", "admin@lincoln.demo");
  await page
    .getByRole("navigation", { name: "Staff" })
    .getByRole("link", { name: "People & access" })
    .click();
  await expect(page).toHaveURL(schoolUrl("lincoln", "/users"));
  await expectNoAxeViolations(page);

  await inviteForm(page).getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Enter the first name.")).toBeVisible();
  await expect(page.getByText("Choose a role.")).toBeVisible();
  await expect(inviteForm(page).getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await inviteForm(page).getByLabel("First name").fill("Nia");
  await inviteForm(page).getByLabel("Last name").fill("Newcomer");
  await inviteForm(page).getByLabel("Email").fill(email);
  await inviteForm(page).getByLabel("Role").selectOption("teacher");
  await inviteForm(page).getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();

  // The same address again: refused on the field, nothing new written.
  await inviteForm(page).getByLabel("First name").fill("Nia");
  await inviteForm(page).getByLabel("Last name").fill("Again");
  await inviteForm(page).getByLabel("Email").fill(email.toUpperCase());
  await inviteForm(page).getByLabel("Role").selectOption("parent");
  await inviteForm(page).getByRole("button", { name: "Send invitation" }).click();
  await expect(
    page.getByText("Someone at this school already has an account with this email address."),
  ).toBeVisible();

  await page.getByLabel("Search by name or email").fill("newcomer");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(row(page, email)).toContainText("Invitation pending");

  const link = await withDatabase(async (db) => {
    expect(await countRows(db, "SELECT 1 FROM users WHERE email = $1", [email])).toBe(1);
    const {
      rows: [mail],
    } = await db.query(
      "SELECT text_body FROM mail_outbox WHERE to_address = $1 AND purpose = 'invitation' ORDER BY created_at DESC LIMIT 1",
      [email],
    );
    return /(http:\/\/\S+\/verify\/[A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
  });
  expect(link.startsWith(schoolUrl("lincoln", "/verify/"))).toBe(true);

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: /Welcome to Lincoln High School, Nia/ })).toBeVisible();
  await expectNoAxeViolations(invitee);
  await invitee.getByLabel("New password", { exact: true }).fill(PASSWORD);
  await invitee.getByLabel("Repeat the new password").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Set password" }).click();
  await expect(invitee.getByRole("status")).toContainText("Your password is set");
  await signIn(invitee, "lincoln", email, PASSWORD);
  await expect(invitee).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await expect(invitee.locator("main").getByText("Welcome, Nia Newcomer")).toBeVisible();

  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
});

test("a role change and a deactivation, once confirmed, take effect at once and are audited", async ({
  page,
  browser,
}) => {
  const email = "role.change@lincoln.demo";
  const id = await withDatabase((db) =>
    upsertAccount(db, {
      school: "lincoln",
      email,
      role: "teacher",
      passwordHash,
      firstName: "Rowan",
      lastName: "Changer",
    }),
  );
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "lincoln", email, PASSWORD);
  await expect(other).toHaveURL(schoolUrl("lincoln", "/dashboard"));

  await openUsers(page, email);
  await row(page, email).getByLabel("Role of Changer, Rowan").selectOption("principal");
  // A role change signs the person out, so it asks first; keeping the role changes nothing.
  await row(page, email).getByRole("button", { name: "Save role" }).click();
  const confirmRole = page.getByRole("dialog", { name: "Make Changer, Rowan Principal?" });
  await confirmRole.getByRole("button", { name: "Keep the current role" }).click();
  await expect(confirmRole).toBeHidden();
  await other.reload();
  await expect(other).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await row(page, email).getByRole("button", { name: "Save role" }).click();
  await confirmRole.getByRole("button", { name: "Change role" }).click();
  await expect(row(page, email).getByRole("status")).toHaveText("Saved");
  await other.reload();
  await expect(other).toHaveURL(schoolUrl("lincoln", "/login"));

  await row(page, email).getByRole("button", { name: "Deactivate" }).click();
  const dialog = page.getByRole("dialog", { name: "Deactivate Changer, Rowan?" });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(row(page, email)).toContainText("Active");
  await row(page, email).getByRole("button", { name: "Deactivate" }).click();
  await dialog.getByRole("button", { name: "Deactivate" }).click();
  await expect(row(page, email)).toContainText("Inactive");
  await expect(row(page, email).getByRole("button", { name: "Reactivate" })).toBeVisible();

  await signIn(other, "lincoln", email, PASSWORD);
  await expectSignInRefused(other);
  const audits = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT action, old_values, new_values, u.email AS by FROM audit_logs a JOIN users u ON u.id = a.user_id
     WHERE a.resource_id = $1 AND action IN ('role_changed', 'status_changed') ORDER BY a.created_at`,
          [id],
        )
      ).rows,
  );
  expect(audits).toEqual([
    {
      action: "role_changed",
      old_values: { role: "teacher" },
      new_values: { role: "principal" },
      by: "admin@lincoln.demo",
    },
    {
      action: "status_changed",
      old_values: { status: "active" },
      new_values: { status: "inactive" },
      by: "admin@lincoln.demo",
    },
  ]);
});

test("a locked account is shown as locked and can be unlocked", async ({ page, browser }) => {
  const email = "locked.out@lincoln.demo";
  await withDatabase(async (db) => {
    await upsertAccount(db, {
      school: "lincoln",
      email,
      role: "parent",
      passwordHash,
      firstName: "Lee",
      lastName: "Stuck",
    });
    await db.query("UPDATE users SET locked_until = now() + interval '15 minutes' WHERE email = $1", [email]);
  });
  await openUsers(page, email);
  await expect(row(page, email)).toContainText("Locked");
  await row(page, email).getByRole("button", { name: "Unlock" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Unlock" }).click();
  await expect(row(page, email)).not.toContainText("Locked");
  const person = await (await browser.newContext()).newPage();
  await signIn(person, "lincoln", email, PASSWORD);
  await expect(person).toHaveURL(schoolUrl("lincoln", "/portal"));
});

test("the page and its actions are refused to roles without the right, and to no session, writing nothing", async ({
  page,
  browser,
}) => {
  const email = "never.created@lincoln.demo";
  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, "lincoln", "teacher@lincoln.demo");
  await expect(teacher).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await expect(teacher.getByRole("link", { name: "People & access" })).toHaveCount(0);
  const response = await teacher.goto(schoolUrl("lincoln", "/users"));
  expect(response?.status()).toBe(404);

  await openUsers(page);
  const fill = async () => {
    await inviteForm(page).getByLabel("First name").fill("Never");
    await inviteForm(page).getByLabel("Last name").fill("Created");
    await inviteForm(page).getByLabel("Email").fill(email);
    await inviteForm(page).getByLabel("Role").selectOption("admin");
  };
  // The teacher's own session cookie, sent with the administrator's form: the action refuses it.
  const teacherCookie = (await teacher.context().cookies(schoolUrl("lincoln"))).find((c) =>
    c.name.includes("session-token"),
  )!;
  await fill();
  await page.context().addCookies([teacherCookie]);
  await inviteForm(page).getByRole("button", { name: "Send invitation" }).click();
  await expect(alertWith(page, "Your account is not allowed to do this.")).toBeVisible();

  // No session at all: refused, and the form sends the person to sign in.
  await page.context().clearCookies();
  await inviteForm(page).getByRole("button", { name: "Send invitation" }).click();
  await expect(page).toHaveURL(schoolUrl("lincoln", "/login"));

  await withDatabase(async (db) => {
    expect(await countRows(db, "SELECT 1 FROM users WHERE email = $1", [email])).toBe(0);
    expect(
      await countRows(
        db,
        "SELECT 1 FROM audit_logs WHERE action = 'user_invited' AND new_values->>'email' = $1",
        [email],
      ),
    ).toBe(0);
    expect(await countRows(db, "SELECT 1 FROM mail_outbox WHERE to_address = $1", [email])).toBe(0);
  });
});

test("another school's user id sent to an action is not found, and nothing changes there", async ({
  page,
}) => {
  const email = "target.row@lincoln.demo";
  const ours = await withDatabase((db) =>
    upsertAccount(db, {
      school: "lincoln",
      email,
      role: "teacher",
      passwordHash,
      firstName: "Tara",
      lastName: "Target",
    }),
  );
  const theirs = await withDatabase((db) =>
    upsertAccount(db, {
      school: "roosevelt",
      email: "far.away@roosevelt.demo",
      role: "teacher",
      passwordHash,
      firstName: "Far",
      lastName: "Away",
    }),
  );
  await openUsers(page, email);
  // Rewrite the action's payload in flight, as an attacker with a proxy would.
  await page.route("**/users**", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    await route.continue({ postData: request.postData()!.replaceAll(ours, theirs) });
  });
  await row(page, email).getByRole("button", { name: "Deactivate" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("dialog").getByRole("alert")).toHaveText(
    "This user was not found. It may have been removed.",
  );
  await withDatabase(async (db) => {
    expect((await db.query("SELECT status FROM users WHERE id = $1", [theirs])).rows[0].status).toBe(
      "active",
    );
    expect((await db.query("SELECT status FROM users WHERE id = $1", [ours])).rows[0].status).toBe("active");
  });
});
