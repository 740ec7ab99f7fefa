// A roster or profile holding a row the database would normally refuse (an enrolment whose student
// or class row is missing, as a damaged restore can leave behind) still opens: the sound rows
// show, the damaged ones are counted and logged.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import { getStudentProfile } from "../students/queries.ts";
import { getClassWithRoster } from "./queries.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
const office = () => ({ id: a.ids.user, role: "principal", permissions: {} });

/** Writes an enrolment past the foreign keys, as only a superuser with replication role can. */
async function orphanEnrollment(studentId: string, classId: string) {
  await db.admin.query("SET session_replication_role = replica");
  try {
    await db.admin.query("INSERT INTO enrollments (tenant_id, student_id, class_id) VALUES ($1, $2, $3)", [
      a.tenantId,
      studentId,
      classId,
    ]);
  } finally {
    await db.admin.query("SET session_replication_role = DEFAULT");
  }
}

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a],
  } = await openSchoolDatabase("a", "b"));
});
afterAll(async () => {
  await db.admin.query("SET session_replication_role = replica");
  await db.admin.query(
    "DELETE FROM enrollments WHERE tenant_id = $1 AND (student_id NOT IN (SELECT id FROM students) OR class_id NOT IN (SELECT id FROM classes))",
    [a.tenantId],
  );
  await db.admin.query("SET session_replication_role = DEFAULT");
  await closeSchoolDatabase(db, app);
});

describe("damaged rows", () => {
  it("shows a class roster without the enrolment whose student is missing, counts it and logs it", async () => {
    await orphanEnrollment(randomUUID(), a.ids.class);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const cls = await withTenant(a.tenantId, (tx) => getClassWithRoster(tx, a.ids.class, office()), {
      client: app,
    });
    expect(cls!.enrollments.map((e) => e.student.id)).toEqual([a.ids.student]);
    expect(cls!.damagedEnrollments).toBe(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`class ${a.ids.class}`), expect.any(Array));
    log.mockRestore();
  });

  it("shows a student profile without the enrolment whose class is missing", async () => {
    await orphanEnrollment(a.ids.student, randomUUID());
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const profile = await withTenant(a.tenantId, (tx) => getStudentProfile(tx, a.ids.student, office()), {
      client: app,
    });
    expect(profile!.student.enrollments.map((e) => e.class.id)).toEqual([a.ids.class]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`student ${a.ids.student}`), expect.any(Array));
    log.mockRestore();
  });
});
