import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * A catalogue key on the page: what next-intl shows for a key the catalogue lacks ("students.field.x").
 * Namespaces that also begin host names ("portal.school.org") are left out of the pattern, and a
 * match inside an email address ("no.classes.teacher@…") is not one.
 */
const SHOWN_KEY =
  /(?<![\w.@-])(?:rules|errors|vocab|students|teachers|classes|enrollments|users|forms|console|tenantForm|account|twoFactor|dashboard|nav|pager|timetable|healthAlert|suspended|schoolHome|landing|titles|signIn|password|security|validation|schoolYear|gradebook|grading|reportCard|attendance|guardians)\.[a-zA-Z_][\w]*(?:\.[\w-]+)*(?![\w.-]*@)/;

/** WCAG 2.1 A and AA, as the product promises schools; and every word on the page from the catalogue. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  const text = `${await page.title()}\n${await page.locator("body").innerText()}`;
  expect(text.match(SHOWN_KEY)?.[0] ?? null, "a catalogue key shown instead of its words").toBeNull();
}
