import "server-only";
// The server-side half of a session. The signed cookie names a row here; the guard accepts the
// cookie only while the row is open and was used within the idle limit, so an idle session expires
// even though its JWT has not, and a sign-out ends the session for good (a copied cookie is dead).
import type { AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { withTenant, type TenantDb } from "@/server/db/with-tenant";
import { isRole, type Role } from "./permissions.ts";

/** A session unused for this long is over (idle timeout). */
export const SESSION_IDLE_MINUTES =
  Number(process.env.SESSION_IDLE_MINUTES) > 0 ? Number(process.env.SESSION_IDLE_MINUTES) : 30;
/** A session lasts at most this long, however active (absolute timeout). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
// Writing last_seen_at on every page view would turn every read into a write; once a minute is enough.
const TOUCH_AFTER_MS = 60_000;

export interface SessionClaims {
  uid: string;
  tid: string;
  sid: string;
  sv: number;
  authTime: number;
}

export async function startSession(
  tx: TenantDb,
  tenantId: string,
  userId: string,
  request: AuditRequest,
): Promise<string> {
  const row = await tx.userSession.create({
    data: { tenantId, userId, ipAddress: request.ip, userAgent: request.userAgent },
  });
  return row.id;
}

export async function endSession(tx: TenantDb, sessionId: string): Promise<void> {
  await tx.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

export interface ActiveUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  permissions: unknown;
  twoFactorEnabled: boolean;
  locale: string | null;
}

/**
 * The user behind a session's claims, or null when anything says the session is over: another
 * school, absolute or idle timeout, signed out, account inactive or locked, or its version bumped.
 */
export async function resolveSession(
  tenantId: string,
  claims: Partial<SessionClaims>,
  options: { now?: Date; client?: BasePrismaClient } = {},
): Promise<ActiveUser | null> {
  const now = options.now ?? new Date();
  if (!claims.uid || !claims.sid || claims.tid !== tenantId) return null;
  if (!claims.authTime || claims.authTime + SESSION_MAX_AGE_SECONDS < now.getTime() / 1000) return null;
  const { uid, sid } = claims;
  return withTenant(
    tenantId,
    async (tx) => {
      // One statement: the session row with its user and the user's security row, joined in
      // the database (relationJoins), because every signed-in request pays for this read.
      const session = await tx.userSession.findUnique({
        where: { id: sid },
        relationLoadStrategy: "join",
        include: { user: { include: { security: true } } },
      });
      const user = session?.user;
      if (!session || !user || user.id !== uid || session.endedAt) return null;
      if (user.status !== "active" || !isRole(user.role)) return null;
      if (user.lockedUntil && user.lockedUntil > now) return null;
      if ((user.security?.sessionVersion ?? 1) !== claims.sv) return null;
      const idleMs = now.getTime() - session.lastSeenAt.getTime();
      if (idleMs > SESSION_IDLE_MINUTES * 60_000) {
        await endSession(tx, session.id);
        return null;
      }
      if (idleMs > TOUCH_AFTER_MS)
        await tx.userSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
      return {
        id: user.id,
        email: user.email,
        firstName: user.firstName,
        lastName: user.lastName,
        role: user.role,
        permissions: user.permissions,
        twoFactorEnabled: user.twoFactorEnabled ?? false,
        locale: user.locale,
      };
    },
    options.client ? { client: options.client } : {},
  );
}
