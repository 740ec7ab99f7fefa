import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const PORT = process.env.E2E_PORT ?? "3100";

async function expectSchool(
  page: Page,
  school: { name: string; logo: string; primary: string; other: string },
) {
  await expect(page).toHaveTitle(school.name);
  const header = page.getByTestId("school-header");
  await expect(header).toContainText(school.name);
  await expect(header.getByRole("img", { name: `${school.name} logo` })).toHaveAttribute("src", school.logo);
  await expect(header).toHaveCSS("background-color", school.primary);
  await expect(page.locator("body")).not.toContainText(school.other);
  await expect(page.locator("body")).not.toContainText("K-12 SIS");
}

test("Lincoln's subdomain shows Lincoln's name, colours and logo", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(`http://lincoln.localhost:${PORT}/`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expectSchool(page, {
    name: "Lincoln High School",
    logo: "/brand/lincoln.svg",
    primary: "rgb(122, 31, 43)",
    other: "Roosevelt",
  });
  await expect(page.getByTestId("school-header")).toHaveCSS("color", "rgb(255, 255, 255)");
  // The language actually rendered (English: the only catalogue shipped so far), not the setting.
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(violations, "the page's own scripts and styles pass its CSP").toEqual([]);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/artifacts/lincoln.png", fullPage: true });
});

test("Roosevelt's custom domain shows Roosevelt's own look, and its date is Los Angeles's today", async ({
  page,
}) => {
  await page.goto(`http://portal.roosevelt-ms.test:${PORT}/`);
  await expectSchool(page, {
    name: "Roosevelt Middle School",
    logo: "/brand/roosevelt.svg",
    primary: "rgb(29, 78, 137)",
    other: "Lincoln",
  });
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(new Date());
  await expect(page.getByTestId("school-today").locator("time")).toHaveAttribute("datetime", today);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/artifacts/roosevelt.png", fullPage: true });
});

test("Roosevelt's subdomain reaches the same school", async ({ page }) => {
  await page.goto(`http://roosevelt.localhost:${PORT}/`);
  await expect(page.getByTestId("school-header")).toContainText("Roosevelt Middle School");
});

test("the internal tenant route is not reachable directly, from any host", async ({ page }) => {
  for (const url of [
    `http://localhost:${PORT}/t/lincoln.localhost`,
    `http://lincoln.localhost:${PORT}/t/lincoln.localhost`,
    `http://lincoln.localhost:${PORT}/t/roosevelt.localhost/portal`,
    `http://localhost:${PORT}/console`,
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    expect(await response?.text(), url).not.toContain("Lincoln");
  }
});

test("an unknown or reserved host gets a neutral 404", async ({ page }) => {
  for (const host of [
    `nowhere.localhost:${PORT}`,
    `api.localhost:${PORT}`,
    `lincoln.localhost.evil.test:${PORT}`,
  ]) {
    const response = await page.goto(`http://${host}/`);
    expect(response?.status(), host).toBe(404);
    await expect(page.locator("body"), host).not.toContainText(/Lincoln|Roosevelt/);
  }
  await page.goto(`http://nowhere.localhost:${PORT}/`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectNoAxeViolations(page);
});
