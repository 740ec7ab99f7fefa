// Who someone is at a school: the stored role names (people read them as "vocab.role").

export const ROLES = ["super_admin", "admin", "principal", "teacher", "parent", "student"] as const;
export type Role = (typeof ROLES)[number];
