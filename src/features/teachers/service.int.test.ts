// Teacher records against the database: validation of tags and the weekly schedule, uniqueness,
// the plan's teacher limit, linking an account, deletion that unassigns classes, other schools.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueText } from "../../server/action-result.ts";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import { NotFoundError } from "../../server/errors.ts";
import { blankTeacher, listTeachers } from "./queries.ts";
import { teacherListQuerySchema, teacherSchema, type TeacherInput } from "./schemas.ts";
import { createTeacher, deleteTeacher, teacherDeletionImpact, updateTeacher } from "./service.ts";
import type { SchoolContext } from "../../server/school-context.ts";
import { schoolContext, withLimits } from "../../../tests/support/school-context.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
const request = { ip: "192.0.2.11", userAgent: "test", method: "POST", url: "/teachers" };

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
});
afterAll(() => closeSchoolDatabase(db, app));

const input = (overrides: Partial<TeacherInput> = {}): TeacherInput => ({
  ...blankTeacher("2024-08-15"),
  employeeId: "T-200",
  firstName: "Grace",
  lastName: "Hopper",
  email: "Grace@Example.org",
  department: "Mathematics",
  teachingCertifications: ["IL Professional Educator License"],
  subjectsTaught: ["Algebra", "Statistics"],
  gradeLevelsTaught: ["9", "10"],
  ...overrides,
});
const as = <T>(fn: (ctx: SchoolContext) => Promise<T>, school: School = a) =>
  withTenant(
    school.tenantId,
    (tx) => fn(schoolContext(tx, school.tenantId, { id: school.ids.user }, {}, request)),
    { client: app },
  );

describe("teachers", () => {
  it("validates the weekly schedule and tags field by field", () => {
    const schedule = {
      ...input().workSchedule,
      mon: { works: true, start: "15:00", end: "08:00" },
      tue: { works: true, start: "", end: "12:00" },
    };
    const result = teacherSchema.safeParse(
      input({ workSchedule: schedule, gradeLevelsTaught: ["13"] as never, yearsExperience: -1, email: "" }),
    );
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join(".")}: ${issueText(i, "en")}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "workSchedule.mon.end: The day must end after it starts.",
        "workSchedule.tue.start: Enter a start time.",
        "yearsExperience: Cannot be negative.",
        "email: Enter the work email.",
      ]),
    );
  });

  it("creates a teacher with tags and the working days only, audited", async () => {
    const teacher = await as((ctx) =>
      createTeacher(withLimits(ctx, { maxTeachers: 50 }), teacherSchema.parse(input())),
    );
    const {
      rows: [row],
    } = await db.admin.query(
      "SELECT email, subjects_taught, grade_levels_taught, work_schedule FROM teachers WHERE id = $1",
      [teacher.id],
    );
    expect(row.email).toBe("grace@example.org");
    expect(row.subjects_taught).toEqual(["Algebra", "Statistics"]);
    expect(row.grade_levels_taught).toEqual(["9", "10"]);
    expect(Object.keys(row.work_schedule).sort()).toEqual(["fri", "mon", "thu", "tue", "wed"]);
    expect(
      (
        await db.admin.query(
          "SELECT count(*)::int AS n FROM audit_logs WHERE action = 'teacher_created' AND resource_id = $1",
          [teacher.id],
        )
      ).rows[0].n,
    ).toBe(1);
  });

  it("refuses a taken employee ID, email or account on its field, and the plan limit with a message", async () => {
    await expect(
      as((ctx) =>
        createTeacher(
          withLimits(ctx, { maxTeachers: 50 }),
          teacherSchema.parse(input({ email: "new@example.org" })),
        ),
      ),
    ).rejects.toMatchObject({ field: "employeeId" });
    await expect(
      as((ctx) =>
        createTeacher(
          withLimits(ctx, { maxTeachers: 50 }),
          teacherSchema.parse(input({ employeeId: "T-201" })),
        ),
      ),
    ).rejects.toMatchObject({ field: "email" });
    await expect(
      as((ctx) =>
        createTeacher(
          withLimits(ctx, { maxTeachers: 50 }),
          teacherSchema.parse(input({ employeeId: "T-202", email: "x@example.org", userId: a.ids.user })),
        ),
      ),
    ).rejects.toMatchObject({ field: "userId" });
    await expect(
      as((ctx) =>
        createTeacher(
          withLimits(ctx, { maxTeachers: 50 }),
          teacherSchema.parse(input({ employeeId: "T-203", email: "y@example.org", userId: b.ids.user })),
        ),
      ),
    ).rejects.toMatchObject({ field: "userId" });
    await expect(
      as((ctx) =>
        createTeacher(
          withLimits(ctx, { maxTeachers: 2 }),
          teacherSchema.parse(input({ employeeId: "T-204", email: "z@example.org" })),
        ),
      ),
    ).rejects.toThrow("reached its plan's limit of 2 active teachers");
    expect(
      await as((ctx) =>
        createTeacher(
          withLimits(ctx, { maxTeachers: 2 }),
          teacherSchema.parse(
            input({ employeeId: "T-205", email: "w@example.org", employmentStatus: "on_leave" }),
          ),
        ),
      ),
    ).toBeTruthy();
  });

  it("updates and audits the changed fields only", async () => {
    const {
      rows: [t],
    } = await db.admin.query("SELECT id FROM teachers WHERE employee_id = 'T-200'");
    await as((ctx) =>
      updateTeacher(
        withLimits(ctx, { maxTeachers: 50 }),
        t.id,
        teacherSchema.parse(input({ subjectsTaught: ["Algebra"], officeLocation: "Room 12" })),
      ),
    );
    const {
      rows: [audit],
    } = await db.admin.query(
      "SELECT old_values, new_values FROM audit_logs WHERE action = 'teacher_updated' AND resource_id = $1",
      [t.id],
    );
    expect(audit).toEqual({
      old_values: { subjectsTaught: ["Algebra", "Statistics"], officeLocation: null },
      new_values: { subjectsTaught: ["Algebra"], officeLocation: "Room 12" },
    });
  });

  it("deleting unassigns the teacher's classes, which stay", async () => {
    expect(await as((ctx) => teacherDeletionImpact(ctx.db, b.ids.teacher), b)).toEqual({
      taught: 1,
      coTaught: 0,
    });
    await as((ctx) => deleteTeacher(ctx, b.ids.teacher), b);
    expect(
      (await db.admin.query("SELECT teacher_id FROM classes WHERE id = $1", [b.ids.class])).rows[0]
        .teacher_id,
    ).toBeNull();
  });

  it("another school's teacher is not found, and lists show only this school", async () => {
    const {
      rows: [theirs],
    } = await db.admin.query(
      "INSERT INTO teachers (tenant_id, employee_id, first_name, last_name, email, hire_date) VALUES ($1, 'B-1', 'Bea', 'B', 'bea@example.org', '2020-01-01') RETURNING id",
      [b.tenantId],
    );
    await expect(
      as((ctx) =>
        updateTeacher(
          withLimits(ctx, { maxTeachers: 50 }),
          theirs.id,
          teacherSchema.parse(input({ employeeId: "Q-1", email: "q@example.org" })),
        ),
      ),
    ).rejects.toThrow(NotFoundError);
    await expect(as((ctx) => deleteTeacher(ctx, theirs.id))).rejects.toThrow(NotFoundError);
    const list = await as((ctx) => listTeachers(ctx.db, teacherListQuerySchema.parse({ q: "bea" })));
    expect(list.total).toBe(0);
    expect(
      (
        await as((ctx) => listTeachers(ctx.db, teacherListQuerySchema.parse({ department: "Mathematics" })))
      ).rows
        .map((r) => r.employeeId)
        .sort(),
    ).toEqual(["T-200", "T-205"]);
  });
});
