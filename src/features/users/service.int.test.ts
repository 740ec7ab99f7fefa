// Account administration: audited, immediate (sessions end), and blind to other schools.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import { changeRole, ForbiddenChangeError, NotFoundError, setUserStatus, unlockUser } from "./service.ts";
import { changeRoleSchema } from "./schemas.ts";
import type { SchoolContext } from "../../server/school-context.ts";
import { schoolContext } from "../../../tests/support/school-context.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let adminId: string;
const request = { ip: "192.0.2.1", userAgent: "test", method: "POST", url: "/users" };

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  const {
    rows: [admin],
  } = await db.admin.query(
    "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'admin@example.org', 'x', 'Ada', 'Admin', 'admin') RETURNING id",
    [a.tenantId],
  );
  adminId = admin.id;
});
afterAll(() => closeSchoolDatabase(db, app));

const asAdmin = <T>(fn: (ctx: SchoolContext) => Promise<T>) =>
  withTenant(
    a.tenantId,
    (tx) => fn(schoolContext(tx, a.tenantId, { id: adminId, email: "admin@example.org" }, {}, request)),
    { client: app },
  );
const version = async (userId: string) =>
  (
    await db.admin.query(
      "SELECT coalesce((SELECT session_version FROM user_security WHERE user_id = $1), 1) AS v",
      [userId],
    )
  ).rows[0].v as number;
const lastAudit = async (action: string) =>
  (
    await db.admin.query(
      "SELECT user_id, old_values, new_values, resource_id FROM audit_logs WHERE tenant_id = $1 AND action = $2 ORDER BY created_at DESC LIMIT 1",
      [a.tenantId, action],
    )
  ).rows[0];

describe("user administration", () => {
  it("changes a role, audits old and new, and ends the user's sessions", async () => {
    const before = await version(a.ids.user);
    await asAdmin((ctx) => changeRole(ctx, a.ids.user, "principal"));
    expect((await db.admin.query("SELECT role FROM users WHERE id = $1", [a.ids.user])).rows[0].role).toBe(
      "principal",
    );
    expect(await version(a.ids.user)).toBe(before + 1);
    expect(await lastAudit("role_changed")).toEqual({
      user_id: adminId,
      resource_id: a.ids.user,
      old_values: { role: "teacher" },
      new_values: { role: "principal" },
    });
  });

  it("deactivates and reactivates, and unlocks a locked account", async () => {
    await asAdmin((ctx) => setUserStatus(ctx, a.ids.user, "inactive"));
    expect(await lastAudit("status_changed")).toMatchObject({
      old_values: { status: "active" },
      new_values: { status: "inactive" },
    });
    await asAdmin((ctx) => setUserStatus(ctx, a.ids.user, "active"));
    await db.admin.query(
      "UPDATE users SET locked_until = now() + interval '10 minutes', login_attempts = 3 WHERE id = $1",
      [a.ids.user],
    );
    await asAdmin((ctx) => unlockUser(ctx, a.ids.user));
    const {
      rows: [row],
    } = await db.admin.query("SELECT locked_until, login_attempts FROM users WHERE id = $1", [a.ids.user]);
    expect(row).toEqual({ locked_until: null, login_attempts: 0 });
    expect(await lastAudit("account_unlocked")).toMatchObject({ new_values: { lockedUntil: null } });
  });

  it("treats another school's user as not found, and changes nothing there", async () => {
    await expect(asAdmin((ctx) => changeRole(ctx, b.ids.user, "admin"))).rejects.toThrow(NotFoundError);
    await expect(asAdmin((ctx) => setUserStatus(ctx, b.ids.user, "inactive"))).rejects.toThrow(NotFoundError);
    await expect(asAdmin((ctx) => unlockUser(ctx, b.ids.user))).rejects.toThrow(NotFoundError);
    const {
      rows: [row],
    } = await db.admin.query("SELECT role, status FROM users WHERE id = $1", [b.ids.user]);
    expect(row).toEqual({ role: "teacher", status: "active" });
  });

  it("will not let an administrator demote or deactivate themself", async () => {
    await expect(asAdmin((ctx) => changeRole(ctx, adminId, "teacher"))).rejects.toThrow(ForbiddenChangeError);
    await expect(asAdmin((ctx) => setUserStatus(ctx, adminId, "inactive"))).rejects.toThrow(
      ForbiddenChangeError,
    );
  });

  it("never hands out the platform's super_admin role", () => {
    expect(changeRoleSchema.safeParse({ userId: a.ids.user, role: "super_admin" }).success).toBe(false);
    expect(changeRoleSchema.safeParse({ userId: a.ids.user, role: "principal" }).success).toBe(true);
    expect(changeRoleSchema.safeParse({ userId: "not-a-uuid", role: "principal" }).success).toBe(false);
  });
});
