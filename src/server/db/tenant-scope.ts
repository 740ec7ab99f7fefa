// The Prisma half of tenant isolation: every operation of a school-scoped client is rewritten to
// name that school, and anything that would name another school is refused before it is sent.
// PostgreSQL row-level security (migration 010) enforces the same boundary again.

export class TenantScopeError extends Error {
  override name = "TenantScopeError";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT_FIELD = "tenantId";

export function assertTenantId(tenantId: unknown): asserts tenantId is string {
  if (typeof tenantId !== "string" || !UUID.test(tenantId)) {
    throw new TenantScopeError("A school (tenant) id is required to reach school data.");
  }
}

type Args = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Args =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

/** Walks a payload and refuses any tenantId, at any depth, other than the scoped school's. */
function assertNoOtherTenant(value: unknown, tenantId: string, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => assertNoOtherTenant(item, tenantId, `${path}[${i}]`));
    return;
  }
  if (!isPlainObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === TENANT_FIELD && child !== tenantId) {
      throw new TenantScopeError(`${path}.${key} names another school.`);
    }
    if (key === "tenant")
      throw new TenantScopeError(`${path}.tenant cannot be set through a school-scoped client.`);
    assertNoOtherTenant(child, tenantId, `${path}.${key}`);
  }
}

function scopeWhere(where: unknown, tenantId: string): Args {
  if (where !== undefined && !isPlainObject(where)) throw new TenantScopeError("where must be an object.");
  const current = where ?? {};
  if (TENANT_FIELD in current && current[TENANT_FIELD] !== tenantId) {
    throw new TenantScopeError("where.tenantId names another school.");
  }
  return { ...current, [TENANT_FIELD]: tenantId };
}

function scopeCreate(data: unknown, tenantId: string, path: string): Args {
  if (!isPlainObject(data)) throw new TenantScopeError(`${path} must be an object.`);
  assertNoOtherTenant(data, tenantId, path);
  return { ...data, [TENANT_FIELD]: tenantId };
}

function checkUpdate(data: unknown, tenantId: string, path: string): unknown {
  assertNoOtherTenant(data, tenantId, path);
  return data;
}

const WHERE_OPERATIONS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
]);
const UPDATE_OPERATIONS = new Set(["update", "updateMany", "updateManyAndReturn"]);

/** Rewrites one model operation's arguments for the given school. */
export function scopeArgs(model: string, operation: string, args: unknown, tenantId: string): Args {
  assertTenantId(tenantId);
  if (model === "Tenant") {
    throw new TenantScopeError("Schools (tenants) are platform data: use platform code, not withTenant().");
  }
  const scoped: Args = { ...(isPlainObject(args) ? args : {}) };

  if (WHERE_OPERATIONS.has(operation)) {
    scoped.where = scopeWhere(scoped.where, tenantId);
    if (UPDATE_OPERATIONS.has(operation)) scoped.data = checkUpdate(scoped.data, tenantId, "data");
    return scoped;
  }
  switch (operation) {
    case "create":
      scoped.data = scopeCreate(scoped.data, tenantId, "data");
      return scoped;
    case "createMany":
    case "createManyAndReturn": {
      const rows = Array.isArray(scoped.data) ? scoped.data : [scoped.data];
      scoped.data = rows.map((row, i) => scopeCreate(row, tenantId, `data[${i}]`));
      return scoped;
    }
    case "upsert":
      scoped.where = scopeWhere(scoped.where, tenantId);
      scoped.create = scopeCreate(scoped.create, tenantId, "create");
      scoped.update = checkUpdate(scoped.update, tenantId, "update");
      return scoped;
    default:
      throw new TenantScopeError(`${model}.${operation} is not available on a school-scoped client.`);
  }
}
