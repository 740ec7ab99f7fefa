import { expect, test } from "@playwright/test";
import { withDatabase } from "../support/database";
import { schoolUrl, signIn } from "../support/sign-in";

// Runs alone, after every other test (project "quiet"), so the database is otherwise idle.
// PostgreSQL publishes a backend's table counters within ten seconds of its last query.
const FLUSH_MS = 11_000;

/**
 * Reads and writes of every school table so far, except the schools table (the school lookup) and
 * what the job runner touches on its own clock (its queue schema, the mail outbox it sweeps, the
 * family attendance messages it looks for every minute).
 */
const schoolDataActivity = () =>
  withDatabase(async (db) => {
    await db.query("SELECT pg_stat_clear_snapshot()");
    const {
      rows: [row],
    } = await db.query(
      `SELECT sum(seq_scan + coalesce(idx_scan, 0) + n_tup_ins + n_tup_upd + n_tup_del)::bigint AS n
     FROM pg_stat_user_tables
     WHERE schemaname = 'public' AND relname NOT IN ('tenants', 'schema_migrations', 'mail_outbox', 'attendance_alerts')`,
    );
    return Number(row.n);
  });

test("a server action posted without a session is refused before any query of school data runs", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "lincoln", "admin@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.goto(schoolUrl("lincoln", "/users"));
  const form = page.getByRole("form", { name: "Invite someone" });
  await form.getByLabel("First name").fill("Quiet");
  await form.getByLabel("Last name").fill("Probe");
  await form.getByLabel("Email").fill("quiet.probe@lincoln.demo");
  await form.getByLabel("Role").selectOption("teacher");
  await page.context().clearCookies();

  await page.waitForTimeout(FLUSH_MS);
  const before = await schoolDataActivity();
  const posted = page.waitForResponse(
    (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
  );
  await form.getByRole("button", { name: "Send invitation" }).click();
  expect((await posted).status()).toBe(200);
  await expect(page).toHaveURL(schoolUrl("lincoln", "/login"));
  await page.waitForTimeout(FLUSH_MS);
  expect(await schoolDataActivity()).toBe(before);

  // The counters do move when a signed-in request reads school data: the check above can fail.
  await signIn(page, "lincoln", "admin@lincoln.demo");
  await expect(page).toHaveURL(schoolUrl("lincoln", "/dashboard"));
  await page.waitForTimeout(FLUSH_MS);
  expect(await schoolDataActivity()).toBeGreaterThan(before);
});
