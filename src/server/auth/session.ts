import "server-only";
// Guards. A session counts only on the school's host it was made on, only while the account is
// active and unlocked, its session version unchanged and its server-side row open and recently
// used (user-sessions.ts).
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getCurrentTenant, isServiceAvailable, type CurrentTenant } from "@/server/tenancy/current-tenant";
import { TENANT_HOST_HEADER } from "@/server/tenancy/host";
import { incomingRequest } from "./incoming-request.ts";
import { can, type Permission, type Role } from "./permissions.ts";
import { resolveSession } from "./user-sessions.ts";
import { twoFactorRequired } from "./two-factor.ts";

export interface SessionUser {
  id: string;
  tenantId: string;
  email: string;
  name: string;
  role: Role;
  permissions: unknown;
  /** The person's own language (users.locale); null reads the school's. */
  locale: string | null;
  sessionId: string;
  /** The school (or the role) requires two-factor and this account has not set it up yet. */
  mustSetUpTwoFactor: boolean;
}

export async function currentTenantOfRequest(): Promise<CurrentTenant | null> {
  const host = (await incomingRequest().headers()).get(TENANT_HOST_HEADER);
  return host ? getCurrentTenant(host) : null;
}

/**
 * The signed-in person of this request. Read once per request (React's cache()): the staff layout
 * and the page both ask, and each read is a transaction (the session row, the user, the version).
 */
export const getSessionUser = cache(readSessionUser);

async function readSessionUser(): Promise<SessionUser | null> {
  // The signed cookie first: it is checked without the database, so a request without a session
  // is refused before any query runs (not even the school lookup).
  const session = await incomingRequest().sessionClaims();
  if (!session?.uid || !session.tid) return null;
  const tenant = await currentTenantOfRequest();
  if (!tenant || !isServiceAvailable(tenant) || session.tid !== tenant.id) return null;
  const user = await resolveSession(tenant.id, session);
  if (!user) return null;
  return {
    id: user.id,
    tenantId: tenant.id,
    email: user.email,
    name: `${user.firstName} ${user.lastName}`,
    role: user.role,
    permissions: user.permissions,
    locale: user.locale,
    sessionId: session.sid!,
    mustSetUpTwoFactor: !user.twoFactorEnabled && twoFactorRequired(user.role, tenant.features),
  };
}

/** Signed in, or off to the sign-in page; with two-factor owed, off to set it up first. */
export async function requireUser(options: { allowPendingTwoFactor?: boolean } = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (user.mustSetUpTwoFactor && !options.allowPendingTwoFactor) redirect("/account/security");
  return user;
}

/** Anyone else gets "not found": a page of another audience does not exist for them. */
export async function requireRole(roles: readonly Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) notFound();
  return user;
}

export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission)) notFound();
  return user;
}
