import "server-only";
// Signing up a school: its tenants row (platform data) and its first administrator, invited by
// email (school data, through withTenant()). The two live behind different database roles, so they
// are two transactions; when the second fails the first is undone, and no half-made school stays.
import type { Prisma } from "@/generated/prisma/client";
import { setUpFirstYear } from "@/features/school-year/service";
import { currentYearName } from "@/lib/school-year-defaults";
import { writeAudit, type AuditActor, type AuditRequest } from "@/server/audit/write-audit";
import { issueEmailToken } from "@/server/auth/email-tokens";
import { NO_PASSWORD_YET } from "@/server/auth/passwords";
import { writeUnique, type UniqueFields } from "@/server/db/errors";
import type { BasePrismaClient } from "@/server/db/prisma";
import { platformDb } from "@/server/db/platform";
import { withTenant } from "@/server/db/with-tenant";
import { UserFacingError } from "@/server/errors";
import { invalidateTenantCache } from "@/server/tenancy/current-tenant";
import { schoolSideActor, writePlatformEvent } from "./platform-audit.ts";
import type { CreateTenant, TenantSettings } from "./schemas.ts";

const SLUG_TAKEN = "rules.console.slugTaken";
const SUBDOMAIN_TAKEN = "rules.console.subdomainTaken";
const UNIQUE: UniqueFields = {
  tenants_slug_key: { field: "slug", message: SLUG_TAKEN },
  tenants_subdomain_key: { field: "subdomain", message: SUBDOMAIN_TAKEN },
};

export interface Clients {
  platform?: BasePrismaClient;
  school?: BasePrismaClient;
}

/** The tenants columns a settings form writes. */
export function settingsColumns(s: TenantSettings) {
  return {
    name: s.name,
    schoolName: s.schoolName,
    schoolType: s.schoolType,
    schoolLevel: s.schoolLevel,
    address: s.address,
    phone: s.phone,
    email: s.email,
    website: s.website,
    timezone: s.timezone,
    locale: s.locale,
    subscriptionPlan: s.plan,
    maxStudents: s.maxStudents,
    maxTeachers: s.maxTeachers,
    billingEmail: s.billingEmail,
    features: s.features,
  };
}

/** The tenants row of a new school, with its platform event; a taken slug or subdomain is a field error. */
export async function insertSchool(
  platform: BasePrismaClient,
  data: Prisma.TenantCreateInput & { slug: string; subdomain: string },
  who: { actor: AuditActor & { id: string }; request: AuditRequest },
  event: { action: string; newValues: Record<string, unknown> },
) {
  return platform.$transaction(async (tx) => {
    const clash = await tx.tenant.findFirst({
      where: { OR: [{ slug: data.slug }, { subdomain: data.subdomain }] },
      select: { slug: true },
    });
    if (clash)
      throw clash.slug === data.slug
        ? new UserFacingError(SLUG_TAKEN, "slug")
        : new UserFacingError(SUBDOMAIN_TAKEN, "subdomain");
    // Two operators signing up the same school at once: the unique indexes decide.
    const row = await writeUnique(UNIQUE, () =>
      tx.tenant.create({
        data: { ...data, subscriptionStatus: "active", createdBy: who.actor.id },
      }),
    );
    await writePlatformEvent(tx, who.actor, who.request, {
      action: event.action,
      tenantId: row.id,
      newValues: event.newValues,
    });
    return row;
  });
}

/** Takes a school away again when its second step failed, saying so in the platform's log. */
export async function undoSchool(
  platform: BasePrismaClient,
  tenantId: string,
  who: { actor: AuditActor; request: AuditRequest },
) {
  await platform.$transaction(async (tx) => {
    await tx.tenant.delete({ where: { id: tenantId } });
    await writePlatformEvent(tx, who.actor, who.request, { action: "tenant_creation_undone", tenantId });
  });
}

export async function createTenant(
  input: CreateTenant,
  who: { actor: AuditActor & { id: string }; request: AuditRequest; inviterName: string },
  clients: Clients = {},
) {
  const platform = clients.platform ?? platformDb();
  const place = { slug: input.slug, subdomain: input.subdomain };
  const tenant = await insertSchool(platform, { ...settingsColumns(input), ...place }, who, {
    action: "tenant_created",
    newValues: { ...settingsColumns(input), ...place, firstAdmin: input.adminEmail },
  });
  try {
    await withTenant(
      tenant.id,
      async (db) => {
        const admin = await db.user.create({
          data: {
            tenantId: tenant.id,
            email: input.adminEmail,
            firstName: input.adminFirstName,
            lastName: input.adminLastName,
            role: "admin",
            passwordHash: NO_PASSWORD_YET,
            status: "active",
            emailVerified: false,
          },
        });
        // The year under way where the school is, with holidays and bell schedules to start from.
        await setUpFirstYear(db, tenant.id, currentYearName(tenant.timezone ?? "America/New_York"));
        await issueEmailToken(db, tenant, admin, "invitation", who.inviterName);
        await writeAudit(db, tenant.id, schoolSideActor(who.actor), who.request, {
          action: "user_invited",
          resourceType: "user",
          resourceId: admin.id,
          newValues: {
            email: admin.email,
            firstName: admin.firstName,
            lastName: admin.lastName,
            role: admin.role,
          },
        });
      },
      clients.school ? { client: clients.school } : {},
    );
  } catch (error) {
    await undoSchool(platform, tenant.id, who);
    throw error;
  }
  invalidateTenantCache();
  return tenant;
}
