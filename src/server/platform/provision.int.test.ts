// Signing up a school and editing it, as the console does: the platform role for the tenants row,
// the application role (row-level security on) for the first administrator.
import { currentYearName } from "../../lib/school-year-defaults.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import {
  closeConsoleDatabase,
  insertPlatform,
  openConsoleDatabase,
} from "../../../tests/support/console-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { NotFoundError } from "../../server/errors.ts";
import { PLANS } from "./plans.ts";
import { createTenant } from "./provision.ts";
import { createTenantSchema, tenantSettingsSchema } from "./schemas.ts";
import { updateTenantSettings } from "./settings.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let platform: BasePrismaClient;
let a: School;
const request = { ip: "192.0.2.14", userAgent: "test", method: "POST", url: "/tenants/new" };
let actor: { id: string; email: string; role: string };

const raw = (over: Record<string, unknown> = {}) => ({
  slug: "maple-grove",
  subdomain: "maple",
  name: "Maple Grove",
  schoolName: "Maple Grove Elementary School",
  schoolType: "public",
  schoolLevel: "elementary",
  address: "1 Maple Way",
  phone: "(555) 010-0101",
  email: "office@maple.example",
  website: "https://maple.example",
  timezone: "America/Chicago",
  locale: "en-US",
  plan: "professional",
  maxStudents: "1200",
  maxTeachers: "90",
  billingEmail: "",
  features: PLANS.professional.features,
  adminFirstName: "Rosa",
  adminLastName: "Diaz",
  adminEmail: "Rosa.Diaz@maple.example",
  ...over,
});
const form = (over: Record<string, unknown> = {}) => createTenantSchema.parse(raw(over));

beforeAll(async () => {
  ({
    db,
    app,
    platform,
    schools: [a],
  } = await openConsoleDatabase("a"));
  ({ actor } = await insertPlatform(db));
});
afterAll(() => closeConsoleDatabase({ db, app, platform }));

describe("createTenant", () => {
  it("creates the school with its plan and an invited first administrator, audited on both sides", async () => {
    const tenant = await createTenant(
      form(),
      { actor, request, inviterName: "The platform team" },
      { platform, school: app },
    );
    const {
      rows: [row],
    } = await db.admin.query(
      "SELECT subdomain, subscription_plan, subscription_status, max_students, features, timezone, created_by FROM tenants WHERE id = $1",
      [tenant.id],
    );
    expect(row).toEqual({
      subdomain: "maple",
      subscription_plan: "professional",
      subscription_status: "active",
      max_students: 1200,
      features: PLANS.professional.features,
      timezone: "America/Chicago",
      created_by: actor.id,
    });
    const { rows: users } = await db.admin.query(
      "SELECT u.email, u.role, s.invitation_pending FROM users u JOIN user_security s ON s.user_id = u.id WHERE u.tenant_id = $1",
      [tenant.id],
    );
    expect(users).toEqual([{ email: "rosa.diaz@maple.example", role: "admin", invitation_pending: true }]);
    const {
      rows: [mail],
    } = await db.admin.query(
      "SELECT to_address, text_body FROM mail_outbox WHERE tenant_id = $1 AND purpose = 'invitation'",
      [tenant.id],
    );
    expect(mail.to_address).toBe("rosa.diaz@maple.example");
    expect(mail.text_body).toMatch(/http:\/\/maple\.localhost(:\d+)?\/verify\/[A-Za-z0-9_-]{40,}/);
    const { rows: events } = await db.admin.query(
      "SELECT tenant_id, action, user_email FROM audit_logs WHERE resource_id IN ($1, (SELECT id FROM users WHERE tenant_id = $1)) ORDER BY action",
      [tenant.id],
    );
    expect(events).toEqual([
      { tenant_id: null, action: "tenant_created", user_email: actor.email },
      { tenant_id: tenant.id, action: "user_invited", user_email: actor.email },
    ]);
    // Its first year: the one under way in its timezone, with federal holidays and bell schedules.
    const year = currentYearName("America/Chicago");
    const {
      rows: [setup],
    } = await db.admin.query(
      `SELECT (SELECT string_agg(name || ':' || is_current, ',') FROM school_years WHERE tenant_id = $1) AS years,
              (SELECT count(*)::int FROM grading_periods WHERE tenant_id = $1) AS periods,
              (SELECT count(*)::int FROM calendar_days WHERE tenant_id = $1 AND reason = 'Thanksgiving') AS thanksgiving,
              (SELECT string_agg(name || ':' || is_default, ',' ORDER BY name) FROM bell_schedules WHERE tenant_id = $1) AS bells,
              (SELECT count(*)::int FROM bell_periods WHERE tenant_id = $1) AS bell_periods`,
      [tenant.id],
    );
    expect(setup).toEqual({
      years: `${year}:true`,
      periods: 6,
      thanksgiving: 1,
      bells: "Half day:false,Regular day:true",
      bell_periods: 12,
    });
  });

  it("refuses a slug or subdomain another school has, on the field, writing nothing", async () => {
    const before = (await db.admin.query("SELECT count(*)::int AS n FROM tenants")).rows[0].n;
    await expect(
      createTenant(
        form({ subdomain: "other-maple" }),
        { actor, request, inviterName: "x" },
        { platform, school: app },
      ),
    ).rejects.toMatchObject({ field: "slug" });
    await expect(
      createTenant(
        form({ slug: "maple-two" }),
        { actor, request, inviterName: "x" },
        { platform, school: app },
      ),
    ).rejects.toMatchObject({ field: "subdomain" });
    expect((await db.admin.query("SELECT count(*)::int AS n FROM tenants")).rows[0].n).toBe(before);
  });

  it("undoes the school when its first administrator cannot be created", async () => {
    // The platform role may not write users: the second step fails after the tenants row exists.
    await expect(
      createTenant(
        form({ slug: "half-made", subdomain: "half-made" }),
        { actor, request, inviterName: "x" },
        { platform, school: platform },
      ),
    ).rejects.toThrow();
    expect(
      (await db.admin.query("SELECT count(*)::int AS n FROM tenants WHERE slug = 'half-made'")).rows[0].n,
    ).toBe(0);
    expect(
      (
        await db.admin.query(
          "SELECT count(*)::int AS n FROM audit_logs WHERE action = 'tenant_creation_undone'",
        )
      ).rows[0].n,
    ).toBe(1);
  });

  it("validates names the platform keeps for itself and bad limits", () => {
    const result = createTenantSchema.safeParse({
      ...raw(),
      slug: "admin",
      subdomain: "-bad",
      maxStudents: "0",
      adminEmail: "nope",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join(".")).sort()).toEqual([
      "adminEmail",
      "maxStudents",
      "slug",
      "subdomain",
    ]);
  });
});

/** The sign-up form's values less what only sign-up has (the settings schema refuses unknown keys). */
const settingsOnly = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([key]) => key in tenantSettingsSchema.shape));

describe("updateTenantSettings", () => {
  it("records only what changed, and cannot reach the platform tenant or an unknown id", async () => {
    const {
      rows: [{ id, ...old }],
    } = await db.admin.query("SELECT id, name FROM tenants WHERE id = $1", [a.tenantId]);
    const settings = tenantSettingsSchema.parse({
      ...settingsOnly(raw()),
      name: `${old.name} Academy`,
      plan: "enterprise",
      maxStudents: 9000,
      maxTeachers: 900,
      features: PLANS.enterprise.features,
    });
    await updateTenantSettings({ tenantId: id, settings, actor, request }, platform);
    const {
      rows: [event],
    } = await db.admin.query(
      "SELECT old_values, new_values FROM audit_logs WHERE action = 'tenant_updated' AND resource_id = $1",
      [id],
    );
    expect(event.new_values).toMatchObject({
      name: `${old.name} Academy`,
      subscriptionPlan: "enterprise",
      maxStudents: 9000,
    });
    expect(event.old_values).toMatchObject({ name: old.name });
    const platformId = (await db.admin.query("SELECT id FROM tenants WHERE slug = 'platform'")).rows[0].id;
    await expect(
      updateTenantSettings({ tenantId: platformId, settings, actor, request }, platform),
    ).rejects.toThrow(NotFoundError);
    await expect(
      updateTenantSettings(
        { tenantId: "00000000-0000-4000-8000-000000000000", settings, actor, request },
        platform,
      ),
    ).rejects.toThrow(NotFoundError);
  });
});
