// The login the application uses on the embedded server (and in tests): no superuser, no
// row-level-security bypass, owns nothing; a member of the access roles migration 010 creates.
import pg from "pg";

export const APP_LOGIN = { user: "sis_app", password: "sis_app" } as const;

export async function ensureAppLogin(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_LOGIN.user]);
    if (!rowCount) {
      await client.query(
        `CREATE ROLE ${APP_LOGIN.user} LOGIN PASSWORD '${APP_LOGIN.password}' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`,
      );
    }
    await client.query(`GRANT sis_app_access, sis_platform_access TO ${APP_LOGIN.user}`);
  } finally {
    await client.end();
  }
}

/** The same server and database as `url`, signed in as the application login. */
export function asAppLogin(url: string): string {
  const parsed = new URL(url);
  parsed.username = APP_LOGIN.user;
  parsed.password = APP_LOGIN.password;
  return parsed.toString();
}
