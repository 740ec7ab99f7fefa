// npm run mail:outbox — the newest messages the app wrote to the outbox (all of them are kept
// there, and with no SMTP_URL they are never sent anywhere else). A platform tool: it reads every
// school's outbox whichever login it is given. With the schema owner's login it reads them in one
// go; with the application's login (row-level security on) it reads each school's rows as that
// school, exactly as the app would, and the platform's own rows as the platform.
import pg from "pg";
import { APP_DB_ROLE, PLATFORM_DB_ROLE } from "../src/server/db/roles.ts";
import { openDatabase } from "./db/connection.ts";

interface Mail {
  created_at: Date;
  school: string;
  status: string;
  to_address: string;
  subject: string;
  text_body: string;
}
const COLUMNS = "m.created_at, m.status, m.to_address, m.subject, m.text_body";

const limit = Number(process.argv[2] ?? 10);
const db = await openDatabase();
const client = new pg.Client({ connectionString: db.migrationUrl });

/** Reads as each school in turn: the way row-level security lets the application's login see mail. */
async function readSchoolBySchool(): Promise<Mail[]> {
  const mails: Mail[] = [];
  await client.query("BEGIN");
  try {
    await client.query(`SET LOCAL ROLE ${PLATFORM_DB_ROLE}`);
    const { rows: schools } = await client.query<{ id: string; slug: string }>(
      "SELECT id, slug FROM tenants",
    );
    mails.push(
      ...(
        await client.query<Mail>(
          `SELECT ${COLUMNS}, 'platform' AS school FROM mail_outbox m WHERE tenant_id IS NULL ORDER BY created_at DESC LIMIT $1`,
          [limit],
        )
      ).rows,
    );
    await client.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
    for (const school of schools) {
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [school.id]);
      const { rows } = await client.query<Mail>(
        `SELECT ${COLUMNS}, $2::text AS school FROM mail_outbox m WHERE tenant_id = $1 ORDER BY created_at DESC LIMIT $3`,
        [school.id, school.slug, limit],
      );
      mails.push(...rows);
    }
  } finally {
    await client.query("ROLLBACK");
  }
  return mails.sort((a, b) => b.created_at.getTime() - a.created_at.getTime()).slice(0, limit);
}

try {
  await client.connect();
  const {
    rows: [me],
  } = await client.query<{ bypass: boolean }>(
    "SELECT rolsuper OR rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user",
  );
  let mails: Mail[];
  if (me?.bypass) {
    mails = (
      await client.query<Mail>(
        `SELECT ${COLUMNS}, coalesce(t.slug, 'platform') AS school FROM mail_outbox m LEFT JOIN tenants t ON t.id = m.tenant_id
        ORDER BY m.created_at DESC LIMIT $1`,
        [limit],
      )
    ).rows;
  } else {
    try {
      mails = await readSchoolBySchool();
    } catch (error) {
      console.error(
        `This login cannot read the outbox (${(error as Error).message}). Use the schema owner's login (MIGRATION_DATABASE_URL), or one granted ${APP_DB_ROLE} and ${PLATFORM_DB_ROLE}.`,
      );
      process.exitCode = 1;
      mails = [];
    }
  }
  if (mails.length === 0 && !process.exitCode) console.log("The outbox is empty.");
  for (const m of mails.reverse()) {
    console.log(
      `\n── ${m.created_at.toISOString()} · ${m.school} · ${m.status}\nTo: ${m.to_address}\nSubject: ${m.subject}\n\n${m.text_body}`,
    );
  }
} finally {
  await client.end();
  await db.release();
}
