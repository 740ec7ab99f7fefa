// Direct access to the end-to-end suite's own embedded database (see playwright.config.ts), for
// arranging schools in states the demo data does not have.
import { insertSchoolYears } from "../../tests/support/fixtures";
import pg from "pg";

const E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? "54339"}/sis`;

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function upsertSchool(
  client: pg.Client,
  school: {
    slug: string;
    name: string;
    status?: string;
    customCss?: string;
    features?: object;
    primaryColor?: string;
  },
) {
  await client.query(
    `INSERT INTO tenants (name, slug, subdomain, school_name, school_type, school_level, subscription_status, custom_css, features, primary_color, email, phone)
     VALUES ($1, $2, $2, $1, 'private', 'k12', $3, $4, $5, $6, 'office@example.org', '(555) 010-0000')
     ON CONFLICT (slug) DO UPDATE SET subscription_status = EXCLUDED.subscription_status, custom_css = EXCLUDED.custom_css,
       features = EXCLUDED.features, primary_color = EXCLUDED.primary_color`,
    [
      school.name,
      school.slug,
      school.status ?? "active",
      school.customCss ?? null,
      JSON.stringify(school.features ?? {}),
      school.primaryColor ?? "#2f6b3a",
    ],
  );
  // Its records must name a year of the school.
  const {
    rows: [row],
  } = await client.query("SELECT id FROM tenants WHERE slug = $1", [school.slug]);
  await insertSchoolYears(client, row.id);
}

/**
 * An account of the test's own (demo accounts are shared by parallel tests): created, or reset
 * to active, unlocked, with this role and password. Returns its id.
 */
export async function upsertAccount(
  client: pg.Client,
  account: {
    school: string;
    email: string;
    role: string;
    passwordHash: string;
    firstName?: string;
    lastName?: string;
  },
): Promise<string> {
  const {
    rows: [row],
  } = await client.query(
    `INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role)
     SELECT id, $2, $3, $4, $5, $6 FROM tenants WHERE slug = $1
     ON CONFLICT (tenant_id, email) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role,
       status = 'active', locked_until = NULL, login_attempts = 0
     RETURNING id`,
    [
      account.school,
      account.email,
      account.passwordHash,
      account.firstName ?? "Test",
      account.lastName ?? "Account",
      account.role,
    ],
  );
  return row.id;
}

export async function countRows(client: pg.Client, sql: string, params: unknown[] = []): Promise<number> {
  const {
    rows: [row],
  } = await client.query(`SELECT count(*)::int AS n FROM (${sql}) AS counted`, params);
  return row.n;
}
