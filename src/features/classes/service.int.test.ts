// Classes against the database: the form's rules (weights add to 100, a descending scale, times),
// unique codes per year, teachers of this school only, capacity above enrolment, double-booking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueText } from "../../server/action-result.ts";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import { NotFoundError } from "../../server/errors.ts";
import { blankClass } from "./form-values.ts";
import { classSchema, type ClassInput } from "./schemas.ts";
import { createClass, scheduleConflicts, updateClass } from "./service.ts";
import type { SchoolContext } from "../../server/school-context.ts";
import { schoolContext } from "../../../tests/support/school-context.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
const request = { ip: "192.0.2.12", userAgent: "test", method: "POST", url: "/classes" };

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  await db.admin.query(
    `UPDATE classes SET room_number = '101', schedule = '{"days": ["mon", "wed"], "period": "1", "start": "08:00", "end": "08:50"}' WHERE id = $1`,
    [a.ids.class],
  );
});
afterAll(() => closeSchoolDatabase(db, app));

const input = (overrides: Partial<ClassInput> = {}): ClassInput => ({
  ...blankClass("2026-08-24"),
  classCode: "BIO1",
  name: "Biology",
  subject: "Science",
  gradeLevel: "9",
  schedule: { days: ["tue", "thu"], period: "2", start: "09:00", end: "09:50" },
  ...overrides,
});
const as = <T>(fn: (ctx: SchoolContext) => Promise<T>, school: School = a) =>
  withTenant(
    school.tenantId,
    (tx) => fn(schoolContext(tx, school.tenantId, { id: school.ids.user }, {}, request)),
    { client: app },
  );
const messages = (values: ClassInput) => {
  const result = classSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${issueText(i, "en")}`);
};

describe("classes", () => {
  it("checks weights, the scale's order, times and the co-teacher", () => {
    expect(messages(input())).toEqual([]);
    expect(
      messages(
        input({
          gradeCategories: [
            { name: "Tests", weight: 60 },
            { name: "Homework", weight: 30 },
          ],
        }),
      ),
    ).toEqual([]); // weights are relative: the form warns, the calculation renormalises
    expect(
      messages(
        input({
          gradingScale: [
            { letter: "A", min: 90 },
            { letter: "B", min: 95 },
            { letter: "F", min: 0 },
          ],
        }),
      ),
    ).toContain(
      "gradingScale: List letters from highest to lowest, each with a lower minimum than the one above.",
    );
    expect(
      messages(
        input({
          gradingScale: [
            { letter: "P", min: 60 },
            { letter: "N", min: 10 },
          ],
        }),
      ),
    ).toContain("gradingScale: The lowest letter must start at 0%.");
    expect(
      messages(input({ schedule: { days: ["mon"], period: "1", start: "10:00", end: "09:00" } })),
    ).toContain("schedule.end: The class must end after it starts.");
    expect(messages(input({ teacherId: a.ids.teacher, coTeacherId: a.ids.teacher }))).toContain(
      "coTeacherId: The co-teacher must be someone else.",
    );
  });

  it("creates a class with its scale and categories, and refuses its code twice in a year", async () => {
    const cls = await as((ctx) => createClass(ctx, classSchema.parse(input({ teacherId: a.ids.teacher }))));
    const {
      rows: [row],
    } = await db.admin.query("SELECT grading_scale, grade_categories, schedule FROM classes WHERE id = $1", [
      cls.id,
    ]);
    expect(row.grading_scale.A).toBe(93);
    expect(row.grade_categories.reduce((s: number, g: { weight: number }) => s + g.weight, 0)).toBe(100);
    // A numeric period is stored as a number, as the demo data has it (the form holds text).
    expect(row.schedule).toEqual({ days: ["tue", "thu"], period: 2, start: "09:00", end: "09:50" });
    await expect(as((ctx) => createClass(ctx, classSchema.parse(input())))).rejects.toMatchObject({
      field: "classCode",
    });
    expect(
      await as((ctx) => createClass(ctx, classSchema.parse(input({ academicYear: "2027-2028" })))),
    ).toBeTruthy();
  });

  it("takes a bell period's times from the bell schedule, and refuses a year the school does not have", async () => {
    await db.admin.query(
      `WITH s AS (INSERT INTO bell_schedules (tenant_id, name, is_default) VALUES ($1, 'Regular day', true) RETURNING id)
       INSERT INTO bell_periods (tenant_id, bell_schedule_id, code, name, starts_at, ends_at)
       SELECT $1, s.id, '3', 'Period 3', '09:50', '10:40' FROM s`,
      [a.tenantId],
    );
    const typed = input({
      classCode: "BELL3",
      schedule: { days: ["mon"], period: "3", start: "07:00", end: "07:30" },
    });
    const cls = await as((ctx) => createClass(ctx, classSchema.parse(typed)));
    const {
      rows: [row],
    } = await db.admin.query("SELECT schedule FROM classes WHERE id = $1", [cls.id]);
    expect(row.schedule).toEqual({ days: ["mon"], period: 3, start: "09:50", end: "10:40" });
    await expect(
      as((ctx) =>
        createClass(ctx, classSchema.parse(input({ classCode: "OLD1", academicYear: "1999-2000" }))),
      ),
    ).rejects.toMatchObject({ field: "academicYear" });
  });

  it("accepts only this school's teachers", async () => {
    await expect(
      as((ctx) => createClass(ctx, classSchema.parse(input({ classCode: "X1", teacherId: b.ids.teacher })))),
    ).rejects.toMatchObject({ field: "teacherId" });
  });

  it("warns about a teacher or room already booked at an overlapping time, not about other times", async () => {
    const check = (schedule: ClassInput["schedule"], teacherIds: string[], roomNumber: string) =>
      as((ctx) =>
        scheduleConflicts(ctx.db, {
          academicYear: "2026-2027",
          teacherIds,
          roomNumber,
          building: "",
          schedule: schedule as never,
        }),
      );
    const clash = await check(
      { days: ["wed"], period: "1", start: "08:30", end: "09:20" },
      [a.ids.teacher],
      "101",
    );
    expect(clash.map((c) => `${c.reason} ${c.who}`)).toEqual(["teacher Tess Teacher", "room 101"]);
    expect(
      await check({ days: ["wed"], period: "2", start: "08:50", end: "09:40" }, [a.ids.teacher], "101"),
    ).toEqual([]);
    expect(
      await check({ days: ["fri"], period: "1", start: "08:00", end: "08:50" }, [a.ids.teacher], "101"),
    ).toEqual([]);
  });

  it("keeps capacity at or above the students enrolled, and audits changes", async () => {
    const {
      rows: [{ n }],
    } = await db.admin.query(
      "SELECT count(*)::int AS n FROM enrollments WHERE class_id = $1 AND status = 'active'",
      [a.ids.class],
    );
    expect(n).toBe(1);
    await expect(
      as((ctx) =>
        updateClass(ctx, a.ids.class, {
          ...classSchema.parse(input({ classCode: "ALG1", name: "Algebra I" })),
          maxStudents: 0,
        }),
      ),
    ).rejects.toMatchObject({ field: "maxStudents" });
    await as((ctx) =>
      updateClass(
        ctx,
        a.ids.class,
        classSchema.parse(input({ classCode: "ALG1", name: "Algebra I", roomNumber: "204" })),
      ),
    );
    const {
      rows: [audit],
    } = await db.admin.query(
      "SELECT new_values FROM audit_logs WHERE action = 'class_updated' AND resource_id = $1",
      [a.ids.class],
    );
    expect(audit.new_values).toMatchObject({ roomNumber: "204" });
  });

  it("another school's class is not found", async () => {
    await expect(
      as((ctx) => updateClass(ctx, b.ids.class, classSchema.parse(input({ classCode: "ZZ9" })))),
    ).rejects.toThrow(NotFoundError);
    expect(
      (await db.admin.query("SELECT class_code FROM classes WHERE id = $1", [b.ids.class])).rows[0]
        .class_code,
    ).toBe("ALG1");
  });
});
