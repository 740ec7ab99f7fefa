// One permission matrix (role → what it may do). A user's `permissions` JSONB may add school-level
// permissions ({"grant": ["students.read_sensitive"]}), never platform ones. Ownership (a
// teacher's own classes, a parent's own children) is checked by the services on top of this.

import { ROLES, type Role } from "@/lib/roles";

export { ROLES, type Role };

export const SCHOOL_PERMISSIONS = [
  "students.read",
  "students.write",
  "students.read_sensitive",
  "teachers.read",
  "teachers.write",
  "classes.read",
  "classes.write",
  "enrollments.write",
  "gradebook.read",
  "gradebook.write",
  "grades.post",
  "grades.reopen",
  "attendance.read",
  "attendance.write",
  "attendance.manage",
  "users.manage",
  "audit.read",
  "settings.manage",
  "calendar.manage",
  "portal.view",
] as const;
export type Permission = (typeof SCHOOL_PERMISSIONS)[number] | "tenants.manage";

const OFFICE: Permission[] = [
  "students.read",
  "students.write",
  "students.read_sensitive",
  "teachers.read",
  "teachers.write",
  "classes.read",
  "classes.write",
  "enrollments.write",
  "gradebook.read",
  "grades.post",
  "grades.reopen",
  "attendance.read",
  "attendance.write",
  "attendance.manage",
  "audit.read",
  "calendar.manage",
];

export const PERMISSION_MATRIX: Record<Role, readonly Permission[]> = {
  super_admin: ["tenants.manage"],
  admin: [...OFFICE, "users.manage", "settings.manage"],
  principal: [...OFFICE, "gradebook.write"],
  teacher: [
    "students.read",
    "classes.read",
    "gradebook.read",
    "gradebook.write",
    "attendance.read",
    "attendance.write",
  ],
  parent: ["portal.view"],
  student: ["portal.view"],
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

function granted(extra: unknown): Permission[] {
  const list = (extra as { grant?: unknown } | null)?.grant;
  if (!Array.isArray(list)) return [];
  return list.filter((p): p is Permission => (SCHOOL_PERMISSIONS as readonly string[]).includes(p));
}

export function can(user: { role: string; permissions?: unknown }, permission: Permission): boolean {
  if (!isRole(user.role)) return false;
  return PERMISSION_MATRIX[user.role].includes(permission) || granted(user.permissions).includes(permission);
}

/** Staff work in the staff app; parents and students in the portal; super admins in the console. */
export function homeFor(role: Role): "/dashboard" | "/portal" | "/console" {
  if (role === "parent" || role === "student") return "/portal";
  if (role === "super_admin") return "/console";
  return "/dashboard";
}
