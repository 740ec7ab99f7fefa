import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "../../src/server/auth/passwords";
import { expectNoAxeViolations } from "../support/axe";
import { countRows, upsertAccount, upsertSchool, withDatabase } from "../support/database";
import { DEMO_PASSWORD, schoolUrl, signIn } from "../support/sign-in";
import { consoleUrl, signInAsNewSuperAdmin } from "./console-sign-in";

const PASSWORD = "Archive and restore 2026";
const TABLES = ["users", "students", "teachers", "classes", "enrollments", "audit_logs"];

test("a super admin exports a school and restores it into a new school, whose people sign in as before", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const slug = `orchard-${Date.now().toString(36)}`;
  const copy = `${slug}-copy`;
  const tenantId = await withDatabase(async (db) => {
    await upsertSchool(db, { slug, name: "Orchard Valley School" });
    await upsertAccount(db, {
      school: slug,
      email: `office@${slug}.example`,
      role: "admin",
      passwordHash: await hashPassword(PASSWORD),
      firstName: "Olive",
      lastName: "Orchard",
    });
    const {
      rows: [t],
    } = await db.query("SELECT id FROM tenants WHERE slug = $1", [slug]);
    await db.query(
      `INSERT INTO students (tenant_id, student_id, first_name, last_name, date_of_birth, grade_level, enrollment_date, academic_year, allergies)
      VALUES ($1, 'OV-1', 'Pippa', 'Pear', '2015-05-05', '5', '2026-08-20', '2026-2027', 'Bees')`,
      [t.id],
    );
    return t.id as string;
  });

  const codes = await signInAsNewSuperAdmin(page, "archive");
  await page.goto(consoleUrl(`/tenants/${tenantId}`));
  await page.getByRole("link", { name: "Export and import" }).click();
  await expect(page).toHaveURL(consoleUrl(`/tenants/${tenantId}/data`));
  await expectNoAxeViolations(page);
  // Step-up: a wrong password is refused on its field and nothing is exported…
  const exportForm = page.getByRole("form", { name: "Download the archive" });
  await exportForm.getByLabel("Your password").fill("Not my password at all");
  await exportForm.getByLabel(/Code from your authenticator app/).fill(codes[0]!);
  await exportForm.getByRole("button", { name: "Download archive (.zip)" }).click();
  await expect(exportForm.getByText("That is not your current password.")).toBeVisible();
  expect(
    await withDatabase((db) =>
      countRows(db, "SELECT 1 FROM audit_logs WHERE tenant_id = $1 AND action = 'school_exported'", [
        tenantId,
      ]),
    ),
  ).toBe(0);
  // …the password with a code downloads it.
  await exportForm.getByLabel("Your password").fill(DEMO_PASSWORD);
  await exportForm.getByLabel(/Code from your authenticator app/).fill(codes[1]!);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    exportForm.getByRole("button", { name: "Download archive (.zip)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${slug}-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
  const archivePath = await download.path();
  expect((await readFile(archivePath)).subarray(0, 2).toString()).toBe("PK");
  expect(
    await withDatabase((db) =>
      countRows(db, "SELECT 1 FROM audit_logs WHERE tenant_id = $1 AND action = 'school_exported'", [
        tenantId,
      ]),
    ),
  ).toBe(1);

  await page.getByRole("link", { name: "Restore a school from an archive" }).click();
  await expect(page).toHaveURL(consoleUrl("/tenants/restore"));
  await page.getByRole("button", { name: "Restore into a new school" }).click();
  await expect(page.getByText("Choose the archive (.zip) to restore.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Archive (.zip, up to 100 MB)").setInputFiles({
    name: "notes.zip",
    mimeType: "application/zip",
    buffer: Buffer.from("not really a zip"),
  });
  await page.getByLabel("Slug of the new school").fill(copy);
  await page.getByLabel("Subdomain of the new school").fill(copy);
  await page.getByRole("button", { name: "Restore into a new school" }).click();
  await expect(page.getByText(/This file is not a school archive/)).toBeVisible();
  expect(await withDatabase((db) => countRows(db, "SELECT 1 FROM tenants WHERE slug = $1", [copy]))).toBe(0);

  await page.getByLabel("Archive (.zip, up to 100 MB)").setInputFiles(archivePath);
  await page.getByRole("button", { name: "Restore into a new school" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "has been restored from the archive" }),
  ).toBeVisible();

  const counts = await withDatabase(async (db) => {
    const out: Record<string, [number, number]> = {};
    for (const table of TABLES) {
      // The export and the restore each record themselves in the school they happened to.
      const filter =
        table === "audit_logs" ? " AND action NOT IN ('school_exported', 'school_restored')" : "";
      const count = (school: string) =>
        countRows(
          db,
          `SELECT 1 FROM ${table} WHERE tenant_id = (SELECT id FROM tenants WHERE slug = $1)${filter}`,
          [school],
        );
      out[table] = [await count(slug), await count(copy)];
    }
    return out;
  });
  for (const [table, [original, restored]] of Object.entries(counts)) expect(restored, table).toBe(original);
  expect(counts.students![1]).toBe(1);

  const person = await (await browser.newContext()).newPage();
  await signIn(person, copy, `office@${slug}.example`, PASSWORD);
  await expect(person).toHaveURL(schoolUrl(copy, "/dashboard"));
  await expect(person.locator("main").getByText("Welcome, Olive Orchard")).toBeVisible();
});

/** A same-origin POST from a console page, as the console's own forms send it (cookies, Origin). */
const postFromConsole = (page: Page, path: string, fields: Record<string, string> = {}) =>
  page.evaluate(
    async ([url, body]) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(body)) form.set(k, v);
      const response = await fetch(url, { method: "POST", body: form });
      return { status: response.status, type: response.headers.get("content-type") };
    },
    [path, fields] as const,
  );

test("the archive download and upload answer nobody but a signed-in super admin", async ({ page }) => {
  const tenantId = await withDatabase(
    async (db) => (await db.query("SELECT id FROM tenants WHERE slug = 'lincoln'")).rows[0].id as string,
  );
  await page.goto(consoleUrl("/login"));
  expect(await postFromConsole(page, `/tenants/${tenantId}/export`)).toEqual({
    status: 404,
    type: expect.not.stringContaining("zip"),
  });

  await signIn(page, "lincoln", "admin@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  const session = (await page.context().cookies(schoolUrl("lincoln"))).find((c) =>
    c.name.includes("session-token"),
  )!;
  await page.context().addCookies([{ ...session, domain: "admin.localhost" }]);
  await page.goto(consoleUrl("/login"));
  expect((await postFromConsole(page, `/tenants/${tenantId}/export`)).status).toBe(404);
  expect(
    (await postFromConsole(page, "/tenants/restore/upload", { slug: "sneaky", subdomain: "sneaky" })).status,
  ).toBe(404);
  expect(
    await withDatabase((db) =>
      countRows(db, "SELECT 1 FROM audit_logs WHERE tenant_id = $1 AND action = 'school_exported'", [
        tenantId,
      ]),
    ),
  ).toBe(0);
});
