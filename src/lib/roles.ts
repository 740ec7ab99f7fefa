// Who someone is at a school, in one vocabulary: the stored role names and what people read.

export const ROLES = ["super_admin", "admin", "principal", "teacher", "parent", "student"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<string, string>> = {
  admin: "School administrator",
  principal: "Principal",
  teacher: "Teacher",
  parent: "Parent",
  student: "Student",
  super_admin: "Platform admin",
} satisfies Record<Role, string>;

export const roleLabel = (role: string) => ROLE_LABELS[role] ?? role;
