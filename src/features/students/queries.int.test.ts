// What each viewer sees of the student list and profile: the office sees everyone; a teacher sees
// only the students of classes they teach, and no health details without the permission.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import { insertSchoolYears } from "../../../tests/support/fixtures.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import {
  exportStudents,
  getStudentProfile,
  listStudents,
  phoneSearchForms,
  studentListTransaction,
  type Viewer,
} from "./queries.ts";
import { studentListQuerySchema } from "./schemas.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let office: Viewer;
let teacher: Viewer;
let otherTeacher: Viewer;

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  office = { id: a.ids.user, role: "principal", permissions: {} };
  teacher = { id: a.ids.user, role: "teacher", permissions: {} };
  const other = (
    await db.admin.query(
      "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'other@example.org', 'x', 'Otto', 'Other', 'teacher') RETURNING id",
      [a.tenantId],
    )
  ).rows[0].id;
  otherTeacher = { id: other, role: "teacher", permissions: {} };
  await db.admin.query(
    "UPDATE students SET allergies = 'Bees', iep_status = true, first_name = 'Ivy', last_name = 'Zephyr' WHERE id = $1",
    [a.ids.student],
  );
  await db.admin.query(
    "UPDATE students SET section_504_status = true, grade_level = '10', academic_year = '2025-2026' WHERE id = $1",
    [a.spareStudents[0]],
  );
});
afterAll(() => closeSchoolDatabase(db, app));

const list = (viewer: Viewer, query: Record<string, string> = {}) =>
  withTenant(a.tenantId, (tx) => listStudents(tx, studentListQuerySchema.parse(query), viewer), {
    client: app,
  });
const profile = (viewer: Viewer, id: string) =>
  withTenant(a.tenantId, (tx) => getStudentProfile(tx, id, viewer), { client: app });

describe("student list and profile", () => {
  it("shows the office every student of the school, never another school's", async () => {
    const { total, rows } = await list(office);
    expect(total).toBe(7);
    expect(rows.map((r) => r.id)).not.toContain(b.ids.student);
  });

  it("shows a teacher only the students of their classes, and no one to a teacher without classes", async () => {
    expect((await list(teacher)).rows.map((r) => r.id)).toEqual([a.ids.student]);
    expect((await list(otherTeacher)).total).toBe(0);
    expect(await profile(otherTeacher, a.ids.student)).toBeNull();
    expect(await profile(teacher, a.spareStudents[1]!)).toBeNull();
  });

  it("shows the student's teacher the health alert but not special-needs notes unless granted; the office sees both", async () => {
    await db.admin.query("UPDATE students SET special_needs = 'Extra time on tests' WHERE id = $1", [
      a.ids.student,
    ]);
    const seen = (await profile(teacher, a.ids.student))!;
    expect(seen.healthAlert).toEqual([{ field: "allergies", text: "Bees" }]);
    expect(seen.student.specialNeeds).toBeNull();
    expect((await list(teacher)).rows.find((r) => r.id === a.ids.student)!.healthAlert).toEqual([
      { field: "allergies", text: "Bees" },
    ]);
    // Another teacher does not learn it: the student is not found to them at all.
    expect(await profile(otherTeacher, a.ids.student)).toBeNull();
    const granted = { ...teacher, permissions: { grant: ["students.read_sensitive"] } };
    expect((await profile(granted, a.ids.student))!.student.specialNeeds).toBe("Extra time on tests");
    expect((await profile(office, a.ids.student))!.student.specialNeeds).toBe("Extra time on tests");
    expect((await profile(office, a.ids.student))!.student.allergies).toBe("Bees");
    expect((await profile(office, a.ids.student))!.attendance).toEqual({ present: 1 });
  });

  it("searches by name or student ID and filters by grade, support plan and year", async () => {
    expect((await list(office, { q: "zeph" })).rows.map((r) => r.id)).toEqual([a.ids.student]);
    expect((await list(office, { q: "sp0" })).rows.map((r) => r.id)).toEqual([a.spareStudents[0]]);
    expect((await list(office, { support: "iep" })).rows.map((r) => r.id)).toEqual([a.ids.student]);
    expect((await list(office, { support: "any" })).total).toBe(2);
    expect((await list(office, { grade: "10", year: "2025-2026" })).rows.map((r) => r.id)).toEqual([
      a.spareStudents[0],
    ]);
  });

  it("sorts on the server and exports exactly the filtered list", async () => {
    const byId = (await list(office, { sort: "studentId.desc" })).rows.map((r) => r.studentId);
    expect(byId).toEqual([...byId].sort().reverse());
    const exported = await withTenant(
      a.tenantId,
      (tx) => exportStudents(tx, studentListQuerySchema.parse({ grade: "9" }), teacher),
      { client: app },
    );
    expect(exported.map((r) => r.id)).toEqual([a.ids.student]);
  });

  it("shows students on the roll by default; a filter shows the others or everyone", async () => {
    await db.admin.query("UPDATE students SET status = 'withdrawn' WHERE id = $1", [a.spareStudents[5]]);
    await db.admin.query("UPDATE students SET status = NULL WHERE id = $1", [a.spareStudents[4]]);
    const ids = async (query: Record<string, string>) => (await list(office, query)).rows.map((r) => r.id);
    expect(await ids({})).not.toContain(a.spareStudents[5]);
    expect(await ids({})).toContain(a.spareStudents[4]); // no status stored means the default, active
    expect(await ids({ status: "withdrawn" })).toEqual([a.spareStudents[5]]);
    expect((await list(office, { status: "all" })).total).toBe(7);
    expect((await list(office, { status: "nonsense" })).total).toBe(6);
    await db.admin.query("UPDATE students SET status = 'active' WHERE id = ANY($1)", [
      [a.spareStudents[5], a.spareStudents[4]],
    ]);
  });

  it("finds a student by the start of any word of their names, following every change of name", async () => {
    const found = async (q: string) => (await list(office, { q })).rows.map((r) => r.id);
    const target = a.spareStudents[3]!;
    await db.admin.query(
      "UPDATE students SET first_name = 'Siobhan', last_name = 'O''Brien-Castillo', preferred_name = NULL WHERE id = $1",
      [target],
    );
    for (const q of ["obrien", "o'brien", "O’Brien", "castillo", "obrien-cast", "SIOB", "siobhan obr"])
      expect(await found(q), q).toEqual([target]);
    // A word must start with what is typed: the middle of a name is not a match.
    expect(await found("iobhan")).toEqual([]);
    // Nothing searchable typed (punctuation only) finds no one, not everyone.
    for (const q of ["---", "%", "_", "o' ---"]) expect(await found(q), q).toEqual([]);
    // A new name is found at once, the old one no longer.
    await db.admin.query("UPDATE students SET first_name = 'Saoirse' WHERE id = $1", [target]);
    expect(await found("saoirse")).toEqual([target]);
    expect(await found("siobhan")).toEqual([]);
    // A change that leaves the names alone keeps the words.
    await db.admin.query("UPDATE students SET zip_code = '62704' WHERE id = $1", [target]);
    expect(await found("castillo")).toEqual([target]);
  });

  it("answers a name search from the search words' index under the school's row-level security", async () => {
    const sql = db.admin;
    await sql.query("BEGIN");
    try {
      await sql.query("SET LOCAL ROLE sis_app_access");
      await sql.query("SELECT set_config('app.tenant_id', $1, true)", [a.tenantId]);
      const plan = (
        await sql.query(
          `EXPLAIN SELECT s.id FROM students s WHERE EXISTS (SELECT 1 FROM student_search_words w
             WHERE w.tenant_id = s.tenant_id AND w.student_id = s.id AND w.word >= 'zeph' AND w.word < 'zepi')`,
        )
      ).rows
        .map((r) => r["QUERY PLAN"])
        .join("\n");
      expect(plan).toMatch(/student_search_words_pkey/);
      expect(plan).toMatch(/Index Cond: \(\(tenant_id = .*word >= /);
    } finally {
      await sql.query("ROLLBACK");
    }
  });

  it("runs a search, and only a search, with index lookups favoured (docs/decisions/027)", async () => {
    expect(studentListTransaction({ q: "mar" } as never)).toEqual({ favourIndexLookups: true });
    expect(studentListTransaction({ q: "   " } as never)).toEqual({});
    expect(studentListTransaction({} as never)).toEqual({});
  });

  it("finds a student by a guardian's name or phone number, however the number is written", async () => {
    await db.admin.query(
      "UPDATE students SET parent_guardian_2_name = 'Marisol Quintero', parent_guardian_1_phone = '(217) 555-0142' WHERE id = $1",
      [a.spareStudents[2]],
    );
    const found = async (q: string) => (await list(office, { q })).rows.map((r) => r.id);
    expect(await found("marisol quintero")).toEqual([a.spareStudents[2]]);
    expect(await found("quinter")).toEqual([a.spareStudents[2]]);
    for (const q of ["2175550142", "(217) 555-0142", "555-0142", "0142", "217-555-0142"])
      expect(await found(q), q).toEqual([a.spareStudents[2]]);
    expect(await found("2175550143")).toEqual([]);
    expect(phoneSearchForms("12")).toEqual([]);
    expect(phoneSearchForms("Rivera")).toEqual([]);
    // Another school's guardians are never found.
    await db.admin.query("UPDATE students SET parent_guardian_1_name = 'Zebulon Farquhar' WHERE id = $1", [
      b.ids.student,
    ]);
    expect(await found("farquhar")).toEqual([]);
  });

  it("sorts grades in school order (Pre-K, K, 1 … 12) across pages, and offers only the grades the school has", async () => {
    const grades = ["10", "K", "9", "1", "12", "PK", "2"];
    await insertSchoolYears(db.admin, a.tenantId, ["2030-2031"]);
    for (let i = 0; i < 30; i++) {
      await db.admin.query(
        `INSERT INTO students (tenant_id, student_id, first_name, last_name, date_of_birth, grade_level, enrollment_date, academic_year)
         VALUES ($1, $2, 'Grace', $3, '2014-03-04', $4, '2026-08-24', '2030-2031')`,
        [a.tenantId, `GO${i}`, `Order${String(30 - i).padStart(2, "0")}`, grades[i % grades.length]],
      );
    }
    const rank = (g: string) => ["PK", "K", "1", "2", "9", "10", "12"].indexOf(g);
    const all = await withTenant(
      a.tenantId,
      (tx) =>
        exportStudents(
          tx,
          studentListQuerySchema.parse({ year: "2030-2031", sort: "gradeLevel.asc" }),
          office,
        ),
      { client: app },
    );
    expect(all).toHaveLength(30);
    const order = all.map((r) => rank(r.gradeLevel));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    // Within a grade, by name.
    const kinder = all.filter((r) => r.gradeLevel === "K").map((r) => r.name);
    expect(kinder).toEqual([...kinder].sort());
    // Page 1 and page 2 join up exactly, with no row lost or repeated at the boundary.
    const first = await list(office, { year: "2030-2031", sort: "gradeLevel.asc" });
    const second = await list(office, { year: "2030-2031", sort: "gradeLevel.asc", page: "2" });
    expect(first.rows).toHaveLength(25);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(all.map((r) => r.id));
    const down = await list(office, { year: "2030-2031", sort: "gradeLevel.desc", size: "50" });
    expect(down.rows.map((r) => r.gradeLevel)[0]).toBe("12");
    expect(down.rows.at(-1)!.gradeLevel).toBe("PK");
    expect(down.rows).toHaveLength(30);
    expect(down.size).toBe(50);
    expect((await list(office, { size: "7" })).size).toBe(25);

    const { options } = await list(office, {});
    expect(options.grades).toEqual(["PK", "K", "1", "2", "9", "10", "12"]);
    expect(options.years).toEqual(["2030-2031", "2026-2027", "2025-2026"]);
  });

  it("sorts every column it shows", async () => {
    for (const key of [
      "name",
      "studentId",
      "gradeLevel",
      "status",
      "academicYear",
      "enrollmentDate",
      "support",
      "guardian",
      "guardianPhone",
    ]) {
      for (const dir of ["asc", "desc"]) {
        const { rows, total } = await list(office, { sort: `${key}.${dir}`, size: "100" });
        expect(rows, `${key}.${dir}`).toHaveLength(total);
      }
    }
    const years = (await list(office, { sort: "academicYear.asc", size: "100" })).rows.map(
      (r) => r.academicYear,
    );
    expect(years).toEqual([...years].sort());
    const support = (await list(office, { sort: "support.desc", size: "100" })).rows.map((r) => r.support);
    expect(support.slice(0, 2).every(Boolean)).toBe(true);
  });

  it("gives the profile the student's weekly timetable from their active classes", async () => {
    await db.admin.query(
      `UPDATE classes SET schedule = '{"days":["tue","thu"],"start":"10:00","end":"10:50"}' WHERE id = $1`,
      [a.ids.class],
    );
    const { timetable } = (await profile(office, a.ids.student))!;
    expect(
      timetable.days
        .filter((d) => d.classes.length)
        .map((d) => [d.day, d.classes.map((c) => `${c.name} ${c.meeting!.start}`)]),
    ).toEqual([
      ["tue", ["Algebra I 10:00"]],
      ["thu", ["Algebra I 10:00"]],
    ]);
    await db.admin.query("UPDATE enrollments SET status = 'dropped' WHERE student_id = $1", [a.ids.student]);
    expect((await profile(office, a.ids.student))!.timetable.days.every((d) => d.classes.length === 0)).toBe(
      true,
    );
    await db.admin.query("UPDATE enrollments SET status = 'active' WHERE student_id = $1", [a.ids.student]);
  });
});
