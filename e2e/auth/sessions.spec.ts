import { expect, test } from "@playwright/test";
import { hashPassword } from "../../src/server/auth/passwords";
import { upsertAccount, withDatabase } from "../support/database";
import { schoolUrl, signIn } from "../support/sign-in";

const PASSWORD = "Sessions end when they should";
const accounts = { idle: "idle.session@lincoln.demo", signout: "signout.session@lincoln.demo" };
const ids: Record<string, string> = {};

test.beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  await withDatabase(async (db) => {
    for (const [key, email] of Object.entries(accounts))
      ids[key] = await upsertAccount(db, {
        school: "lincoln",
        email,
        role: "teacher",
        passwordHash,
        firstName: "Sasha",
        lastName: key,
      });
  });
});

test("a session left idle for more than 30 minutes is over", async ({ page }) => {
  await signIn(page, "lincoln", accounts.idle, PASSWORD);
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.reload();
  await expect(page.locator("main").getByText("Welcome, Sasha idle")).toBeVisible();
  await withDatabase((db) =>
    db.query("UPDATE user_sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1", [
      ids.idle,
    ]),
  );
  await page.reload();
  await expect(page).toHaveURL(schoolUrl("lincoln", "/login"));
});

test("signing out ends the session for good, even for a kept copy of the cookie", async ({
  page,
  context,
}) => {
  await signIn(page, "lincoln", accounts.signout, PASSWORD);
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  const kept = (await context.cookies(schoolUrl("lincoln"))).find((c) => c.name.includes("session-token"))!;
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(schoolUrl("lincoln", "/login"));
  await context.addCookies([kept]);
  await page.goto(schoolUrl("lincoln", "/dashboard"));
  await expect(page).toHaveURL(schoolUrl("lincoln", "/login"));
  const open = await withDatabase(
    async (db) =>
      (
        await db.query(
          "SELECT count(*)::int AS n FROM user_sessions WHERE user_id = $1 AND ended_at IS NULL",
          [ids.signout],
        )
      ).rows[0].n,
  );
  expect(open).toBe(0);
});
