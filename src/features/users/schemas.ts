import { z } from "zod";
import { requiredText } from "@/lib/field-rules";
import { ROLES } from "@/lib/roles";
import { pageParam, searchParam } from "@/lib/list-query";

// School roles an administrator may give; super_admin exists only on the platform.
export const SCHOOL_ROLES = ROLES.filter((r) => r !== "super_admin") as Exclude<
  (typeof ROLES)[number],
  "super_admin"
>[];

export const changeRoleSchema = z.strictObject({
  userId: z.uuid("rules.user.choose"),
  role: z.enum(SCHOOL_ROLES as [string, ...string[]], "rules.user.role"),
});
export const userStatusSchema = z.strictObject({
  userId: z.uuid("rules.user.choose"),
  status: z.enum(["active", "inactive", "suspended"], "rules.field.status"),
});

export const inviteUserSchema = z.strictObject({
  firstName: requiredText(100, "rules.person.firstName"),
  lastName: requiredText(100, "rules.person.lastName"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "rules.user.email")
    .max(255)
    .pipe(z.email("rules.field.email")),
  role: z.enum(SCHOOL_ROLES as [string, ...string[]], "rules.user.role"),
});
export type InviteUserValues = z.input<typeof inviteUserSchema>;

export const userIdSchema = z.strictObject({ userId: z.uuid("rules.user.choose") });

export const USER_STATUSES = ["active", "inactive", "suspended"] as const;

/** The user list's URL state: search, filters and page. Bad values fall back rather than fail. */
export const userListQuerySchema = z.object({
  q: searchParam,
  role: z
    .enum(SCHOOL_ROLES as [string, ...string[]])
    .optional()
    .catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  page: pageParam,
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;
