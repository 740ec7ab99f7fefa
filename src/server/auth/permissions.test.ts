import { describe, expect, it } from "vitest";
import { can, homeFor, PERMISSION_MATRIX, ROLES, SCHOOL_PERMISSIONS } from "./permissions.ts";

describe("permission matrix", () => {
  it.each([
    ["admin", "users.manage", true],
    ["admin", "students.read_sensitive", true],
    ["principal", "students.write", true],
    ["principal", "users.manage", false],
    ["teacher", "gradebook.write", true],
    ["teacher", "students.write", false],
    ["teacher", "students.read_sensitive", false],
    ["parent", "students.read", false],
    ["parent", "portal.view", true],
    ["student", "gradebook.write", false],
    ["super_admin", "tenants.manage", true],
    ["super_admin", "students.read", false], // no school records by default
    ["admin", "tenants.manage", false],
  ] as const)("%s may %s: %s", (role, permission, expected) => {
    expect(can({ role }, permission)).toBe(expected);
  });

  it("lets a school grant extra school permissions per user, never platform ones", () => {
    const nurseTeacher = {
      role: "teacher",
      permissions: { grant: ["students.read_sensitive", "tenants.manage", 42] },
    };
    expect(can(nurseTeacher, "students.read_sensitive")).toBe(true);
    expect(can(nurseTeacher, "tenants.manage")).toBe(false);
    expect(can({ role: "teacher", permissions: { grant: "students.write" } }, "students.write")).toBe(false);
  });

  it("refuses everything to an unknown role", () => {
    for (const permission of SCHOOL_PERMISSIONS)
      expect(can({ role: "janitor", permissions: { grant: [permission] } }, permission)).toBe(false);
  });

  it("gives every role a home and every permission an owner", () => {
    expect(ROLES.map(homeFor)).toEqual([
      "/console",
      "/dashboard",
      "/dashboard",
      "/dashboard",
      "/portal",
      "/portal",
    ]);
    const held = new Set(Object.values(PERMISSION_MATRIX).flat());
    for (const permission of SCHOOL_PERMISSIONS) expect(held.has(permission), permission).toBe(true);
  });
});
