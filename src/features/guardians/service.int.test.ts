// Guardian links against the database (row-level security on): one parent account across
// siblings, an invitation mail only for an account that has no password yet, one primary contact,
// a removed link counting at once, the bulk run's report, and family mail (attendance alerts,
// report cards) going to the linked guardians who want it, each in their own language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import { schoolContext } from "../../../tests/support/school-context.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant } from "../../server/db/with-tenant.ts";
import { NotFoundError, UserFacingError } from "../../server/errors.ts";
import { studentsVisibleTo } from "../../server/access/ownership.ts";
import { sendDueAlerts } from "../attendance/alerts.ts";
import { mailReportCardsReady } from "../gradebook/report-card-mail.ts";
import { queueGuardianInvites, runQueuedGuardianInvites } from "./invite-runs.ts";
import { familyRecipients, guardiansOfStudent } from "./queries.ts";
import { guardianLinkSchema, inviteGuardianSchema } from "./schemas.ts";
import { inviteGuardian, removeGuardianLink, updateGuardianLink } from "./service.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
let office: string;
const q = async (sql: string, params: unknown[] = []) => (await db.admin.query(sql, params)).rows;
const as = <T>(school: School, work: (ctx: ReturnType<typeof schoolContext>) => Promise<T>) =>
  withTenant(
    school.tenantId,
    (tx) => work(schoolContext(tx, school.tenantId, { id: office, name: "Olive Office" })),
    {
      client: app,
    },
  );
const invite = (school: School, studentId: string, email: string, extra: object = {}) =>
  as(school, (ctx) =>
    inviteGuardian(
      ctx,
      inviteGuardianSchema.parse({
        studentId,
        firstName: "Rosa",
        lastName: "Reyes",
        email,
        phone: "(555) 010-0101",
        relationship: "Mother",
        slot: 1,
        ...extra,
      }),
    ),
  );
const linksOf = async (studentId: string) =>
  (await as(a, (ctx) => guardiansOfStudent(ctx.db, studentId)))!.links;
const seenBy = (userId: string) =>
  as(a, async (ctx) =>
    (
      await ctx.db.student.findMany({
        where: await studentsVisibleTo(ctx.db, { id: userId, role: "parent", permissions: {} }),
        select: { id: true },
      })
    )
      .map((s) => s.id)
      .sort(),
  );

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
  office = (
    await q(
      "INSERT INTO users (tenant_id, email, password_hash, first_name, last_name, role) VALUES ($1, 'office@example.org', 'x', 'Olive', 'Office', 'admin') RETURNING id",
      [a.tenantId],
    )
  )[0].id;
});
afterAll(() => closeSchoolDatabase(db, app));

describe("inviting a guardian", () => {
  it("creates the parent's account once, links siblings to it, and mails the invitation only while it has no password", async () => {
    const [first, second] = a.spareStudents;
    expect(await invite(a, first!, "Rosa@Example.org")).toBe("invited");
    const [parent] = await q(
      "SELECT id, role, email, phone FROM users WHERE lower(email) = 'rosa@example.org'",
    );
    expect(parent).toMatchObject({ role: "parent", email: "rosa@example.org", phone: "(555) 010-0101" });
    // The sibling: same account, another invitation while the first is not accepted yet.
    expect(await invite(a, second!, "rosa@example.org", { relationship: "Aunt" })).toBe("invited");
    expect(await q("SELECT count(*)::int AS n FROM users WHERE lower(email) = 'rosa@example.org'")).toEqual([
      { n: 1 },
    ]);
    expect(await seenBy(parent.id)).toEqual([first!, second!].sort());
    expect(
      await q(
        "SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = 'rosa@example.org' AND purpose = 'invitation'",
      ),
    ).toEqual([{ n: 2 }]);
    // Once the account has a password, a third child is linked without a new invitation.
    await q("UPDATE user_security SET invitation_pending = false WHERE user_id = $1", [parent.id]);
    expect(await invite(a, a.spareStudents[2]!, "rosa@example.org")).toBe("linked");
    expect(
      await q("SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = 'rosa@example.org'"),
    ).toEqual([{ n: 2 }]);
    const audit = await q(
      "SELECT new_values FROM audit_logs WHERE action = 'guardian_linked' AND resource_id = $1",
      [first],
    );
    expect(audit[0].new_values).toMatchObject({
      email: "rosa@example.org",
      newAccount: true,
      invitationSent: true,
    });
  });

  it("refuses a second link to the same child and an address that belongs to staff, writing nothing", async () => {
    const before = await q("SELECT count(*)::int AS n FROM student_guardians");
    await expect(invite(a, a.spareStudents[0]!, "ROSA@example.org")).rejects.toMatchObject({
      key: "rules.guardian.alreadyLinked",
      field: "email",
    });
    await expect(invite(a, a.spareStudents[0]!, "teacher@example.org")).rejects.toMatchObject({
      key: "rules.guardian.notAParent",
    });
    expect(await q("SELECT count(*)::int AS n FROM student_guardians")).toEqual(before);
  });

  it("another school's student is not found, and nothing is created", async () => {
    await expect(invite(a, b.ids.student, "stranger@example.org")).rejects.toBeInstanceOf(NotFoundError);
    expect(await q("SELECT 1 FROM users WHERE email = 'stranger@example.org'")).toEqual([]);
  });
});

describe("changing and removing a link", () => {
  it("keeps one primary contact per child, audits the change, and custody notes stay the office's", async () => {
    const child = a.spareStudents[0]!;
    await invite(a, child, "dad@example.org", { firstName: "Dan", relationship: "Father", slot: 2 });
    const [mum, dad] = await linksOf(child);
    expect([mum!.isPrimary, dad!.isPrimary]).toEqual([true, false]);
    await as(a, (ctx) =>
      updateGuardianLink(
        ctx,
        guardianLinkSchema.parse({
          linkId: dad!.id,
          relationship: "Father",
          isPrimary: true,
          livesWith: false,
          pickupAllowed: false,
          receivesMail: true,
          custodyNotes: "Court order 2026-114: no pickup",
        }),
      ),
    );
    const after = await linksOf(child);
    expect(after.map((l) => [l.email, l.isPrimary, l.pickupAllowed])).toEqual([
      ["dad@example.org", true, false],
      ["rosa@example.org", false, true],
    ]);
    const [row] = await q(
      "SELECT old_values, new_values FROM audit_logs WHERE action = 'guardian_link_changed' AND resource_id = $1",
      [child],
    );
    expect(row.old_values).toMatchObject({ isPrimary: false, pickupAllowed: true, livesWith: true });
    expect(row.new_values).toMatchObject({ custodyNotes: "Court order 2026-114: no pickup" });
  });

  it("a removed link takes effect at once; the account stays for the other children", async () => {
    const [parent] = await q("SELECT id FROM users WHERE email = 'rosa@example.org'");
    const link = (await linksOf(a.spareStudents[1]!))[0]!;
    await as(a, (ctx) => removeGuardianLink(ctx, link.id));
    expect(await seenBy(parent.id)).toEqual([a.spareStudents[0]!, a.spareStudents[2]!].sort());
    expect(await q("SELECT 1 FROM users WHERE id = $1", [parent.id])).toHaveLength(1);
    expect(await q("SELECT 1 FROM audit_logs WHERE action = 'guardian_unlinked'")).toHaveLength(1);
    await expect(as(a, (ctx) => removeGuardianLink(ctx, link.id))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("another school's link is not found", async () => {
    const [link] = await q("SELECT id FROM student_guardians LIMIT 1");
    await expect(as(b, (ctx) => removeGuardianLink(ctx, link.id))).rejects.toBeInstanceOf(NotFoundError);
    expect(await q("SELECT 1 FROM student_guardians WHERE id = $1", [link.id])).toHaveLength(1);
  });
});

describe("inviting every guardian of a grade", () => {
  it("reports each guardian: sent, added to an existing account, already linked, no address, refused", async () => {
    const [s3, s4, s5] = a.spareStudents.slice(3);
    await q(
      "UPDATE students SET grade_level = '11', parent_guardian_1_name = 'Lena Long', parent_guardian_1_email = 'lena@example.org', parent_guardian_2_name = 'Nobody Address' WHERE id = $1",
      [s3],
    );
    await q(
      "UPDATE students SET grade_level = '11', parent_guardian_1_name = 'Rosa Reyes', parent_guardian_1_email = 'rosa@example.org', parent_guardian_2_name = 'Tess Teacher', parent_guardian_2_email = 'teacher@example.org' WHERE id = $1",
      [s4],
    );
    await q(
      "UPDATE students SET grade_level = '11', parent_guardian_1_name = 'Lena Long', parent_guardian_1_email = 'Lena@example.org' WHERE id = $1",
      [s5],
    );
    await as(a, (ctx) => queueGuardianInvites(ctx, "11"));
    await runQueuedGuardianInvites(a.tenantId, { client: app });
    const [run] = await q("SELECT status, done_steps, total_steps, report FROM guardian_invite_runs");
    expect(run).toMatchObject({ status: "done", done_steps: 3, total_steps: 3 });
    expect(run.report.counts).toEqual({ invited: 2, linked: 1, alreadyLinked: 0, noAddress: 1, refused: 1 });
    // Lena: one account for both children; Rosa (who has a password) simply gained a child.
    expect(await q("SELECT count(*)::int AS n FROM users WHERE email = 'lena@example.org'")).toEqual([
      { n: 1 },
    ]);
    // Run again: everyone with an address is linked now.
    await as(a, (ctx) => queueGuardianInvites(ctx, "11"));
    await runQueuedGuardianInvites(a.tenantId, { client: app });
    const [again] = await q("SELECT report FROM guardian_invite_runs ORDER BY created_at DESC LIMIT 1");
    expect(again.report.counts).toMatchObject({ invited: 0, linked: 0, alreadyLinked: 3, noAddress: 1 });
  });

  it("refuses a grade with no active students", async () => {
    await expect(as(a, (ctx) => queueGuardianInvites(ctx, "3"))).rejects.toBeInstanceOf(UserFacingError);
  });
});

describe("family mail goes to the linked guardians who want it", () => {
  it("an attendance alert: each linked guardian in their own language, none to one who turned it off", async () => {
    const child = a.spareStudents[0]!; // linked: dad (primary) and rosa
    await q("UPDATE users SET locale = 'es' WHERE email = 'dad@example.org'");
    await q(
      "UPDATE students SET parent_guardian_1_email = 'old-record@example.org', first_name = 'Ana' WHERE id = $1",
      [child],
    );
    await q(
      "INSERT INTO attendance (tenant_id, student_id, attendance_date, status, period) VALUES ($1, $2, '2026-12-09', 'absent', 'day')",
      [a.tenantId, child],
    );
    await q(
      "INSERT INTO attendance_alerts (tenant_id, student_id, day, status, send_after) VALUES ($1, $2, '2026-12-09', 'pending', now() - interval '1 minute')",
      [a.tenantId, child],
    );
    expect(await sendDueAlerts(a.tenantId, new Date(), { client: app })).toBe(1);
    const sent = await q(
      "SELECT to_address, subject FROM mail_outbox WHERE purpose = 'absence_alert' ORDER BY to_address",
    );
    expect(sent).toEqual([
      { to_address: "dad@example.org", subject: "Ana Student tiene una ausencia hoy en School a" },
      { to_address: "rosa@example.org", subject: "Ana Student was marked absent today at School a" },
    ]);
    await q("UPDATE users SET mail_preferences = '{\"attendance\": false}' WHERE email = 'rosa@example.org'");
    expect(await as(a, (ctx) => familyRecipients(ctx.db, child, "attendance"))).toEqual([
      { email: "dad@example.org", locale: "es" },
    ]);
    expect(await as(a, (ctx) => familyRecipients(ctx.db, child, "reportCards"))).toHaveLength(2);
    // A child with no linked guardian: the addresses on the record (null = write to them).
    expect(await as(a, (ctx) => familyRecipients(ctx.db, a.ids.student, "attendance"))).toBeNull();
  });

  it("report cards ready: one mail per guardian naming their children, only for posted grades", async () => {
    const child = a.spareStudents[0]!;
    const [period] = await q(
      `INSERT INTO grading_periods (tenant_id, school_year_id, code, name, starts_on, ends_on)
       SELECT tenant_id, id, 'Q1', 'Quarter 1', '2026-08-24', '2026-10-30' FROM school_years
        WHERE tenant_id = $1 AND name = '2026-2027' RETURNING id, name`,
      [a.tenantId],
    );
    const [enrolment] = await q(
      "INSERT INTO enrollments (tenant_id, student_id, class_id) VALUES ($1, $2, $3) RETURNING id",
      [a.tenantId, child, a.ids.class],
    );
    expect(await as(a, (ctx) => mailReportCardsReady(ctx, period))).toBe(0);
    await q(
      "INSERT INTO posted_grades (tenant_id, enrollment_id, grading_period_id, percentage, letter_grade, posted_by) VALUES ($1, $2, $3, 91.5, 'A-', $4)",
      [a.tenantId, enrolment.id, period.id, office],
    );
    expect(await as(a, (ctx) => mailReportCardsReady(ctx, period))).toBe(2);
    const mails = await q(
      "SELECT to_address, subject, text_body FROM mail_outbox WHERE purpose = 'report_cards_ready' ORDER BY to_address",
    );
    expect(mails.map((m) => m.to_address)).toEqual(["dad@example.org", "rosa@example.org"]);
    expect(mails[0].subject).toContain("boletas");
    expect(mails[1].text_body).toContain("report card for Ana Student is ready");
  });
});
