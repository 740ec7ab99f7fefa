import { readFile, writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { E2E_DNS_RECORDS_FILE } from "../support/dns";
import { expectNoAxeViolations } from "../support/axe";
import { upsertSchool, withDatabase } from "../support/database";
import { PORT } from "../support/sign-in";
import { consoleUrl, signInAsNewSuperAdmin } from "./console-sign-in";

/** Publishes a TXT record where the server's stand-in resolver reads them. */
async function publishTxt(name: string, value: string) {
  const records = JSON.parse(await readFile(E2E_DNS_RECORDS_FILE, "utf8").catch(() => "{}")) as Record<
    string,
    string[]
  >;
  records[name] = [value];
  await writeFile(E2E_DNS_RECORDS_FILE, JSON.stringify(records));
}

// The operator reads times in their own timezone (the browser's), not the server's UTC.
test.use({ timezoneId: "America/Chicago" });

test("a custom domain routes to its school only after its TXT record is verified", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const slug = `willow-${Date.now().toString(36)}`;
  const domain = `portal.${slug}.test`; // *.test resolves to this machine (playwright.config.ts)
  await withDatabase((db) => upsertSchool(db, { slug, name: "Willow Creek School" }));
  const tenantId = await withDatabase(
    async (db) => (await db.query("SELECT id FROM tenants WHERE slug = $1", [slug])).rows[0].id as string,
  );
  const visitor = await (await browser.newContext()).newPage();

  const domainField = page.getByRole("textbox", { name: "Domain", exact: true });
  await signInAsNewSuperAdmin(page, "domains");
  await page.goto(consoleUrl(`/tenants/${tenantId}/domain`));
  await page.getByRole("button", { name: "Save domain" }).click();
  await expect(page.getByText("Enter the domain, like portal.school.org.")).toBeVisible();
  await domainField.fill(`https://${domain}/home`);
  await page.getByRole("button", { name: "Save domain" }).click();
  await expect(page.getByText("Enter a domain name only")).toBeVisible();
  await domainField.fill("roosevelt-copy.localhost");
  await page.getByRole("button", { name: "Save domain" }).click();
  await expect(page.getByText(/belong to the platform/)).toBeVisible();
  await domainField.fill("portal.roosevelt-ms.test");
  await page.getByRole("button", { name: "Save domain" }).click();
  await expect(page.getByText("Another school already uses this domain.")).toBeVisible();

  await domainField.fill(domain);
  await page.getByRole("button", { name: "Save domain" }).click();
  await expect(page.getByTestId("domain-status")).toContainText("Pending");
  await expectNoAxeViolations(page);
  const name = (await page.getByTestId("txt-name").textContent())!;
  const token = (await page.getByTestId("txt-value").textContent())!;
  expect(name).toBe(`_sis-verify.${domain}`);
  // The record's parts copy to the clipboard, to paste at the DNS provider.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy value" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await page.getByRole("button", { name: "Copy name" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(name);

  // Not verified yet: the domain shows no school.
  expect((await visitor.goto(`http://${domain}:${PORT}/login`))?.status()).toBe(404);
  await page.getByRole("button", { name: "Check now" }).click();
  await expect(page.getByTestId("domain-status")).toContainText("Failed");
  await expect(page.getByText(`No TXT record found at ${name}`)).toBeVisible();
  await expect(page.getByText(/^Last checked/)).toContainText(/C[SD]T/);

  await publishTxt(name, token);
  await page.getByRole("button", { name: "Check now" }).click();
  await expect(page.getByTestId("domain-status")).toContainText("Verified");
  await visitor.goto(`http://${domain}:${PORT}/login`);
  await expect(visitor.getByRole("heading", { name: "Sign in to Willow Creek School" })).toBeVisible();

  await page.getByRole("button", { name: "Remove domain" }).click();
  await page
    .getByRole("dialog", { name: `Remove ${domain}?` })
    .getByRole("button", { name: "Remove domain" })
    .click();
  await expect(page.getByText("This school has no custom domain")).toBeVisible();
  expect((await visitor.goto(`http://${domain}:${PORT}/login`))?.status()).toBe(404);
});
