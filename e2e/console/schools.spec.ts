import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { withDatabase } from "../support/database";
import { schoolUrl, signIn } from "../support/sign-in";
import { consoleUrl, signInAsNewSuperAdmin } from "./console-sign-in";

const PASSWORD = "Opening day at Brookside";

test("a super admin signs up a school: it answers at its subdomain at once and its first administrator is invited", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const slug = `brookside-${Date.now().toString(36)}`;
  const adminEmail = `principal@${slug}.example`;
  await signInAsNewSuperAdmin(page, "signup");
  await page.getByRole("link", { name: "New school" }).click();
  await expect(page).toHaveURL(consoleUrl("/tenants/new"));
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Create school and send invitation" }).click();
  await expect(page.getByText("Enter the name shown to the school's users.")).toBeVisible();
  await expect(page.getByLabel("Slug")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email (the invitation goes here)")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Slug").fill("admin");
  await page.getByLabel("Display name").fill("Brookside Middle");
  await page.getByRole("button", { name: "Create school and send invitation" }).click();
  await expect(page.getByText("That slug is reserved by the platform; choose another.")).toBeVisible();

  await page.getByLabel("Slug").fill(slug);
  await expect(page.getByLabel("Subdomain")).toHaveValue(slug);
  await page.getByLabel("Official school name").fill("Brookside Middle School");
  await page.getByLabel("Grades served").selectOption("middle");
  await page.getByLabel("Plan").selectOption("professional");
  await expect(page.getByLabel("Most active students")).toHaveValue("2000");
  await expect(page.getByLabel("Parent and student portal")).toBeChecked();
  // Only modules that exist are offered; the plan still records the others for when they ship.
  const modules = page.getByRole("group", { name: "Modules" }).getByRole("checkbox");
  await expect(modules).toHaveCount(3);
  await expect(page.getByLabel("Attendance")).toBeChecked();
  for (const unbuilt of ["Reports and transcripts", "Messaging"])
    await expect(page.getByLabel(unbuilt)).toHaveCount(0);
  await page.getByLabel("Most active teachers").fill("12");
  await page.getByLabel("First name").fill("Bea");
  await page.getByLabel("Last name").fill("Brook");
  await page.getByLabel("Email (the invitation goes here)").fill(adminEmail);
  await page.getByRole("button", { name: "Create school and send invitation" }).click();
  await expect(page.getByRole("status")).toContainText("Brookside Middle is ready");
  await expect(page.getByRole("heading", { name: "Brookside Middle", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  const saved = await withDatabase(
    async (db) =>
      (
        await db.query(
          "SELECT subscription_plan, max_students, max_teachers, features FROM tenants WHERE slug = $1",
          [slug],
        )
      ).rows[0],
  );
  expect(saved).toMatchObject({
    subscription_plan: "professional",
    max_students: 2000,
    max_teachers: 12,
    features: { portal: true, messaging: false },
  });

  // The school answers at once, with its own name, and its administrator can get in.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(schoolUrl(slug, "/login"));
  await expect(visitor.getByRole("heading", { name: /Brookside Middle/ }).first()).toBeVisible();
  const link = await withDatabase(async (db) => {
    const {
      rows: [mail],
    } = await db.query("SELECT text_body FROM mail_outbox WHERE to_address = $1 AND purpose = 'invitation'", [
      adminEmail,
    ]);
    return /(http:\/\/\S+\/verify\/[A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
  });
  expect(link.startsWith(schoolUrl(slug, "/verify/"))).toBe(true);
  await visitor.goto(link);
  await visitor.getByLabel("New password", { exact: true }).fill(PASSWORD);
  await visitor.getByLabel("Repeat the new password").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Set password" }).click();
  await expect(visitor.getByRole("status")).toContainText("Your password is set");
  await signIn(visitor, slug, adminEmail, PASSWORD);
  await expect(visitor).toHaveURL(schoolUrl(slug, "/dashboard"));
  await expect(visitor.locator("main").getByText("Welcome, Bea Brook")).toBeVisible();
  await expect(visitor.locator("main")).toContainText("plan allows 12");

  // Editing: a lower teacher limit is saved and audited as a platform event.
  await page.getByLabel("Most active teachers").fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Allow at least 1 of the active teachers.")).toBeVisible();
  await page.getByLabel("Most active teachers").fill("8");
  await page.getByLabel("Parent and student portal").uncheck();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  const edited = await withDatabase(
    async (db) =>
      (
        await db.query(
          "SELECT t.max_teachers, t.features->'portal' AS portal, t.features->'messaging' AS messaging, a.new_values FROM tenants t JOIN audit_logs a ON a.resource_id = t.id AND a.action = 'tenant_updated' WHERE t.slug = $1",
          [slug],
        )
      ).rows[0],
  );
  expect(edited).toMatchObject({
    max_teachers: 8,
    portal: false,
    messaging: false,
    new_values: { maxTeachers: 8 },
  });
  // The school's own pages hold the new limit at once.
  await visitor.reload();
  await expect(visitor.locator("main")).toContainText("plan allows 8");
});

test("console actions refuse a school's session, and the platform's own tenant is not found to them", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const slug = `refused-${Date.now().toString(36)}`;
  await signInAsNewSuperAdmin(page, "refusals");
  await page.goto(consoleUrl("/tenants/new"));
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Display name").fill("Never Created");
  await page.getByLabel("Official school name").fill("Never Created School");
  await page.getByLabel("First name").fill("No");
  await page.getByLabel("Last name").fill("Body");
  await page.getByLabel("Email (the invitation goes here)").fill(`nobody@${slug}.example`);

  // A school administrator's session cookie, sent with the console's form: treated as signed out.
  const school = await (await browser.newContext()).newPage();
  await signIn(school, "lincoln", "admin@lincoln.demo");
  await expect(school).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  const cookie = (await school.context().cookies(schoolUrl("lincoln"))).find((c) =>
    c.name.includes("session-token"),
  )!;
  await page.context().clearCookies();
  await page.context().addCookies([{ ...cookie, domain: "admin.localhost" }]);
  await page.getByRole("button", { name: "Create school and send invitation" }).click();
  await expect(page).toHaveURL(consoleUrl("/login"));
  expect(
    await withDatabase(
      async (db) =>
        (await db.query("SELECT count(*)::int AS n FROM tenants WHERE slug = $1", [slug])).rows[0].n,
    ),
  ).toBe(0);

  // The platform's own tenant id slipped into a status change: not found, nothing changed.
  await signInAsNewSuperAdmin(page, "refusals-2");
  const { platformId, lincolnId } = await withDatabase(async (db) => ({
    platformId: (await db.query("SELECT id FROM tenants WHERE slug = 'platform'")).rows[0].id as string,
    lincolnId: (await db.query("SELECT id FROM tenants WHERE slug = 'lincoln'")).rows[0].id as string,
  }));
  await page.goto(consoleUrl(`/tenants/${lincolnId}`));
  await page.route("**/tenants/**", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    await route.continue({ postData: request.postData()!.replaceAll(lincolnId, platformId) });
  });
  await page.getByRole("button", { name: "Suspend" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Suspend" }).click();
  await expect(page.getByRole("dialog").getByRole("alert")).toContainText("not found");
  expect(
    await withDatabase(
      async (db) =>
        (
          await db.query(
            "SELECT array_agg(subscription_status ORDER BY slug) AS s FROM tenants WHERE slug IN ('lincoln', 'platform')",
          )
        ).rows[0].s,
    ),
  ).toEqual(["active", "active"]);
  expect((await page.goto(consoleUrl(`/tenants/${platformId}`)))?.status()).toBe(404);
});
