// Our migrations against the schema document itself: the seed's SQL is applied verbatim to an
// empty database and every column, index, unique constraint and foreign key is compared.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { columns, constraints, indexDefinitions, type ConstraintInfo } from "../support/catalog.ts";
import { SEED_TABLES, seedSchemaStatements } from "../support/seed-schema.ts";

// Indexes the product adds to the documented ones, each with its reason in docs/decisions/.
const ADDED_INDEXES = {
  idx_students_tenant_name:
    "CREATE INDEX idx_students_tenant_name ON public.students USING btree (tenant_id, last_name, first_name, id)",
  // Mail the job runner still has to send (docs/decisions/016).
  idx_mail_outbox_pending:
    "CREATE INDEX idx_mail_outbox_pending ON public.mail_outbox USING btree (status, next_attempt_at, created_at) WHERE ((status)::text = ANY ((ARRAY['queued'::character varying, 'sending'::character varying])::text[]))",
  idx_student_status_changes_student:
    "CREATE INDEX idx_student_status_changes_student ON public.student_status_changes USING btree (tenant_id, student_id, effective_date)",
  idx_user_sessions_user:
    "CREATE INDEX idx_user_sessions_user ON public.user_sessions USING btree (tenant_id, user_id)",
  // Today's marks, read from the index alone by the office dashboard (migration 023).
  idx_attendance_tenant_date_student:
    "CREATE INDEX idx_attendance_tenant_date_student ON public.attendance USING btree (tenant_id, attendance_date, student_id)",
  // The dashboard's counts of students on the roll (migration 024).
  idx_students_tenant_active:
    "CREATE INDEX idx_students_tenant_active ON public.students USING btree (tenant_id, id) WHERE (((status)::text = 'active'::text) OR (status IS NULL))",
  // The teacher dashboard's ungraded work (migration 026).
  idx_grades_work_to_grade:
    "CREATE INDEX idx_grades_work_to_grade ON public.grades USING btree (tenant_id, class_id) WHERE ((points_earned IS NULL) AND ((status)::text = ANY ((ARRAY['submitted'::character varying, 'late'::character varying])::text[])))",
  // Throttles count attempts per typed email and per address (docs/decisions/011).
  idx_auth_attempts_email:
    "CREATE INDEX idx_auth_attempts_email ON public.auth_attempts USING btree (tenant_id, kind, email, attempted_at)",
  // A year's grading periods in their order (docs/decisions/023).
  idx_grading_periods_year:
    'CREATE INDEX idx_grading_periods_year ON public.grading_periods USING btree (tenant_id, school_year_id, "position")',
  // A class's assignments by grading period, in their order (docs/decisions/024).
  idx_assignments_class_period:
    'CREATE INDEX idx_assignments_class_period ON public.assignments USING btree (tenant_id, class_id, grading_period_id, "position")',
  // Posted grades of a period, for report cards in bulk (docs/decisions/024).
  idx_posted_grades_period:
    "CREATE INDEX idx_posted_grades_period ON public.posted_grades USING btree (tenant_id, grading_period_id)",
  // A class's register for a day; notices, covers and family messages by day (docs/decisions/025).
  idx_attendance_class_day:
    "CREATE INDEX idx_attendance_class_day ON public.attendance USING btree (tenant_id, class_id, attendance_date)",
  idx_attendance_notices_days:
    "CREATE INDEX idx_attendance_notices_days ON public.attendance_notices USING btree (tenant_id, starts_on, ends_on)",
  idx_class_covers_teacher:
    "CREATE INDEX idx_class_covers_teacher ON public.class_covers USING btree (tenant_id, teacher_id, day)",
  idx_attendance_alerts_due:
    "CREATE INDEX idx_attendance_alerts_due ON public.attendance_alerts USING btree (status, send_after) WHERE ((status)::text = 'pending'::text)",
  idx_student_guardians_user:
    "CREATE INDEX idx_student_guardians_user ON public.student_guardians USING btree (tenant_id, user_id)",
  idx_attendance_alerts_day:
    "CREATE INDEX idx_attendance_alerts_day ON public.attendance_alerts USING btree (tenant_id, day)",
  // A student's search words, replaced when their names change (docs/decisions/020).
  idx_student_search_words_student:
    "CREATE INDEX idx_student_search_words_student ON public.student_search_words USING btree (tenant_id, student_id)",
  idx_auth_attempts_ip:
    "CREATE INDEX idx_auth_attempts_ip ON public.auth_attempts USING btree (tenant_id, kind, ip_address, attempted_at)",
};

// Columns the product adds to the documented tables, after every documented one, with the reason
// in docs/decisions/: each grade names its assignment, the gradebook's column (024); each
// attendance mark may name the school's code it was marked with (025); a person keeps their own
// language and family-mail choices (026).
const ADDED_COLUMNS = [
  { table_name: "attendance", column_name: "attendance_code_id", udt_name: "uuid", is_nullable: "YES" },
  { table_name: "grades", column_name: "assignment_id", udt_name: "uuid", is_nullable: "YES" },
  // A person's language and family-mail choices (docs/decisions/026).
  { table_name: "users", column_name: "locale", udt_name: "varchar", is_nullable: "YES" },
  { table_name: "users", column_name: "mail_preferences", udt_name: "jsonb", is_nullable: "NO" },
];
const isAdded = (c: { table_name: string; column_name: string }) =>
  ADDED_COLUMNS.some((a) => a.table_name === c.table_name && a.column_name === c.column_name);

let documented: TestDatabase;
let migrated: TestDatabase;

beforeAll(async () => {
  documented = await createTestDatabase({ empty: true });
  migrated = await createTestDatabase();
  const { tables, indexes } = seedSchemaStatements();
  for (const sql of [...tables, ...indexes]) await documented.admin.query(sql);
});

afterAll(async () => {
  await documented?.drop();
  await migrated?.drop();
});

describe("migrations reproduce the documented schema", () => {
  it("parses all nine tables and every index from the document", () => {
    const { tables, indexes } = seedSchemaStatements();
    expect(tables).toHaveLength(9);
    expect(indexes.length).toBeGreaterThanOrEqual(70);
  });

  it("has every column with its type, length, precision, default and nullability, in order", async () => {
    const ours = await columns(migrated.admin, SEED_TABLES);
    expect(ours.filter((c) => !isAdded(c))).toEqual(await columns(documented.admin, SEED_TABLES));
    const added = ours.filter(isAdded);
    expect(
      added.map(({ table_name, column_name, udt_name, is_nullable }) => ({
        table_name,
        column_name,
        udt_name,
        is_nullable,
      })),
    ).toEqual(ADDED_COLUMNS);
    // After the documented ones, so every documented column keeps its position.
    for (const c of added)
      expect(c.ordinal_position).toBeGreaterThan(
        Math.max(
          ...ours.filter((o) => o.table_name === c.table_name && !isAdded(o)).map((o) => o.ordinal_position),
        ),
      );
  });

  it("has every documented index, GIN ones included, with the same definition, and only the added ones we list", async () => {
    const ours = await indexDefinitions(migrated.admin);
    const theirs = await indexDefinitions(documented.admin);
    expect(Object.keys(theirs).length).toBeGreaterThanOrEqual(70);
    expect(ours).toEqual({ ...theirs, ...ADDED_INDEXES });
    expect(ours.idx_teachers_subjects).toContain("USING gin");
  });

  it("has every documented unique constraint", async () => {
    const unique = (list: ConstraintInfo[]) =>
      list.filter((c) => c.type === "u").map((c) => `${c.table}.${c.name}(${c.columns.join(",")})`);
    const ours = unique(await constraints(migrated.admin));
    for (const expected of unique(await constraints(documented.admin))) {
      // Inline UNIQUE columns get generated names; compare those by table and columns.
      const [table, rest] = expected.split(".");
      const columnsPart = rest!.slice(rest!.indexOf("("));
      expect(
        ours.some((c) => c === expected || (c.startsWith(`${table}.`) && c.endsWith(columnsPart))),
        expected,
      ).toBe(true);
    }
  });

  it("keeps every documented reference and its ON DELETE action, made tenant-safe", async () => {
    const ours = (await constraints(migrated.admin)).filter((c) => c.type === "f");
    const documentedKeys = (await constraints(documented.admin)).filter((c) => c.type === "f");
    expect(documentedKeys.length).toBeGreaterThan(20);
    for (const fk of documentedKeys) {
      const column = fk.columns[0]!;
      const match = ours.find(
        (c) =>
          c.table === fk.table &&
          c.refTable === fk.refTable &&
          c.columns.at(-1) === column &&
          c.onDelete === fk.onDelete,
      );
      expect(match, `${fk.table}.${column} → ${fk.refTable} (${fk.onDelete})`).toBeDefined();
      if (fk.onDelete === "n")
        expect(match!.setNullColumns.length === 0 ? [column] : match!.setNullColumns).toEqual([column]);
    }
  });
});

describe("tenant boundaries in the schema", () => {
  it("gives every school table UNIQUE (tenant_id, id)", async () => {
    const all = await constraints(migrated.admin);
    for (const table of SEED_TABLES.filter((t) => t !== "tenants")) {
      expect(
        all.some((c) => c.table === table && c.type === "u" && c.columns.join() === "tenant_id,id"),
        table,
      ).toBe(true);
    }
  });

  it("makes every reference between school tables a composite (tenant_id, x_id) key", async () => {
    const keys = (await constraints(migrated.admin)).filter(
      (c) => c.type === "f" && c.refTable !== "tenants",
    );
    for (const fk of keys) {
      const platformAuditUser = fk.table === "audit_logs" && fk.columns.join() === "user_id";
      if (platformAuditUser) continue; // platform events have no tenant; see docs/decisions/002
      expect(fk.columns[0], `${fk.name}`).toBe("tenant_id");
      // academic_year names a year of the same school (docs/decisions/023).
      if (fk.refTable === "school_years" && fk.columns[1] === "academic_year") {
        expect(fk.refColumns, fk.name).toEqual(["tenant_id", "name"]);
        continue;
      }
      expect(fk.refColumns, `${fk.name}`).toEqual(["tenant_id", "id"]);
    }
  });

  it("never nulls tenant_id when a SET NULL reference fires", async () => {
    const setNull = (await constraints(migrated.admin)).filter((c) => c.type === "f" && c.onDelete === "n");
    for (const fk of setNull) {
      if (fk.columns.length > 1) expect(fk.setNullColumns, fk.name).not.toContain("tenant_id");
      expect(fk.setNullColumns.length === 0 ? fk.columns : fk.setNullColumns).not.toContain("tenant_id");
    }
  });
});
