import "server-only";
// Host → school, in Node. Middleware only decides the audience; the database decides the school.
// Lookups are cached per host for a short time (every request of every page needs one) and the
// console clears the cache when it changes a school.
import { cache } from "react";
import { platformDb } from "@/server/db/platform";
import { routeHost } from "./host.ts";
import { rootDomain } from "./hosts.ts";
import { tenantCache } from "./tenant-cache.ts";
import { announceTenantChange } from "./tenant-changes.ts";
import { singleFlight } from "@/lib/single-flight";

export interface CurrentTenant {
  id: string;
  name: string;
  schoolName: string;
  schoolLevel: string;
  subdomain: string | null;
  domain: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  logoUrl: string | null;
  primaryColor: string | null;
  secondaryColor: string | null;
  customCss: string | null;
  timezone: string;
  locale: string;
  subscriptionStatus: string;
  features: Record<string, unknown>;
  /** Plan limits: how many active students and teachers the school may keep. */
  maxStudents: number;
  maxTeachers: number;
}

const TTL_MS = 30_000;
const MISS_TTL_MS = 5_000;
// One cache per process (tenant-cache.ts), cleared here and, through PostgreSQL, in every other
// process that serves schools.
const byHost = tenantCache;

/**
 * Forget cached lookups after a school's name, domain, branding or status changes: in this process
 * at once, in every other worker and instance as soon as PostgreSQL tells them.
 */
export function invalidateTenantCache(): void {
  byHost.clear();
  void announceTenantChange().catch((error) => console.error("could not announce a school change", error));
}

async function lookUp(host: string): Promise<CurrentTenant | null> {
  const route = routeHost({ host }, { rootDomain: rootDomain() });
  if (route.kind !== "tenant") return null;
  return toCurrentTenant(
    await platformDb().tenant.findFirst({
      where: route.subdomain ? { subdomain: route.subdomain } : { domain: route.host },
    }),
  );
}

/** The platform's own tenant: where super admins' accounts live (slug "platform"). */
export async function findPlatformTenant(): Promise<CurrentTenant | null> {
  const key = "\u0000platform";
  const hit = byHost.get(key);
  if (hit && hit.expires > Date.now()) return hit.tenant;
  const tenant = toCurrentTenant(await platformDb().tenant.findFirst({ where: { slug: PLATFORM_SLUG } }));
  byHost.set(key, { tenant, expires: Date.now() + TTL_MS });
  return tenant;
}

export const PLATFORM_SLUG = "platform";

function toCurrentTenant(
  row: Awaited<ReturnType<ReturnType<typeof platformDb>["tenant"]["findFirst"]>>,
): CurrentTenant | null {
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    schoolName: row.schoolName,
    schoolLevel: row.schoolLevel,
    subdomain: row.subdomain,
    domain: row.domain,
    address: row.address,
    phone: row.phone,
    email: row.email,
    website: row.website,
    logoUrl: row.logoUrl,
    primaryColor: row.primaryColor,
    secondaryColor: row.secondaryColor,
    customCss: row.customCss,
    timezone: row.timezone ?? "America/New_York",
    locale: row.locale ?? "en-US",
    subscriptionStatus: row.subscriptionStatus ?? "active",
    features: (row.features ?? {}) as Record<string, unknown>,
    maxStudents: row.maxStudents ?? 500,
    maxTeachers: row.maxTeachers ?? 50,
  };
}

export async function findTenantByHost(host: string): Promise<CurrentTenant | null> {
  const now = Date.now();
  const hit = byHost.get(host);
  if (hit && hit.expires > now) return hit.tenant;
  return lookUpAndKeep(host);
}

// When a host's entry expires under load, the requests in flight share one lookup.
const lookUpAndKeep = singleFlight(
  (host: string) => host,
  async (host: string) => {
    const tenant = await lookUp(host);
    byHost.set(host, { tenant, expires: Date.now() + (tenant ? TTL_MS : MISS_TTL_MS) });
    return tenant;
  },
);

/** The school of the current request (deduplicated within one render). */
export const getCurrentTenant = cache(findTenantByHost);

/** Suspended and cancelled schools show a notice and accept no sign-in. */
export function isServiceAvailable(tenant: Pick<CurrentTenant, "subscriptionStatus">): boolean {
  return tenant.subscriptionStatus === "active";
}
