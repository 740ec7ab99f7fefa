import { expect, test } from "@playwright/test";
import { hashPassword } from "../../src/server/auth/passwords";
import { upsertSchool, withDatabase } from "../support/database";
import { schoolUrl, signIn } from "../support/sign-in";

const EMAIL = "head@strict-academy.demo";
const PASSWORD = "Lanterns along the river";

test.beforeAll(async () => {
  const hash = await hashPassword(PASSWORD);
  await withDatabase(async (db) => {
    await upsertSchool(db, {
      slug: "strict-academy",
      name: "Strict Academy",
      features: { require2faRoles: ["admin"] },
    });
    await db.query(
      `INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role)
       SELECT id, $1, $2, 'Hana', 'Strict', 'admin' FROM tenants WHERE slug = 'strict-academy'
       ON CONFLICT (tenant_id, email) DO UPDATE SET password_hash = EXCLUDED.password_hash, two_factor_enabled = false`,
      [EMAIL, hash],
    );
  });
});

test("a school that requires two-factor for admins sends an admin without it to set it up first", async ({
  page,
}) => {
  await signIn(page, "strict-academy", EMAIL, PASSWORD);
  await expect(page).toHaveURL(schoolUrl("strict-academy", "/account/security"));
  await expect(page.getByRole("status")).toContainText("requires two-factor sign-in");
  await page.goto(schoolUrl("strict-academy", "/dashboard"));
  await expect(page).toHaveURL(schoolUrl("strict-academy", "/account/security"));
});
