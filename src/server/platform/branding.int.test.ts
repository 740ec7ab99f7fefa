// Branding from the console: validated, audited as a platform event with what changed, never the platform's own tenant.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeConsoleDatabase, openConsoleDatabase } from "../../../tests/support/console-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { NotFoundError } from "../../server/errors.ts";
import { updateBranding } from "./branding.ts";
import { brandingSchema } from "./schemas.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let platform: BasePrismaClient;
let a: School;
const request = { ip: "192.0.2.17", userAgent: "test", method: "POST", url: "/tenants/branding" };
const actor = { id: null, email: "root@platform.example", role: "super_admin" };
const valid = {
  logoUrl: `/api/uploads/logos/${"a".repeat(64)}.png`,
  primaryColor: "#5B2A86",
  secondaryColor: "#f2b705",
  customCss: " .card { color: red; } ",
};

beforeAll(async () => {
  ({
    db,
    app,
    platform,
    schools: [a],
  } = await openConsoleDatabase("a"));
});
afterAll(() => closeConsoleDatabase({ db, app, platform }));

describe("branding", () => {
  it("saves the look and audits only what changed", async () => {
    await updateBranding(
      { tenantId: a.tenantId, branding: brandingSchema.parse(valid), actor, request },
      platform,
    );
    const {
      rows: [t],
    } = await db.admin.query("SELECT logo_url, primary_color, custom_css FROM tenants WHERE id = $1", [
      a.tenantId,
    ]);
    expect(t).toEqual({
      logo_url: valid.logoUrl,
      primary_color: "#5b2a86",
      custom_css: ".card { color: red; }",
    });
    await updateBranding(
      {
        tenantId: a.tenantId,
        branding: brandingSchema.parse({ ...valid, secondaryColor: "#123456" }),
        actor,
        request,
      },
      platform,
    );
    const { rows } = await db.admin.query(
      "SELECT new_values FROM audit_logs WHERE action = 'tenant_branding_updated' AND resource_id = $1 ORDER BY created_at",
      [a.tenantId],
    );
    expect(rows.at(-1).new_values).toEqual({ secondaryColor: "#123456" });
    await expect(
      updateBranding(
        {
          tenantId: "00000000-0000-4000-8000-000000000000",
          branding: brandingSchema.parse(valid),
          actor,
          request,
        },
        platform,
      ),
    ).rejects.toThrow(NotFoundError);
  });

  it("refuses script addresses, plain http, other paths and colours that are not hex, field by field", () => {
    for (const logoUrl of [
      "javascript:alert(1)",
      "http://cdn.example/logo.png",
      "//evil.example/logo.png",
      "/api/uploads/logos/x.html",
    ]) {
      expect(brandingSchema.safeParse({ ...valid, logoUrl }).success, logoUrl).toBe(false);
    }
    const bad = brandingSchema.safeParse({
      ...valid,
      primaryColor: "red",
      secondaryColor: "#12345",
      customCss: "x".repeat(20_001),
    });
    expect(bad.error!.issues.map((i) => i.path[0]).sort()).toEqual([
      "customCss",
      "primaryColor",
      "secondaryColor",
    ]);
  });
});
