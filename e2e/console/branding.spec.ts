import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { upsertSchool, withDatabase } from "../support/database";
import { schoolUrl } from "../support/sign-in";
import { consoleUrl, signInAsNewSuperAdmin } from "./console-sign-in";

const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

test("a super admin brands a school with a live preview, and its pages show the new look", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const slug = `aspen-${Date.now().toString(36)}`;
  await withDatabase((db) => upsertSchool(db, { slug, name: "Aspen Ridge School", primaryColor: "#2f6b3a" }));
  const tenantId = await withDatabase(
    async (db) => (await db.query("SELECT id FROM tenants WHERE slug = $1", [slug])).rows[0].id as string,
  );
  await signInAsNewSuperAdmin(page, "branding");
  await page.goto(consoleUrl(`/tenants/${tenantId}/branding`));
  const preview = page.getByTestId("brand-preview");
  await expectNoAxeViolations(page);

  // Colours: the preview follows as you type, and a colour that vanishes on white is flagged.
  await page.getByLabel("Main colour", { exact: true }).fill("#ffee00");
  await expect(preview.locator("div").first()).toHaveCSS("background-color", "rgb(255, 238, 0)");
  await expect(page.getByText(/contrast with the white page/)).toBeVisible();
  await page.getByLabel("Main colour", { exact: true }).fill("#5b2a86");
  await expect(page.getByText(/contrast with the white page/)).toHaveCount(0);
  await expect(preview.locator("div").first()).toHaveCSS("color", "rgb(255, 255, 255)");

  // Custom CSS: the sanitiser's verdict as you type.
  const css = page.getByLabel("Custom CSS");
  await css.fill(".school-card { border-radius: 12px; }\n@import url(https://evil.example/x.css);");
  await expect(page.getByTestId("css-feedback")).toContainText("@import is not allowed");
  await css.fill(".school-card { border-radius: 12px; }");
  await expect(page.getByTestId("css-feedback")).toContainText("All of this CSS will be applied.");

  // Logo: a file that is not an image is refused; a PNG is stored and previewed.
  const file = page.getByLabel(/Upload an image/);
  await file.setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: Buffer.from("<svg onload=alert(1)>"),
  });
  await expect(page.getByText("Use a PNG, JPEG, WebP or GIF image (SVG is not accepted).")).toBeVisible();
  await file.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG_1X1 });
  await expect(page.getByLabel("…or the logo’s address")).toHaveValue(
    /^\/api\/uploads\/logos\/[0-9a-f]{64}\.png$/,
  );
  await expect(preview.getByRole("img", { name: "Aspen Ridge School logo" })).toBeVisible();

  await page.getByLabel("Accent colour", { exact: true }).fill("not a colour");
  await page.getByRole("button", { name: "Save branding" }).click();
  await expect(page.getByText("Enter the accent colour as a hex colour like #1f3a5f.")).toBeVisible();
  await page.getByLabel("Accent colour", { exact: true }).fill("#f2b705");
  await page.getByRole("button", { name: "Save branding" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Branding saved" })).toBeVisible();
  await expectNoAxeViolations(page);

  const logo = await page.getByLabel("…or the logo’s address").inputValue();
  await page.goto(schoolUrl(slug, "/"));
  const header = page.getByTestId("school-header");
  await expect(header).toHaveCSS("background-color", "rgb(91, 42, 134)");
  await expect(header.getByRole("img", { name: "Aspen Ridge School logo" })).toHaveAttribute("src", logo);
  expect(await header.getByRole("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  const sheet = await page.evaluate(async () => (await fetch("/brand.css")).text());
  expect(sheet).toContain(".school-card { border-radius: 12px; }");
  expect(sheet).toContain("--brand-primary: #5b2a86");
});
