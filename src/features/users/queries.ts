import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { pausedSignIns } from "@/server/auth/throttle";
import type { TenantDb } from "@/server/db/with-tenant";
import type { UserListQuery } from "./schemas.ts";
import { pageWindow, searchWords } from "@/lib/list-query";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: string;
  status: string;
  locked: boolean;
  twoFactor: boolean;
  invitationPending: boolean;
  lastLogin: string | null;
}

/** One page of the school's accounts (platform admins never appear), with the total for paging. */
export async function listUsers(
  db: TenantDb,
  query: UserListQuery,
  now = new Date(),
): Promise<{ rows: UserRow[]; total: number; page: number; pageCount: number }> {
  const words = searchWords(query.q);
  const where: Prisma.UserWhereInput = {
    role: query.role ?? { not: "super_admin" },
    ...(query.status ? { status: query.status } : {}),
    ...(words.length
      ? {
          AND: words.map((word) => ({
            OR: [
              { firstName: { contains: word, mode: "insensitive" as const } },
              { lastName: { contains: word, mode: "insensitive" as const } },
              { email: { contains: word, mode: "insensitive" as const } },
            ],
          })),
        }
      : {}),
  };
  const total = await db.user.count({ where });
  const { page, pageCount, skip, size } = pageWindow(total, query.page);
  const users = await db.user.findMany({
    where,
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    skip,
    take: size,
    include: { security: { select: { invitationPending: true } } },
  });
  const paused = await pausedSignIns(db);
  return {
    total,
    page,
    pageCount,
    rows: users.map((u) => ({
      id: u.id,
      name: `${u.lastName}, ${u.firstName}`,
      email: u.email,
      role: u.role,
      status: u.status ?? "active",
      locked: (!!u.lockedUntil && u.lockedUntil > now) || paused.has(u.email),
      twoFactor: !!u.twoFactorEnabled,
      invitationPending: !!u.security?.invitationPending,
      lastLogin: u.lastLogin?.toISOString() ?? null,
    })),
  };
}
