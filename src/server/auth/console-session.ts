import "server-only";
// Guards of the tenant console. Console pages live under /console, which only the console host
// reaches (middleware.ts). A console session is one made there, for a super admin of the platform's
// own tenant; a school's session is never one, and two-factor is always required.
import { redirect } from "next/navigation";
import type { z } from "zod";
import {
  answeringWhenDatabaseUnavailable,
  inLanguage,
  invalidInput,
  refusal,
  type ActionResult,
} from "@/server/action-result";
import type { AuditActor, AuditRequest } from "@/server/audit/write-audit";
import { UserFacingError } from "@/server/errors";
import { findPlatformTenant, type CurrentTenant } from "@/server/tenancy/current-tenant";
import { incomingRequest } from "./incoming-request.ts";
import { requestInfo } from "./request-info.ts";
import { SIGNED_OUT, NOT_ALLOWED } from "./school-actions.ts";
import { resolveSession } from "./user-sessions.ts";

export interface ConsoleUser {
  id: string;
  tenantId: string;
  email: string;
  name: string;
  role: "super_admin";
  twoFactorEnabled: boolean;
}

export async function getConsoleUser(): Promise<ConsoleUser | null> {
  const session = await incomingRequest().sessionClaims();
  if (!session?.uid || !session.tid) return null;
  const platform = await findPlatformTenant();
  if (!platform || session.tid !== platform.id) return null;
  const user = await resolveSession(platform.id, session);
  if (!user || user.role !== "super_admin") return null;
  return {
    id: user.id,
    tenantId: platform.id,
    email: user.email,
    name: `${user.firstName} ${user.lastName}`,
    role: "super_admin",
    twoFactorEnabled: user.twoFactorEnabled,
  };
}

/** A super admin with two-factor on; otherwise off to sign in, or to set two-factor up. */
export async function requireConsoleUser(
  options: { allowPendingTwoFactor?: boolean } = {},
): Promise<ConsoleUser> {
  const user = await getConsoleUser();
  if (!user) redirect("/login");
  if (!user.twoFactorEnabled && !options.allowPendingTwoFactor) redirect("/security");
  return user;
}

/**
 * The console's action wrapper: same order as the school wrappers, for super admins only. Console
 * work spans platform data and schools' data (separate roles and transactions), so the body opens
 * the transactions it needs; nothing is read before the guard has passed.
 */
export function consoleAction<S extends z.ZodType, T = undefined>(
  config: { schema: S; path: string; allowPendingTwoFactor?: boolean },
  body: (ctx: {
    user: ConsoleUser;
    platform: CurrentTenant;
    input: z.infer<S>;
    request: AuditRequest;
    actor: AuditActor & { id: string };
  }) => Promise<ActionResult<T>>,
) {
  return (raw: unknown): Promise<ActionResult<T>> =>
    answeringWhenDatabaseUnavailable(config.path, async () => {
      const user = await getConsoleUser();
      if (!user) return SIGNED_OUT;
      if (!user.twoFactorEnabled && !config.allowPendingTwoFactor) return NOT_ALLOWED;
      const parsed = config.schema.safeParse(raw);
      if (!parsed.success) return invalidInput(parsed.error);
      const platform = (await findPlatformTenant())!;
      const request = requestInfo(await incomingRequest().headers(), "POST", config.path);
      try {
        return inLanguage(
          await body({
            user,
            platform,
            input: parsed.data,
            request,
            actor: { id: user.id, email: user.email, role: user.role },
          }),
        );
      } catch (error) {
        if (error instanceof UserFacingError) return refusal(error);
        throw error;
      }
    });
}

/**
 * For the console's route handlers (downloads, uploads): a super admin with two-factor on, from a
 * same-origin request when it changes something. Anything else is answered as if the route did not exist.
 */
export async function consoleRouteUser(
  request: Request,
  options: { mutating: boolean },
): Promise<ConsoleUser | null> {
  if (options.mutating) {
    const origin = request.headers.get("origin");
    const host = request.headers.get("host");
    if (!origin || !host || originHost(origin) !== host) return null;
  }
  const user = await getConsoleUser();
  return user?.twoFactorEnabled ? user : null;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" and other opaque origins
  }
}
