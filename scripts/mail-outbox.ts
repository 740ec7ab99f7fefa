// npm run mail:outbox — the newest messages the app wrote to the outbox (all of them are kept
// there, and with no SMTP_URL they are never sent anywhere else).
import pg from "pg";
import { openDatabase } from "./db/connection.ts";

const limit = Number(process.argv[2] ?? 10);
const db = await openDatabase();
const client = new pg.Client({ connectionString: db.migrationUrl });
try {
  await client.connect();
  const { rows } = await client.query(
    `SELECT m.created_at, coalesce(t.slug, 'platform') AS school, m.status, m.to_address, m.subject, m.text_body
       FROM mail_outbox m LEFT JOIN tenants t ON t.id = m.tenant_id
      ORDER BY m.created_at DESC LIMIT $1`, [limit]);
  if (rows.length === 0) console.log("The outbox is empty.");
  for (const m of rows.reverse()) {
    console.log(`\n── ${m.created_at.toISOString()} · ${m.school} · ${m.status}\nTo: ${m.to_address}\nSubject: ${m.subject}\n\n${m.text_body}`);
  }
} finally {
  await client.end();
  await db.release();
}
