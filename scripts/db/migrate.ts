// npm run db:migrate | db:rollback | db:status
import { openDatabase } from "./connection.ts";
import { runDbmate } from "./dbmate.ts";

const command = (process.argv[2] ?? "up") as "up" | "rollback" | "status";
if (!["up", "rollback", "status"].includes(command)) {
  console.error(`Unknown command "${command}": use up, rollback or status.`);
  process.exit(2);
}
const db = await openDatabase();
try {
  runDbmate(db.migrationUrl, command);
} catch {
  process.exitCode = 1;
} finally {
  await db.release();
}
