import { z } from "zod";
import { ROLES } from "@/server/auth/permissions";

// School roles an administrator may give; super_admin exists only on the platform.
export const SCHOOL_ROLES = ROLES.filter((r) => r !== "super_admin") as Exclude<(typeof ROLES)[number], "super_admin">[];

export const changeRoleSchema = z.object({
  userId: z.uuid("Choose a user."),
  role: z.enum(SCHOOL_ROLES as [string, ...string[]], "Choose a role."),
});
export const userStatusSchema = z.object({
  userId: z.uuid("Choose a user."),
  status: z.enum(["active", "inactive", "suspended"], "Choose a status."),
});
export const unlockSchema = z.object({ userId: z.uuid("Choose a user.") });
