import { z } from "zod";
import "@/i18n/zod-messages";
import { ROLES } from "@/lib/roles";
import { pageParam, searchParam } from "@/lib/list-query";

// School roles an administrator may give; super_admin exists only on the platform.
export const SCHOOL_ROLES = ROLES.filter((r) => r !== "super_admin") as Exclude<
  (typeof ROLES)[number],
  "super_admin"
>[];

export const changeRoleSchema = z.strictObject({
  userId: z.uuid("Choose a user."),
  role: z.enum(SCHOOL_ROLES as [string, ...string[]], "Choose a role."),
});
export const userStatusSchema = z.strictObject({
  userId: z.uuid("Choose a user."),
  status: z.enum(["active", "inactive", "suspended"], "Choose a status."),
});

const name = (label: string) =>
  z.string().trim().min(1, `Enter the ${label}.`).max(100, `Use at most 100 characters for the ${label}.`);

export const inviteUserSchema = z.strictObject({
  firstName: name("first name"),
  lastName: name("last name"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter an email address.")
    .max(255, "Use at most 255 characters.")
    .pipe(z.email("Enter a valid email address.")),
  role: z.enum(SCHOOL_ROLES as [string, ...string[]], "Choose a role."),
});
export type InviteUserValues = z.input<typeof inviteUserSchema>;

export const userIdSchema = z.strictObject({ userId: z.uuid("Choose a user.") });

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

export { ROLE_LABELS } from "@/lib/roles";
