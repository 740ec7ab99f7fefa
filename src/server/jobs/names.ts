// The job queues by name (a module of its own: the mail outbox sends jobs, and the mail job calls
// the outbox).
export const JOB_NAMES = {
  deliverMail: "mail-deliver",
  sweepMail: "mail-sweep",
  yearRollover: "year-rollover",
  reportCards: "report-cards",
  guardianInvites: "guardian-invites",
  attendanceAlerts: "attendance-alerts",
  sweepAttendanceAlerts: "attendance-alerts-sweep",
} as const;
export type JobName = (typeof JOB_NAMES)[keyof typeof JOB_NAMES];

export const JOB_QUEUE_SCHEMA = "pgboss";
