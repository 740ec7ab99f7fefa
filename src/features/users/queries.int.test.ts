// The account list: search across name and email, filters, paging, and only this school's people.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import { listUsers } from "./queries.ts";
import { DEFAULT_PAGE_SIZE as USERS_PAGE_SIZE } from "../../lib/list-query.ts";
import { userListQuerySchema } from "./schemas.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  const insert = (
    tenant: string,
    email: string,
    first: string,
    last: string,
    role: string,
    status = "active",
  ) =>
    db.admin.query(
      "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role, status) VALUES ($1, $2, 'x', $3, $4, $5, $6)",
      [tenant, email, first, last, role, status],
    );
  await insert(a.tenantId, "root@example.org", "Platform", "Operator", "super_admin");
  await insert(a.tenantId, "jo.park@example.org", "Jo", "Park", "parent");
  await insert(a.tenantId, "old@example.org", "Jo", "Gone", "teacher", "inactive");
  await insert(b.tenantId, "jo.other@example.org", "Jo", "Elsewhere", "parent");
  for (let i = 0; i < USERS_PAGE_SIZE + 3; i++)
    await insert(a.tenantId, `t${i}@example.org`, "Tess", `Quill${String(i).padStart(2, "0")}`, "teacher");
});
afterAll(() => closeSchoolDatabase(db, app));

const list = (query: Record<string, string>) =>
  withTenant(a.tenantId, (tx) => listUsers(tx, userListQuerySchema.parse(query)), { client: app });

describe("listUsers", () => {
  it("finds by any word of name or email, never another school's people or platform admins", async () => {
    expect((await list({ q: "jo" })).rows.map((r) => r.email).sort()).toEqual([
      "jo.park@example.org",
      "old@example.org",
    ]);
    expect((await list({ q: "JO PARK" })).rows.map((r) => r.email)).toEqual(["jo.park@example.org"]);
    expect((await list({ q: "operator" })).total).toBe(0);
    expect((await list({ q: "elsewhere" })).total).toBe(0);
  });

  it("filters by role and status", async () => {
    expect((await list({ role: "parent" })).rows.map((r) => r.email)).toEqual(["jo.park@example.org"]);
    expect((await list({ status: "inactive" })).rows.map((r) => r.email)).toEqual(["old@example.org"]);
  });

  it("pages in name order, clamps a page past the end, and ignores junk in the URL", async () => {
    const first = await list({ q: "quill" });
    expect(first.total).toBe(USERS_PAGE_SIZE + 3);
    expect(first.rows).toHaveLength(USERS_PAGE_SIZE);
    expect(first.rows[0]!.name).toBe("Quill00, Tess");
    const last = await list({ q: "quill", page: "99" });
    expect(last.page).toBe(2);
    expect(last.rows.map((r) => r.name)).toEqual(["Quill25, Tess", "Quill26, Tess", "Quill27, Tess"]);
    expect((await list({ q: "quill", page: "-3", role: "wizard", status: "??" })).rows).toHaveLength(
      USERS_PAGE_SIZE,
    );
  });
});
