// What a school archive holds: every table of the school's records, in the order a restore writes
// them (every reference points to a table written before it). Rows are PostgreSQL's own JSON of
// the row (json_agg), under the database's column names, so timestamps keep their microseconds,
// NULL stays NULL and arrays stay arrays.
//
// Left out on purpose: user_sessions (a restore signs nobody in), auth_attempts (minutes-long
// counters), mail_outbox (a delivery queue, not a record), attendance_daily_counts,
// student_counts, school_counts and student_search_words (the database keeps them from the rows
// they come from, so a restore rebuilds them), report_card_runs (printed PDFs, made again from the posted grades), guardian_invite_runs (a
// record of mail sent, not of the school).

export interface ArchiveTable {
  /** The database table; also the file name (tables/<name>.json, csv/<name>.csv). */
  name: string;
  /** Its primary key column. */
  key: "id" | "user_id" | "student_id" | "class_id" | "tenant_id";
}

export const ARCHIVE_TABLES: readonly ArchiveTable[] = [
  { name: "users", key: "id" },
  { name: "user_security", key: "user_id" },
  { name: "teachers", key: "id" },
  { name: "school_years", key: "id" },
  { name: "grading_periods", key: "id" },
  { name: "bell_schedules", key: "id" },
  { name: "bell_periods", key: "id" },
  { name: "calendar_days", key: "id" },
  { name: "students", key: "id" },
  { name: "student_guardians", key: "id" },
  { name: "classes", key: "id" },
  { name: "enrollments", key: "id" },
  { name: "assignments", key: "id" },
  { name: "gradebook_settings", key: "class_id" },
  { name: "grading_policies", key: "tenant_id" },
  { name: "posted_grades", key: "id" },
  { name: "grades", key: "id" },
  { name: "attendance_codes", key: "id" },
  { name: "attendance_settings", key: "tenant_id" },
  { name: "attendance", key: "id" },
  { name: "attendance_notices", key: "id" },
  { name: "class_covers", key: "class_id" },
  { name: "attendance_nudges", key: "class_id" },
  { name: "attendance_alerts", key: "id" },
  { name: "student_status_changes", key: "id" },
  { name: "year_rollovers", key: "id" },
  { name: "rollover_student_choices", key: "student_id" },
  { name: "audit_logs", key: "id" },
];
export const ARCHIVE_TABLE_NAMES: ReadonlySet<string> = new Set(ARCHIVE_TABLES.map((t) => t.name));

/** The school's own settings that travel with its records (not where it answers, nor its status). */
export const TENANT_FIELDS = [
  "name",
  "schoolName",
  "schoolType",
  "schoolLevel",
  "address",
  "phone",
  "email",
  "website",
  "logoUrl",
  "primaryColor",
  "secondaryColor",
  "customCss",
  "timezone",
  "locale",
  "subscriptionPlan",
  "maxStudents",
  "maxTeachers",
  "billingEmail",
  "features",
] as const;

export const ARCHIVE_FORMAT = "k12-sis-school-archive";
// 2: the school year (years, grading periods, bell schedules, calendar days, rollovers).
// 3: the gradebook (assignments, class grading rules, the GPA policy, posted grades).
// 4: attendance (codes, day rule, notices, covers, reminders, family messages).
// 5: guardian links; a person's language and mail choices.
export const ARCHIVE_VERSION = 5;

export type Row = Record<string, unknown>;
