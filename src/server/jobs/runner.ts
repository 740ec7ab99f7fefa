import "server-only";
// The job runner: pg-boss on the application's own PostgreSQL (no other server). The worker
// process (scripts/worker.ts, started by npm start) installs the queue schema with the owner's
// connection, lets the application login send jobs, and works every queue; job bodies reach school
// data only through withTenant(), as the application login.
import PgBoss from "pg-boss";
import { APP_DB_ROLE } from "@/server/db/roles";
import { JOBS, type JobDefinition } from "./jobs.ts";
import { JOB_QUEUE_SCHEMA } from "./names.ts";

export interface JobRunner {
  stop(): Promise<void>;
}

/** Starts working every job; `ownerUrl` may create the queue schema and its tables. */
export async function startJobRunner(
  ownerUrl: string,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_QUEUE_SCHEMA, max: 4 });
  boss.on("error", (error) => console.error("job runner", error));
  await boss.start();
  const definitions: JobDefinition[] = Object.values(JOBS);
  for (const job of definitions) {
    await boss.createQueue(job.name, {
      name: job.name,
      retryLimit: job.retryLimit,
      retryDelay: 30,
      retryBackoff: true,
    });
  }
  // The application sends jobs as its own login: it may add and read jobs, nothing more.
  await boss.getDb().executeSql(
    `GRANT USAGE ON SCHEMA ${JOB_QUEUE_SCHEMA} TO ${APP_DB_ROLE};
     GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA ${JOB_QUEUE_SCHEMA} TO ${APP_DB_ROLE};`,
    [],
  );
  for (const job of definitions) {
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    await boss.work(
      job.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async (jobs) => {
        for (const { data } of jobs) {
          const follow = await job.run(data);
          // A job may hand on work of its own (the sweep: one delivery per school).
          if (Array.isArray(follow)) {
            for (const next of follow as { name: string; data: { tenantId: string } }[]) {
              await boss.send(next.name, next.data, {
                singletonKey: next.data.tenantId,
                singletonSeconds: 30,
              });
            }
          }
        }
      },
    );
  }
  return { stop: () => boss.stop({ graceful: true, wait: true }) };
}
