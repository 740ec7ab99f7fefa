// npm run db:seed — migrates first, so it works on an empty database too.
import pg from "pg";
import { openDatabase, prepareDatabase } from "../db/connection.ts";
import { seedDemo } from "./seed.ts";

const db = await openDatabase();
const pool = new pg.Pool({ connectionString: db.migrationUrl, max: 3 });
try {
  await prepareDatabase(db);
  const started = Date.now();
  const report = await seedDemo(pool);
  console.log(
    `Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s. Created: ${report.created.join(", ") || "nothing"}. Already present: ${report.skipped.join(", ") || "none"}.`,
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await pool.end();
  await db.release();
}
