// Suspending and reactivating a school as the platform role: the status, a platform audit event in
// the same transaction, and the platform's own tenant out of reach.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import {
  closeConsoleDatabase,
  insertPlatform,
  openConsoleDatabase,
} from "../../../tests/support/console-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { NotFoundError, UserFacingError } from "../../server/errors.ts";
import { setTenantStatus } from "./lifecycle.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let platform: BasePrismaClient;
let a: School;
let platformTenant: string;
const request = { ip: "192.0.2.13", userAgent: "test", method: "POST", url: "/tenants" };
const actor = { id: null, email: "root@platform.example", role: "super_admin" };

beforeAll(async () => {
  ({
    db,
    app,
    platform,
    schools: [a],
  } = await openConsoleDatabase("a"));
  platformTenant = (await insertPlatform(db)).tenantId;
});
afterAll(() => closeConsoleDatabase({ db, app, platform }));

describe("setTenantStatus", () => {
  it("suspends a school with a platform audit event, ending its sessions for good, then reactivates it", async () => {
    await db.admin.query("INSERT INTO user_sessions (tenant_id, user_id) VALUES ($1, $2)", [
      a.tenantId,
      a.ids.user,
    ]);
    await setTenantStatus({ tenantId: a.tenantId, status: "suspended", actor, request }, platform, {
      schoolClient: app,
    });
    expect(
      (
        await db.admin.query(
          "SELECT count(*)::int AS n FROM user_sessions WHERE tenant_id = $1 AND ended_at IS NULL",
          [a.tenantId],
        )
      ).rows[0].n,
    ).toBe(0);
    expect(
      (await db.admin.query("SELECT subscription_status FROM tenants WHERE id = $1", [a.tenantId])).rows[0]
        .subscription_status,
    ).toBe("suspended");
    const {
      rows: [event],
    } = await db.admin.query(
      "SELECT tenant_id, user_email, old_values, new_values FROM audit_logs WHERE action = 'tenant_suspended' AND resource_id = $1",
      [a.tenantId],
    );
    expect(event).toEqual({
      tenant_id: null,
      user_email: "root@platform.example",
      old_values: { subscriptionStatus: "active" },
      new_values: { subscriptionStatus: "suspended" },
    });
    await expect(
      setTenantStatus({ tenantId: a.tenantId, status: "suspended", actor, request }, platform, {
        schoolClient: app,
      }),
    ).rejects.toThrow(UserFacingError);
    await setTenantStatus({ tenantId: a.tenantId, status: "active", actor, request }, platform, {
      schoolClient: app,
    });
    expect(
      (await db.admin.query("SELECT count(*)::int AS n FROM audit_logs WHERE action = 'tenant_reactivated'"))
        .rows[0].n,
    ).toBe(1);
  });

  it("cannot touch the platform's own tenant or an unknown id", async () => {
    await expect(
      setTenantStatus({ tenantId: platformTenant, status: "suspended", actor, request }, platform),
    ).rejects.toThrow(NotFoundError);
    await expect(
      setTenantStatus(
        { tenantId: "00000000-0000-4000-8000-000000000000", status: "suspended", actor, request },
        platform,
      ),
    ).rejects.toThrow(NotFoundError);
  });
});
