import "server-only";
// The work that must not run inside a request, by name. A school job names its school in its data
// and its body runs against that school only (through withTenant, inside the body's services).
import { z } from "zod";
import { servedSchoolIds } from "@/server/platform/queries";
import { deliverQueuedMail } from "@/server/mail/outbox";
import { runQueuedReportCards } from "@/features/gradebook/report-card-runs";
import { runQueuedGuardianInvites } from "@/features/guardians/invite-runs";
import { runQueuedRollovers } from "@/features/school-year/rollover-job";
import { sendDueAlerts } from "@/features/attendance/alerts";
import { JOB_NAMES } from "./names.ts";

const schoolData = z.strictObject({ tenantId: z.uuid() });

export interface JobDefinition {
  name: string;
  /** Retries of a failed run, waiting longer each time (pg-boss back-off). */
  retryLimit: number;
  /** Run on this schedule as well (cron, UTC). */
  cron?: string;
  run(data: unknown): Promise<unknown>;
}

export const JOBS = {
  /** Sends one school's due mail (claimed message by message: see deliverQueuedMail). */
  deliverMail: {
    name: JOB_NAMES.deliverMail,
    retryLimit: 3,
    run: async (data) => deliverQueuedMail(schoolData.parse(data).tenantId),
  },
  /** Applies a school's queued year rollovers (src/features/school-year/rollover-job.ts). */
  yearRollover: {
    name: JOB_NAMES.yearRollover,
    retryLimit: 0,
    run: async (data) => runQueuedRollovers(schoolData.parse(data).tenantId),
  },
  /** Prints a school's queued report-card runs (src/features/gradebook/report-card-runs.ts). */
  reportCards: {
    name: JOB_NAMES.reportCards,
    retryLimit: 0,
    run: async (data) => runQueuedReportCards(schoolData.parse(data).tenantId),
  },
  /** Invites a school's queued guardian runs (src/features/guardians/invite-runs.ts), then mails them. */
  guardianInvites: {
    name: JOB_NAMES.guardianInvites,
    retryLimit: 0,
    run: async (data) => {
      const { tenantId } = schoolData.parse(data);
      await runQueuedGuardianInvites(tenantId);
      return [{ name: JOB_NAMES.deliverMail, data: { tenantId } }];
    },
  },
  /**
   * Queues one school's due attendance messages to families (src/features/attendance/alerts.ts),
   * then hands their delivery on.
   */
  attendanceAlerts: {
    name: JOB_NAMES.attendanceAlerts,
    retryLimit: 3,
    run: async (data) => {
      const { tenantId } = schoolData.parse(data);
      return (await sendDueAlerts(tenantId)) ? [{ name: JOB_NAMES.deliverMail, data: { tenantId } }] : [];
    },
  },
  /** Every minute: each school's attendance messages whose wait is over. */
  sweepAttendanceAlerts: {
    name: JOB_NAMES.sweepAttendanceAlerts,
    retryLimit: 0,
    cron: "* * * * *",
    run: async () =>
      (await servedSchoolIds()).map((tenantId) => ({ name: JOB_NAMES.attendanceAlerts, data: { tenantId } })),
  },
  /** Every minute: a delivery for each school, so mail that missed its nudge still goes. */
  sweepMail: {
    name: JOB_NAMES.sweepMail,
    retryLimit: 0,
    cron: "* * * * *",
    run: async () =>
      (await servedSchoolIds()).map((tenantId) => ({ name: JOB_NAMES.deliverMail, data: { tenantId } })),
  },
} satisfies Record<string, JobDefinition>;
