// Idempotent demo data: a school that already exists is left exactly as it is, and each school is
// written in one transaction, so a failed run leaves nothing half-made.
import { Faker, en, en_US, base as fakerBase } from "@faker-js/faker";
import type pg from "pg";
import { isDay, todayIn, type Day } from "../../src/lib/calendar.ts";
import { hashPassword } from "../../src/server/auth/passwords.ts";
import { bulkInsert } from "./bulk-insert.ts";
import {
  DEMO_SCHOOLS,
  PLATFORM_TENANT,
  SUPER_ADMIN_EMAIL,
  demoPassword,
  type DemoSchool,
} from "./demo-schools.ts";
import { generateSchool, type SchoolRows } from "./generate-school.ts";

export interface SeedReport {
  created: string[];
  skipped: string[];
}

/** The school-local day the demo term runs up to; SEED_TODAY pins it for reproducible data. */
export function seedToday(timeZone: string): Day {
  const pinned = process.env.SEED_TODAY;
  if (pinned) {
    if (!isDay(pinned)) throw new Error(`SEED_TODAY must be a YYYY-MM-DD day, got "${pinned}"`);
    return pinned;
  }
  return todayIn(timeZone);
}

export function fixedUuid(seed: number): string {
  const faker = new Faker({ locale: [en_US, en, fakerBase] });
  faker.seed(seed);
  return faker.string.uuid();
}

async function inTenantTransaction(
  pool: pg.Pool,
  tenant: { id: string },
  write: (client: pg.PoolClient) => Promise<void>,
) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await bulkInsert(client, "tenants", [tenant]);
    // Row-level security admits only the school named by app.tenant_id (for this transaction).
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenant.id]);
    await write(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

export async function tenantExists(pool: pg.Pool, slug: string): Promise<boolean> {
  const result = await pool.query("SELECT 1 FROM tenants WHERE slug = $1", [slug]);
  return (result.rowCount ?? 0) > 0;
}

export async function seedDemo(pool: pg.Pool): Promise<SeedReport> {
  const report: SeedReport = { created: [], skipped: [] };
  const passwordHash = await hashPassword(demoPassword());

  if (await tenantExists(pool, PLATFORM_TENANT.slug)) {
    report.skipped.push(PLATFORM_TENANT.slug);
  } else {
    const tenant = {
      id: fixedUuid(1),
      slug: PLATFORM_TENANT.slug,
      name: PLATFORM_TENANT.name,
      schoolName: PLATFORM_TENANT.schoolName,
      schoolType: PLATFORM_TENANT.schoolType,
      schoolLevel: PLATFORM_TENANT.schoolLevel,
      email: PLATFORM_TENANT.email,
      subscriptionPlan: "enterprise",
      features: PLATFORM_TENANT.features,
    };
    await inTenantTransaction(pool, tenant, (client) =>
      bulkInsert(client, "users", [
        {
          id: fixedUuid(2),
          tenantId: tenant.id,
          email: SUPER_ADMIN_EMAIL,
          passwordHash,
          emailVerified: true,
          firstName: "Sam",
          lastName: "Operator",
          role: "super_admin",
          status: "active",
        },
      ]),
    );
    report.created.push(PLATFORM_TENANT.slug);
  }

  // Schools are independent: write them side by side.
  const missing: DemoSchool[] = [];
  for (const school of DEMO_SCHOOLS) {
    if (await tenantExists(pool, school.slug)) report.skipped.push(school.slug);
    else missing.push(school);
  }
  await Promise.all(missing.map((school) => seedSchool(pool, school, passwordHash)));
  report.created.push(...missing.map((school) => school.slug));
  return report;
}

function tenantRow(school: DemoSchool, id: string) {
  const enterprise = school.plan === "enterprise";
  return {
    id,
    slug: school.slug,
    name: school.name,
    subdomain: school.subdomain,
    domain: school.domain,
    schoolName: school.name,
    schoolType: school.schoolType,
    schoolLevel: school.schoolLevel,
    address: school.address,
    phone: school.phone,
    email: `office@${school.subdomain}.demo`,
    website: school.website,
    logoUrl: `/brand/${school.slug}.svg`,
    primaryColor: school.primaryColor,
    secondaryColor: school.secondaryColor,
    timezone: school.timezone,
    locale: "en-US",
    subscriptionPlan: school.plan,
    subscriptionStatus: "active",
    maxStudents: enterprise ? 5000 : 1500,
    maxTeachers: enterprise ? 400 : 150,
    billingEmail: `billing@${school.subdomain}.demo`,
    features: {},
  };
}

/** What a larger seed (npm run seed:district) adds to the demo's way of writing a school. */
export interface SeedSchoolOptions {
  /** Plan limits and the like, over the demo's. */
  tenant?: Partial<ReturnType<typeof tenantRow>>;
  /** Told each table as it is written, with its row count. */
  progress?: (table: string, rows: number) => void;
  /** More rows, in the school's transaction, after its own. */
  more?: (client: pg.PoolClient, rows: SchoolRows) => Promise<void>;
}

export async function seedSchool(
  pool: pg.Pool,
  school: DemoSchool,
  passwordHash: string,
  options: SeedSchoolOptions = {},
) {
  const tenant = { ...tenantRow(school, fixedUuid(school.randomSeed + 1)), ...options.tenant };
  const rows = generateSchool(school, tenant.id, seedToday(school.timezone), passwordHash);
  await inTenantTransaction(pool, tenant, async (client) => {
    // Parents before children, as the foreign keys require.
    for (const table of [
      "school_years",
      "grading_periods",
      "bell_schedules",
      "bell_periods",
      "calendar_days",
      "users",
      "teachers",
      "students",
      "student_guardians",
      "classes",
      "enrollments",
      "assignments",
      "grades",
      "attendance",
    ] as const) {
      options.progress?.(table, rows[table].length);
      await bulkInsert(client, table, rows[table]);
    }
    await options.more?.(client, rows);
    // A demo school's own domain is set up already: it routes, so it counts as verified.
    if (school.domain) {
      await bulkInsert(client, "tenant_domains", [
        {
          tenantId: tenant.id,
          domain: school.domain,
          status: "verified",
          verificationToken: `sis-verify=demo-${school.subdomain}`,
          verifiedAt: new Date().toISOString(),
        },
      ]);
    }
  });
}
