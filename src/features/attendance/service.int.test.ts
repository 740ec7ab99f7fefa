// Attendance's services against the database (row-level security on): a register saved whole and
// idempotently, its enrolment totals always what the marks and calendar say, one family message
// per student and day whatever happens, past days the office's and audited, closed days refused,
// another school's or another teacher's class not found.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import { schoolContext } from "../../../tests/support/school-context.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant, type TenantDb } from "../../server/db/with-tenant.ts";
import { NotFoundError, UserFacingError } from "../../server/errors.ts";
import { sendDueAlerts } from "./alerts.ts";
import { codeBook } from "./codes.ts";
import { registerClass, registerOf } from "./roster.ts";
import { noticeSchema, saveRegisterSchema } from "./schemas.ts";
import { addNotice, clearRegister, excuseDay, saveRegister, setCover } from "./service.ts";
import { totalsDrift } from "./totals.ts";
import { daysMissed, studentDays } from "./days.ts";
import { chronicList, yearSoFar } from "./reports.ts";
import { studentAttendance } from "./student-attendance.ts";
import { endEnrollment } from "../enrollments/service.ts";
import { setCalendarDay } from "../school-year/service.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let roster: string[];
let otherTeacherUser: string;
let code: Record<string, string>;
const q = async (sql: string, params: unknown[] = []) => (await db.admin.query(sql, params)).rows;

// Wednesday 9 December 2026, 09:00 in Chicago (the test school's timezone).
const TODAY = "2026-12-09";
const NOW = new Date("2026-12-09T15:00:00Z");

type Who = { id: string; role?: string; name?: string };
const TEACHER = (school: School): Who => ({ id: school.ids.user, role: "teacher", name: "Tess Teacher" });
let OFFICE: Who;
const as = <T>(school: School, work: (ctx: ReturnType<typeof schoolContext>) => Promise<T>, who?: Who) =>
  withTenant(
    school.tenantId,
    (tx: TenantDb) => work(schoolContext(tx, school.tenantId, who ?? TEACHER(school))),
    {
      client: app,
    },
  );

const register = (marks: Record<string, string>, day = TODAY, classId = a.ids.class) =>
  saveRegisterSchema.parse({
    classId,
    day,
    marks: roster.map((studentId) => ({
      studentId,
      codeId: code[marks[studentId] ?? "P"],
      reason: "",
      notes: "",
    })),
  });
const save = (marks: Record<string, string>, who?: Who, day = TODAY) =>
  as(a, (ctx) => saveRegister(ctx, register(marks, day)), who);

const drift = () => as(a, (ctx) => totalsDrift(ctx.db));
const totals = async (studentId: string) =>
  (
    await q(
      "SELECT total_days, days_present, days_absent, days_tardy FROM enrollments WHERE student_id = $1 AND class_id = $2",
      [studentId, a.ids.class],
    )
  )[0];
const mails = () =>
  q("SELECT to_address, subject FROM mail_outbox WHERE purpose = 'absence_alert' ORDER BY to_address");

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  // Four students on Algebra I since September; two families with addresses.
  for (const id of a.spareStudents.slice(0, 3))
    await q("INSERT INTO enrollments (tenant_id, student_id, class_id) VALUES ($1, $2, $3)", [
      a.tenantId,
      id,
      a.ids.class,
    ]);
  await q("UPDATE enrollments SET enrollment_date = '2026-09-01'");
  roster = [a.ids.student, ...a.spareStudents.slice(0, 3)];
  await q(
    "UPDATE students SET parent_guardian_1_email = 'Mum@Example.org', parent_guardian_2_email = 'dad@example.org' WHERE id = $1",
    [a.ids.student],
  );
  await q("UPDATE students SET parent_guardian_1_email = 'kin@example.org' WHERE id = $1", [roster[1]]);
  const office = (
    await q(
      "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'office@example.org', 'x', 'Olive', 'Office', 'admin') RETURNING id",
      [a.tenantId],
    )
  )[0].id;
  OFFICE = { id: office, role: "admin", name: "Olive Office" };
  otherTeacherUser = (
    await q(
      "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'other@example.org', 'x', 'Otto', 'Other', 'teacher') RETURNING id",
      [a.tenantId],
    )
  )[0].id;
  await q(
    "INSERT INTO teachers (tenant_id, user_id, employee_id, first_name, last_name, email, hire_date) VALUES ($1, $2, 'E2', 'Otto', 'Other', 'other@example.org', '2020-08-15')",
    [a.tenantId, otherTeacherUser],
  );
  code = Object.fromEntries((await as(a, (ctx) => codeBook(ctx.db))).all.map((c) => [c.code, c.id]));
});
afterAll(() => closeSchoolDatabase(db, app));
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe("taking a register", () => {
  it("starts everyone present, saves the whole roster in one action, and counts it on each enrolment", async () => {
    const { meeting } = await as(a, (ctx) =>
      registerClass(ctx.db, ctx.user, a.ids.class, TODAY, "America/Chicago"),
    );
    const before = await as(a, (ctx) => registerOf(ctx.db, { id: a.ids.class }, meeting, TODAY));
    expect(before.rows.map((r) => r.codeId)).toEqual(roster.map(() => code.P));
    expect(before.taken).toBe(false);

    const result = await save({ [a.ids.student]: "A", [roster[1]!]: "T" });
    expect(result).toEqual({ saved: 4, changed: 4 });
    const rows = await q(
      "SELECT status, period, is_excused, marked_by FROM attendance WHERE class_id = $1 AND attendance_date = $2 ORDER BY status",
      [a.ids.class, TODAY],
    );
    expect(rows.map((r) => r.status)).toEqual(["absent", "present", "present", "tardy"]);
    expect(rows.every((r) => r.period === "ALG1" && r.marked_by === a.ids.user)).toBe(true);
    // The fixture marked Sam present on 1 September already.
    expect(await totals(a.ids.student)).toEqual({
      total_days: 2,
      days_present: 1,
      days_absent: 1,
      days_tardy: 0,
    });
    expect(await totals(roster[1]!)).toEqual({
      total_days: 1,
      days_present: 0,
      days_absent: 0,
      days_tardy: 1,
    });
    expect(await drift()).toEqual({ checked: expect.any(Number), wrong: [] });
    const audit = await q("SELECT action, new_values FROM audit_logs WHERE action = 'attendance_taken'");
    expect(audit).toHaveLength(1);
    expect(audit[0].new_values.marks[a.ids.student]).toBe("A");
  });

  it("saved again unchanged writes nothing: no update, no audit row", async () => {
    const stamps = await q("SELECT id, updated_at FROM attendance WHERE class_id = $1 ORDER BY id", [
      a.ids.class,
    ]);
    expect(await save({ [a.ids.student]: "A", [roster[1]!]: "T" })).toEqual({ saved: 4, changed: 0 });
    expect(
      await q("SELECT id, updated_at FROM attendance WHERE class_id = $1 ORDER BY id", [a.ids.class]),
    ).toEqual(stamps);
    expect(await q("SELECT 1 FROM audit_logs WHERE action LIKE 'attendance_%'")).toHaveLength(1);
  });

  it("arms one message per student and day; absent → tardy and saving twice send nothing more", async () => {
    expect(await q("SELECT student_id, status, reason FROM attendance_alerts ORDER BY reason")).toEqual([
      { student_id: a.ids.student, status: "pending", reason: "absent" },
      { student_id: roster[1], status: "pending", reason: "tardy" },
    ]);
    // Nothing goes before the school's wait is over (10 minutes by default).
    expect(await sendDueAlerts(a.tenantId, new Date(NOW.getTime() + 5 * 60_000), { client: app })).toBe(0);
    expect(await sendDueAlerts(a.tenantId, new Date(NOW.getTime() + 11 * 60_000), { client: app })).toBe(2);
    expect(await mails()).toEqual([
      { to_address: "dad@example.org", subject: "Sam Student was marked absent today at School a" },
      { to_address: "kin@example.org", subject: "Spare Student was marked late today at School a" },
      { to_address: "mum@example.org", subject: "Sam Student was marked absent today at School a" },
    ]);
    const marked = await q(
      "SELECT parent_notified, notification_sent_at FROM attendance WHERE student_id = $1 AND attendance_date = $2",
      [a.ids.student, TODAY],
    );
    expect(marked.every((m) => m.parent_notified && m.notification_sent_at)).toBe(true);

    // The same morning: absent → tardy, then absent again, saved twice: still the one message.
    await save({ [a.ids.student]: "T", [roster[1]!]: "T" });
    await save({ [a.ids.student]: "A", [roster[1]!]: "A" });
    await save({ [a.ids.student]: "A", [roster[1]!]: "A" });
    expect(await sendDueAlerts(a.tenantId, new Date(NOW.getTime() + 60 * 60_000), { client: app })).toBe(0);
    expect(await mails()).toHaveLength(3);
    expect(await q("SELECT 1 FROM attendance_alerts")).toHaveLength(2);
  });

  it("an excuse recorded before the message goes stops it", async () => {
    await save({ [a.ids.student]: "A", [roster[1]!]: "A", [roster[2]!]: "A" });
    expect(await q("SELECT status FROM attendance_alerts WHERE student_id = $1", [roster[2]])).toEqual([
      { status: "pending" },
    ]);
    await as(
      a,
      (ctx) => excuseDay(ctx, { studentId: roster[2]!, day: TODAY, codeId: code.EM!, reason: "Dentist" }),
      OFFICE,
    );
    expect(await sendDueAlerts(a.tenantId, new Date(NOW.getTime() + 60 * 60_000), { client: app })).toBe(0);
    expect(await q("SELECT status FROM attendance_alerts WHERE student_id = $1", [roster[2]])).toEqual([
      { status: "cancelled" },
    ]);
    const [mark] = await q("SELECT status, is_excused, reason FROM attendance WHERE student_id = $1", [
      roster[2],
    ]);
    expect(mark).toEqual({ status: "excused", is_excused: true, reason: "Dentist" });
    expect(await totals(roster[2]!)).toEqual({
      total_days: 1,
      days_present: 0,
      days_absent: 1,
      days_tardy: 0,
    });
    expect(await drift()).toMatchObject({ wrong: [] });
    const [audit] = await q(
      "SELECT old_values, new_values FROM audit_logs WHERE action = 'attendance_excused'",
    );
    expect(audit.new_values).toMatchObject({ code: "EM", reason: "Dentist" });
    expect(Object.values(audit.old_values.marks)).toEqual(["absent"]);
    // Nothing left to excuse: said so.
    await expect(
      as(
        a,
        (ctx) => excuseDay(ctx, { studentId: roster[2]!, day: TODAY, codeId: code.E!, reason: "Again" }),
        OFFICE,
      ),
    ).rejects.toThrow(UserFacingError);
  });

  it("two tabs saving the same register at once send one message", async () => {
    await q("DELETE FROM attendance WHERE class_id = $1 AND attendance_date = '2026-12-10'", [a.ids.class]);
    vi.setSystemTime(new Date("2026-12-10T15:00:00Z"));
    const marks = { [roster[3]!]: "A" };
    await q("UPDATE students SET parent_guardian_1_email = 'twins@example.org' WHERE id = $1", [roster[3]]);
    const results = await Promise.allSettled([
      save(marks, undefined, "2026-12-10"),
      save(marks, undefined, "2026-12-10"),
    ]);
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);
    expect(
      await q("SELECT 1 FROM attendance WHERE class_id = $1 AND attendance_date = '2026-12-10'", [
        a.ids.class,
      ]),
    ).toHaveLength(4);
    await Promise.all([
      sendDueAlerts(a.tenantId, new Date("2026-12-10T16:00:00Z"), { client: app }),
      sendDueAlerts(a.tenantId, new Date("2026-12-10T16:00:00Z"), { client: app }),
    ]);
    expect(await q("SELECT 1 FROM mail_outbox WHERE to_address = 'twins@example.org'")).toHaveLength(1);
  });
});

describe("who may change a register, and when", () => {
  it("the teacher cannot change a past day; the office can, audited with old and new values", async () => {
    vi.setSystemTime(new Date("2026-12-11T15:00:00Z"));
    await expect(save({ [a.ids.student]: "P" }, undefined, TODAY)).rejects.toThrow(UserFacingError);
    await save({ [a.ids.student]: "P" }, OFFICE, TODAY);
    const [audit] = await q(
      "SELECT old_values, new_values FROM audit_logs WHERE action = 'attendance_amended'",
    );
    expect(audit.old_values.marks[a.ids.student]).toBe("A");
    expect(audit.new_values.marks[a.ids.student]).toBe("P");
    expect(await totals(a.ids.student)).toMatchObject({ days_absent: 0 });
    expect(await drift()).toMatchObject({ wrong: [] });
    // Tomorrow cannot be taken by anyone.
    await expect(save({}, OFFICE, "2026-12-14")).rejects.toThrow(UserFacingError);
  });

  it("no attendance on a day the school is closed, and closing a day takes its marks out of the totals", async () => {
    await expect(save({}, OFFICE, "2026-12-12")).rejects.toThrow(UserFacingError); // a Saturday
    const before = await totals(a.ids.student);
    await as(
      a,
      (ctx) => setCalendarDay(ctx, { day: TODAY, kind: "closure", reason: "Snow day", bellScheduleId: null }),
      OFFICE,
    );
    expect((await totals(a.ids.student)).total_days).toBe(before.total_days - 1);
    expect(await drift()).toMatchObject({ wrong: [] });
    await expect(save({}, OFFICE, TODAY)).rejects.toThrow(UserFacingError);
  });

  it("another teacher's class is not found until they cover it, and then only that day", async () => {
    vi.setSystemTime(new Date("2026-12-14T15:00:00Z"));
    const otto = { id: otherTeacherUser, role: "teacher", name: "Otto Other" };
    await expect(save({}, otto, "2026-12-14")).rejects.toThrow(NotFoundError);
    const [teacher] = await q("SELECT id FROM teachers WHERE user_id = $1", [otherTeacherUser]);
    await as(
      a,
      (ctx) => setCover(ctx, { classId: a.ids.class, day: "2026-12-14", teacherId: teacher.id }),
      OFFICE,
    );
    expect(await save({}, otto, "2026-12-14")).toMatchObject({ saved: 4 });
    vi.setSystemTime(new Date("2026-12-15T15:00:00Z"));
    await expect(save({}, otto, "2026-12-15")).rejects.toThrow(NotFoundError);
  });

  it("another school's class and students are not found", async () => {
    await expect(
      as(b, (ctx) => saveRegister(ctx, register({}, "2026-12-15", a.ids.class)), TEACHER(b)),
    ).rejects.toThrow(NotFoundError);
    await expect(
      as(b, (ctx) => excuseDay(ctx, { studentId: a.ids.student, day: TODAY, codeId: code.E!, reason: "x" }), {
        ...OFFICE,
        id: b.ids.user,
      }),
    ).rejects.toThrow(NotFoundError);
  });
});

describe("what the office knows in advance, and totals through every change", () => {
  it("a parent's call recorded ahead appears on the teacher's register that day, and no message goes", async () => {
    vi.setSystemTime(new Date("2026-12-15T15:00:00Z"));
    await as(
      a,
      (ctx) =>
        addNotice(
          ctx,
          noticeSchema.parse({
            studentId: a.ids.student,
            kind: "absence",
            startsOn: "2026-12-16",
            endsOn: "2026-12-17",
            at: "",
            codeId: code.EM!,
            reason: "Surgery",
            reportedBy: "Mother",
          }),
        ),
      OFFICE,
    );
    vi.setSystemTime(new Date("2026-12-16T15:00:00Z"));
    const { meeting } = await as(a, (ctx) =>
      registerClass(ctx.db, ctx.user, a.ids.class, "2026-12-16", "America/Chicago"),
    );
    const { rows } = await as(a, (ctx) => registerOf(ctx.db, { id: a.ids.class }, meeting, "2026-12-16"));
    const sam = rows.find((r) => r.studentId === a.ids.student)!;
    expect(sam).toMatchObject({
      codeId: code.EM!,
      reason: "Surgery",
      notice: { kind: "absence", code: "EM" },
    });
    await as(a, (ctx) =>
      saveRegister(
        ctx,
        saveRegisterSchema.parse({
          classId: a.ids.class,
          day: "2026-12-16",
          marks: rows.map((r) => ({
            studentId: r.studentId,
            codeId: r.codeId,
            reason: r.reason,
            notes: r.notes,
          })),
        }),
      ),
    );
    expect(await q("SELECT 1 FROM attendance_alerts WHERE day = '2026-12-16'")).toHaveLength(0);
  });

  it("a register cleared and an enrolment ended leave the totals exactly what the marks say", async () => {
    const before = await totals(a.ids.student);
    await as(a, (ctx) => clearRegister(ctx, { classId: a.ids.class, day: "2026-12-16" }), OFFICE);
    expect((await totals(a.ids.student)).total_days).toBe(before.total_days - 1);
    const [enrolment] = await q("SELECT id FROM enrollments WHERE student_id = $1 AND class_id = $2", [
      roster[1],
      a.ids.class,
    ]);
    const was = await totals(roster[1]!);
    await as(
      a,
      (ctx) => endEnrollment(ctx, { enrollmentId: enrolment.id, status: "dropped", date: "2026-12-10" }),
      OFFICE,
    );
    const now = await totals(roster[1]!);
    expect(now.total_days).toBeLessThan(was.total_days);
    expect(await drift()).toMatchObject({ wrong: [] });
    // Marks written outside the app (an operator's SQL) are what the check is for: it finds them.
    await q("UPDATE enrollments SET days_present = days_present + 1 WHERE id = $1", [enrolment.id]);
    expect((await drift()).wrong).toEqual([enrolment.id]);
  });

  it("the chronic-absence list reads the year from its absences and agrees with each student's own page", async () => {
    vi.setSystemTime(new Date("2026-12-16T15:00:00Z"));
    // Ten days away in October on the daily register (and the absence of 10 December above).
    await q(
      `INSERT INTO attendance (tenant_id, student_id, attendance_date, status, period)
       SELECT $1, $2, d, CASE WHEN extract(dow FROM d) = 1 THEN 'excused' ELSE 'absent' END, 'daily'
         FROM generate_series('2026-10-05'::date, '2026-10-16'::date, '1 day') AS d WHERE extract(isodow FROM d) < 6`,
      [a.tenantId, roster[3]],
    );
    // A daily mark under a class register the same day: the class's marks make that day.
    await q(
      "INSERT INTO attendance (tenant_id, student_id, attendance_date, status, period) VALUES ($1, $2, '2026-12-14', 'absent', 'daily')",
      [a.tenantId, roster[1]],
    );
    const result = await as(
      a,
      async (ctx) => {
        const range = (await yearSoFar(ctx.db, "America/Chicago"))!;
        const missed = await daysMissed(ctx.db, range.from, range.to);
        const every = await studentDays(ctx.db, range.from, range.to);
        const halves = (days: Map<string, { presentHalves: number }> | undefined) =>
          [...(days?.values() ?? [])].reduce((sum, d) => sum + 2 - d.presentHalves, 0);
        return {
          agree: roster.every((id) => halves(missed.get(id)) === halves(every.get(id))),
          list: await chronicList(ctx.db, range),
          page: await studentAttendance(
            ctx.db,
            { id: OFFICE.id, role: "admin", permissions: null },
            roster[3]!,
            "2026-10",
            "America/Chicago",
          ),
        };
      },
      OFFICE,
    );
    expect(result.agree).toBe(true);
    const listed = result.list.find((r) => r.studentId === roster[3]);
    expect(listed?.result).toMatchObject({ chronic: true, absentDays: "11" });
    expect(result.page?.year).toMatchObject({
      absentDays: "11",
      chronic: { chronic: true, percent: listed!.result.percent },
    });
    expect(result.list.map((r) => r.studentId)).not.toContain(a.ids.student);
  });
});
