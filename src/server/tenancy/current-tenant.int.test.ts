// Host → school against the database, as the platform role, with the per-host cache.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asAppLogin, createTestDatabase, type TestDatabase } from "../../../tests/support/database.ts";
import { createSchool, type School } from "../../../tests/support/two-schools.ts";
import { findTenantByHost, invalidateTenantCache, isServiceAvailable } from "./current-tenant.ts";

let db: TestDatabase;
let school: School;

beforeAll(async () => {
  db = await createTestDatabase();
  vi.stubEnv("DATABASE_URL", asAppLogin(db.url));
  vi.stubEnv("ROOT_DOMAIN", "localhost");
  school = await createSchool(db.admin, "hill");
  await db.admin.query(
    "UPDATE tenants SET subdomain = 'hill', domain = 'www.hill-school.test' WHERE id = $1",
    [school.tenantId],
  );
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await db?.drop();
});

describe("findTenantByHost", () => {
  it("finds a school by its subdomain and by its custom domain", async () => {
    expect(await findTenantByHost("hill.localhost")).toMatchObject({
      id: school.tenantId,
      subdomain: "hill",
    });
    expect(await findTenantByHost("www.hill-school.test")).toMatchObject({ id: school.tenantId });
  });

  it("finds nothing for unknown, reserved or look-alike hosts", async () => {
    for (const host of [
      "nobody.localhost",
      "admin.localhost",
      "hill.localhost.evil.test",
      "hill-school.test",
      "localhost",
    ]) {
      expect(await findTenantByHost(host), host).toBeNull();
    }
  });

  it("serves from cache until invalidated, then sees the change", async () => {
    await findTenantByHost("hill.localhost");
    await db.admin.query("UPDATE tenants SET subscription_status = 'suspended' WHERE id = $1", [
      school.tenantId,
    ]);
    expect(isServiceAvailable((await findTenantByHost("hill.localhost"))!)).toBe(true);
    invalidateTenantCache();
    expect(isServiceAvailable((await findTenantByHost("hill.localhost"))!)).toBe(false);
  });
});
