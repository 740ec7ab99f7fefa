// npm run db:migrate | db:rollback | db:status
import { openDatabase, prepareDatabase } from "./connection.ts";
import { migrationStatus, rollback } from "./migrator.ts";

const command = process.argv[2] ?? "up";
if (!["up", "rollback", "status"].includes(command)) {
  console.error(`Unknown command "${command}": use up, rollback or status.`);
  process.exit(2);
}
const db = await openDatabase();
try {
  if (command === "up") {
    const applied = await prepareDatabase(db);
    console.log(
      applied.length
        ? `Applied:\n  ${applied.join("\n  ")}`
        : "Nothing to apply: the database is up to date.",
    );
  } else if (command === "rollback") {
    const undone = await rollback(db.migrationUrl);
    console.log(undone ? `Rolled back ${undone}.` : "Nothing to roll back.");
  } else {
    for (const m of await migrationStatus(db.migrationUrl))
      console.log(`${m.applied ? "[applied]" : "[pending]"} ${m.name}`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.release();
}
