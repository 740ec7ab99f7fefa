import "server-only";
// Sending a job from the application (after its transaction committed). The application connects
// to the queue as its own login, which may only add and read jobs (the worker grants that).
import PgBoss from "pg-boss";
import { JOB_QUEUE_SCHEMA, type JobName } from "./names.ts";

const shared = globalThis as typeof globalThis & { __sisJobProducer?: Promise<PgBoss> | null };

function producer(): Promise<PgBoss> {
  shared.__sisJobProducer ??= (async () => {
    const boss = new PgBoss({
      connectionString: process.env.DATABASE_URL,
      schema: JOB_QUEUE_SCHEMA,
      max: 2,
      migrate: false,
      supervise: false,
      schedule: false,
    });
    boss.on("error", (error) => console.error("job queue", error));
    return boss.start();
  })().catch((error: unknown) => {
    shared.__sisJobProducer = null; // try again next time (the worker may not have installed the queue yet)
    throw error;
  });
  return shared.__sisJobProducer;
}

/**
 * Adds a school job. One per school and name is pending at a time (a burst of invitations is one
 * delivery run). Returns false when the queue cannot be reached; the caller decides what then.
 */
export async function enqueueSchoolJob(name: JobName, tenantId: string): Promise<boolean> {
  try {
    await (await producer()).send(name, { tenantId }, { singletonKey: tenantId, singletonSeconds: 5 });
    return true;
  } catch (error) {
    console.error(`job ${name} not queued`, error);
    return false;
  }
}
