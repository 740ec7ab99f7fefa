import { describe, expect, it } from "vitest";
import { scopeArgs, TenantScopeError } from "./tenant-scope.ts";

const A = "11111111-1111-4111-8111-111111111111";
const B = "22222222-2222-4222-8222-222222222222";

describe("scopeArgs", () => {
  it("adds the school to every filter, keeping the caller's conditions", () => {
    expect(scopeArgs("Student", "findMany", { where: { gradeLevel: "9" } }, A)).toEqual({
      where: { gradeLevel: "9", tenantId: A },
    });
    expect(scopeArgs("Student", "count", undefined, A)).toEqual({ where: { tenantId: A } });
    expect(scopeArgs("Student", "findUnique", { where: { id: "x" } }, A)).toEqual({
      where: { id: "x", tenantId: A },
    });
  });

  it("stamps the school on created rows, one by one and in bulk", () => {
    expect(scopeArgs("Student", "create", { data: { firstName: "Ana" } }, A)).toEqual({
      data: { firstName: "Ana", tenantId: A },
    });
    expect(
      scopeArgs(
        "Student",
        "createMany",
        { data: [{ firstName: "Ana" }, { firstName: "Ben", tenantId: A }] },
        A,
      ),
    ).toEqual({
      data: [
        { firstName: "Ana", tenantId: A },
        { firstName: "Ben", tenantId: A },
      ],
    });
  });

  it("refuses another school anywhere in a payload, nested writes included", () => {
    expect(() => scopeArgs("Student", "create", { data: { tenantId: B } }, A)).toThrow(TenantScopeError);
    expect(() =>
      scopeArgs(
        "Student",
        "update",
        { where: { id: "x" }, data: { enrollments: { create: [{ tenantId: B }] } } },
        A,
      ),
    ).toThrow(/another school/);
    expect(() =>
      scopeArgs("Student", "upsert", { where: { id: "x" }, create: {}, update: { tenantId: B } }, A),
    ).toThrow(TenantScopeError);
    expect(() => scopeArgs("Student", "findMany", { where: { tenantId: B } }, A)).toThrow(TenantScopeError);
    expect(() => scopeArgs("Student", "create", { data: { tenant: { connect: { id: B } } } }, A)).toThrow(
      TenantScopeError,
    );
  });

  it("refuses the tenants table, unknown operations and a bad school id", () => {
    expect(() => scopeArgs("Tenant", "findMany", {}, A)).toThrow(/platform/);
    expect(() => scopeArgs("Student", "aggregateRaw", {}, A)).toThrow(TenantScopeError);
    expect(() => scopeArgs("Student", "findMany", {}, "not-a-uuid")).toThrow(TenantScopeError);
  });
});
