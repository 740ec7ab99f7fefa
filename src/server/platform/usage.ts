import "server-only";
// The console's view of schools: the tenants table (platform data) and aggregate usage only.
// Counting runs per school through withTenant(), so no school's records are read here.
import type { Prisma } from "@/generated/prisma/client";
import { platformDb } from "@/server/db/platform";
import { withTenant } from "@/server/db/with-tenant";
import { PLATFORM_SLUG } from "@/server/tenancy/current-tenant";
import { ACTIVE_STUDENT } from "@/lib/student-status";
import { pageWindow } from "@/lib/list-query";

export async function listTenants(query: { q?: string; plan?: string; status?: string; page?: number }) {
  const where: Prisma.TenantWhereInput = {
    slug: { not: PLATFORM_SLUG },
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: "insensitive" } },
            { slug: { contains: query.q, mode: "insensitive" } },
            { domain: { contains: query.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(query.plan ? { subscriptionPlan: query.plan } : {}),
    ...(query.status ? { subscriptionStatus: query.status } : {}),
  };
  const total = await platformDb().tenant.count({ where });
  const { page, pageCount, skip, size } = pageWindow(total, query.page);
  const tenants = await platformDb().tenant.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip,
    take: size,
  });
  const rows = [];
  for (const t of tenants) {
    const usage = await withTenant(t.id, async (db) => ({
      students: await db.student.count({ where: ACTIVE_STUDENT }),
      teachers: await db.teacher.count({ where: { employmentStatus: "active" } }),
      lastActivity: (await db.user.aggregate({ _max: { lastLogin: true } }))._max.lastLogin,
    }));
    rows.push({
      id: t.id,
      name: t.name,
      slug: t.slug,
      subdomain: t.subdomain,
      domain: t.domain,
      plan: t.subscriptionPlan ?? "basic",
      status: t.subscriptionStatus ?? "active",
      students: usage.students,
      maxStudents: t.maxStudents ?? 500,
      teachers: usage.teachers,
      maxTeachers: t.maxTeachers ?? 50,
      lastActivity: usage.lastActivity?.toISOString() ?? null,
    });
  }
  return { rows, total, page, pageCount };
}
