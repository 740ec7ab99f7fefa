// What each viewer sees of the student list and profile: the office sees everyone; a teacher sees
// only the students of classes they teach, and no health details without the permission.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import { exportStudents, getStudentProfile, listStudents, type Viewer } from "./queries.ts";
import { studentListQuerySchema } from "./schemas.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let office: Viewer;
let teacher: Viewer;
let otherTeacher: Viewer;

beforeAll(async () => {
  ({ db, app, schools: [a, b] } = await openSchoolDatabase("a", "b"));
  office = { id: a.ids.user, role: "principal", permissions: {} };
  teacher = { id: a.ids.user, role: "teacher", permissions: {} };
  const other = (await db.admin.query(
    "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'other@example.org', 'x', 'Otto', 'Other', 'teacher') RETURNING id", [a.tenantId])).rows[0].id;
  otherTeacher = { id: other, role: "teacher", permissions: {} };
  await db.admin.query("UPDATE students SET allergies = 'Bees', iep_status = true, first_name = 'Ivy', last_name = 'Zephyr' WHERE id = $1", [a.ids.student]);
  await db.admin.query("UPDATE students SET section_504_status = true, grade_level = '10', academic_year = '2025-2026' WHERE id = $1", [a.spareStudents[0]]);
});
afterAll(() => closeSchoolDatabase(db, app));

const list = (viewer: Viewer, query: Record<string, string> = {}) =>
  withTenant(a.tenantId, (tx) => listStudents(tx, studentListQuerySchema.parse(query), viewer), { client: app });
const profile = (viewer: Viewer, id: string) => withTenant(a.tenantId, (tx) => getStudentProfile(tx, id, viewer), { client: app });

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
    await db.admin.query("UPDATE students SET special_needs = 'Extra time on tests' WHERE id = $1", [a.ids.student]);
    const seen = (await profile(teacher, a.ids.student))!;
    expect(seen.healthAlert).toEqual([{ label: "Allergies", text: "Bees" }]);
    expect(seen.student.specialNeeds).toBeNull();
    expect((await list(teacher)).rows.find((r) => r.id === a.ids.student)!.healthAlert).toEqual([{ label: "Allergies", text: "Bees" }]);
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
    expect((await list(office, { grade: "10", year: "2025-2026" })).rows.map((r) => r.id)).toEqual([a.spareStudents[0]]);
  });

  it("sorts on the server and exports exactly the filtered list", async () => {
    const byId = (await list(office, { sort: "studentId.desc" })).rows.map((r) => r.studentId);
    expect(byId).toEqual([...byId].sort().reverse());
    const exported = await withTenant(a.tenantId, (tx) => exportStudents(tx, studentListQuerySchema.parse({ grade: "9" }), teacher), { client: app });
    expect(exported.map((r) => r.id)).toEqual([a.ids.student]);
  });
});
