import "server-only";
import type { BasePrismaClient } from "@/server/db/prisma";
import { platformDb } from "@/server/db/platform";
import { PLATFORM_SLUG } from "@/server/tenancy/current-tenant";

export interface SchoolListing {
  id: string;
  name: string;
  subdomain: string;
  domain: string | null;
  schoolLevel: string;
  logoUrl: string | null;
  primaryColor: string | null;
}

/** Schools that answer on a subdomain, for the product's landing page. */
export async function listPublicSchools(db: BasePrismaClient): Promise<SchoolListing[]> {
  const rows = await db.tenant.findMany({
    where: { subdomain: { not: null }, subscriptionStatus: "active" },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      subdomain: true,
      domain: true,
      schoolLevel: true,
      logoUrl: true,
      primaryColor: true,
    },
  });
  return rows.map((row) => ({ ...row, subdomain: row.subdomain! }));
}

/** Every school whose service runs (not suspended or cancelled): the schools background work serves. */
export async function servedSchoolIds(db: BasePrismaClient = platformDb()): Promise<string[]> {
  const rows = await db.tenant.findMany({
    where: { slug: { not: PLATFORM_SLUG }, subscriptionStatus: { notIn: ["suspended", "cancelled"] } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** What background work writing to a school's families needs of the school: its name, language, phone. */
export async function schoolForMail(tenantId: string, db: BasePrismaClient = platformDb()) {
  const t = await db.tenant.findUnique({
    where: { id: tenantId },
    select: { name: true, schoolName: true, locale: true, phone: true },
  });
  return t ? { name: t.schoolName || t.name, locale: t.locale, phone: t.phone } : null;
}

/** The school as a background job's services need it (the same fields a request's context holds). */
export async function schoolContextOf(tenantId: string, db: BasePrismaClient = platformDb()) {
  return db.tenant.findUnique({
    where: { id: tenantId },
    select: {
      id: true,
      name: true,
      subdomain: true,
      domain: true,
      timezone: true,
      locale: true,
      features: true,
      maxStudents: true,
      maxTeachers: true,
    },
  });
}
