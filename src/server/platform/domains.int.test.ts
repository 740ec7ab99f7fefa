// Custom domains: pending until the TXT record with the token is found (through a stand-in
// resolver here), and only a verified domain is the one tenants.domain routes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeConsoleDatabase, openConsoleDatabase } from "../../../tests/support/console-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import type { TxtResolver } from "../../server/tenancy/dns.ts";
import { removeCustomDomain, setCustomDomain, txtRecordName, verifyCustomDomain } from "./domains.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let platform: BasePrismaClient;
let a: School;
let b: School;
const request = { ip: "192.0.2.16", userAgent: "test", method: "POST", url: "/tenants/domain" };
const actor = { id: null, email: "root@platform.example", role: "super_admin" };
const records = new Map<string, string[]>();
const standIn: TxtResolver = { resolveTxt: async (name) => records.get(name) ?? [] };
const broken: TxtResolver = {
  resolveTxt: async () => {
    throw Object.assign(new Error("timeout"), { code: "ETIMEOUT" });
  },
};
const routed = async (tenantId: string) =>
  (await db.admin.query("SELECT domain FROM tenants WHERE id = $1", [tenantId])).rows[0].domain;

beforeAll(async () => {
  ({
    db,
    app,
    platform,
    schools: [a, b],
  } = await openConsoleDatabase("a", "b"));
});
afterAll(() => closeConsoleDatabase({ db, app, platform }));

describe("custom domains", () => {
  it("stays pending, then fails without the record, and routes only once the TXT record has the token", async () => {
    const set = await setCustomDomain(
      { tenantId: a.tenantId, domain: "portal.a-school.org", actor, request },
      platform,
    );
    expect(set).toMatchObject({
      status: "pending",
      verificationToken: expect.stringMatching(/^sis-verify=[0-9a-f]{32}$/),
    });
    expect(await routed(a.tenantId)).toBeNull();

    const failed = await verifyCustomDomain(
      { tenantId: a.tenantId, resolver: standIn, actor, request },
      platform,
    );
    expect(failed).toMatchObject({
      status: "failed",
      lastError: expect.stringContaining("No TXT record found at _sis-verify.portal.a-school.org"),
    });
    records.set(txtRecordName("portal.a-school.org"), ["something-else"]);
    expect(
      (await verifyCustomDomain({ tenantId: a.tenantId, resolver: standIn, actor, request }, platform))
        .lastError,
    ).toContain("none has the value");
    expect(
      (await verifyCustomDomain({ tenantId: a.tenantId, resolver: broken, actor, request }, platform))
        .lastError,
    ).toContain("DNS did not answer");
    expect(await routed(a.tenantId)).toBeNull();

    records.set(txtRecordName("portal.a-school.org"), ["something-else", set.verificationToken]);
    const verified = await verifyCustomDomain(
      { tenantId: a.tenantId, resolver: standIn, actor, request },
      platform,
    );
    expect(verified).toMatchObject({ status: "verified", lastError: null, verifiedAt: expect.any(Date) });
    expect(await routed(a.tenantId)).toBe("portal.a-school.org");
    const { rows } = await db.admin.query(
      "SELECT action FROM audit_logs WHERE tenant_id IS NULL AND resource_id = $1 ORDER BY created_at, action",
      [a.tenantId],
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual([
      "tenant_domain_set",
      "tenant_domain_failed",
      "tenant_domain_failed",
      "tenant_domain_failed",
      "tenant_domain_verified",
    ]);
  });

  it("refuses another school's domain and the platform's own addresses, on the field", async () => {
    await expect(
      setCustomDomain({ tenantId: b.tenantId, domain: "portal.a-school.org", actor, request }, platform),
    ).rejects.toMatchObject({ field: "domain", message: "Another school already uses this domain." });
    await expect(
      setCustomDomain({ tenantId: b.tenantId, domain: "b.localhost", actor, request }, platform),
    ).rejects.toMatchObject({ field: "domain" });
    expect(await routed(b.tenantId)).toBeNull();
  });

  it("a new domain replaces the verified one, which stops routing at once; removing clears both", async () => {
    const next = await setCustomDomain(
      { tenantId: a.tenantId, domain: "www.a-school.org", actor, request },
      platform,
    );
    expect(next.status).toBe("pending");
    expect(await routed(a.tenantId)).toBeNull();
    await removeCustomDomain({ tenantId: a.tenantId, actor, request }, platform);
    expect(
      (
        await db.admin.query("SELECT count(*)::int AS n FROM tenant_domains WHERE tenant_id = $1", [
          a.tenantId,
        ])
      ).rows[0].n,
    ).toBe(0);
    // The school's own role cannot see the platform's domain records.
    await db.admin.query(
      "INSERT INTO tenant_domains (tenant_id, domain, verification_token) VALUES ($1, 'x.b-school.org', 't')",
      [b.tenantId],
    );
    const visible = await app.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.tenant_id', ${b.tenantId}, true)`;
      return tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM tenant_domains`.catch(
        (error: Error) => error.message,
      );
    });
    expect(String(JSON.stringify(visible))).toMatch(/permission denied/);
  });
});
