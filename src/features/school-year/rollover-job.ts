import "server-only";
// The rollover as a background job: the office queues it (one row in year_rollovers), the job
// runner applies it in one transaction and reports its steps on that row as it goes, so the page
// can show progress. A failed run is marked failed with its reason, and nothing of it is written.
import { withTenant } from "@/server/db/with-tenant";
import { UserFacingError } from "@/server/errors";
import { applyRollover, type RolloverOptions } from "./rollover";

const ROLLOVER_TIMEOUT_MS = 10 * 60_000;

export async function runQueuedRollovers(tenantId: string) {
  const queued = await withTenant(tenantId, (db) =>
    db.yearRollover.findMany({ where: { status: "queued" }, orderBy: { createdAt: "asc" } }),
  );
  for (const run of queued) {
    // Claim it: a second runner finds it no longer queued.
    const claimed = await withTenant(tenantId, (db) =>
      db.yearRollover.updateMany({ where: { id: run.id, status: "queued" }, data: { status: "running" } }),
    );
    if (claimed.count === 0) continue;
    const report = (done: number, total: number) =>
      withTenant(tenantId, (db) =>
        db.yearRollover.update({ where: { id: run.id }, data: { doneSteps: done, totalSteps: total } }),
      ).then(() => undefined);
    try {
      await withTenant(
        tenantId,
        async (db) => {
          // The audit row names the person who queued it.
          const who = run.createdBy
            ? await db.user.findUnique({
                where: { id: run.createdBy },
                select: { id: true, email: true, role: true },
              })
            : null;
          if (!who) throw new UserFacingError("rules.rollover.noOwner");
          const summary = await applyRollover(
            db,
            {
              tenantId,
              actor: who,
              request: { ip: null, userAgent: "job runner", method: "JOB", url: "/school-year/rollover" },
            },
            run.fromYearId,
            run.options as unknown as RolloverOptions,
            report,
          );
          await db.yearRollover.update({
            where: { id: run.id },
            data: { status: "done", summary: { ...summary }, finishedAt: new Date() },
          });
        },
        { timeoutMs: ROLLOVER_TIMEOUT_MS },
      );
    } catch (error) {
      const message =
        error instanceof UserFacingError ? error.textIn("en") : "The rollover stopped on an error.";
      if (!(error instanceof UserFacingError)) console.error("year rollover", error);
      await withTenant(tenantId, (db) =>
        db.yearRollover.update({
          where: { id: run.id },
          data: { status: "failed", errorMessage: message, finishedAt: new Date() },
        }),
      );
    }
  }
}
