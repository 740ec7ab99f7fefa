// The school year's services against the database: calendar days inside a year of the school,
// audited; a year's grading periods replaced with it; another school's year not found.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import { schoolContext } from "../../../tests/support/school-context.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../../server/db/prisma.ts";
import { withTenant, type TenantDb } from "../../server/db/with-tenant.ts";
import { NotFoundError } from "../../server/errors.ts";
import { dayStatus } from "../../lib/school-calendar.ts";
import { loadSchoolCalendar } from "./queries.ts";
import { schoolYearSchema } from "./schemas.ts";
import { clearCalendarDay, setCalendarDay, updateSchoolYear } from "./service.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
const q = async (sql: string, params: unknown[] = []) => (await db.admin.query(sql, params)).rows;

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
});
afterAll(() => closeSchoolDatabase(db, app));

const as = <T>(school: School, work: (ctx: ReturnType<typeof schoolContext>) => Promise<T>) =>
  withTenant(
    school.tenantId,
    (tx: TenantDb) => work(schoolContext(tx, school.tenantId, { id: school.ids.user })),
    {
      client: app,
    },
  );

const yearInput = (periods: Array<[string, string, string, string, number]>, endsOn = "2027-06-11") =>
  schoolYearSchema.parse({
    name: "2026-2027",
    startsOn: "2026-08-17",
    endsOn,
    isCurrent: true,
    periods: periods.map(([code, parentCode, startsOn, endsOn, weight]) => ({
      code,
      name: code.toUpperCase(),
      parentCode,
      startsOn,
      endsOn,
      weight,
    })),
  });

describe("school year services", () => {
  it("closes a day, which the school-day function then reads, audited; and opens it again", async () => {
    await as(a, (ctx) =>
      setCalendarDay(ctx, { day: "2026-12-01", kind: "closure", reason: "Snow day", bellScheduleId: null }),
    );
    const calendar = await withTenant(a.tenantId, (tx) => loadSchoolCalendar(tx, "2026-12-01"), {
      client: app,
    });
    expect(dayStatus(calendar!, "2026-12-01")).toEqual({ open: false, why: "closure", reason: "Snow day" });
    // School B's calendar is its own.
    const theirs = await withTenant(b.tenantId, (tx) => loadSchoolCalendar(tx, "2026-12-01"), {
      client: app,
    });
    expect(dayStatus(theirs!, "2026-12-01").open).toBe(true);
    await as(a, (ctx) => clearCalendarDay(ctx, "2026-12-01"));
    expect(
      await q(
        "SELECT action FROM audit_logs WHERE tenant_id = $1 AND resource_type = 'calendar_day' ORDER BY created_at",
        [a.tenantId],
      ),
    ).toEqual([{ action: "calendar_day_set" }, { action: "calendar_day_cleared" }]);
    expect(await q("SELECT * FROM calendar_days WHERE tenant_id = $1", [a.tenantId])).toEqual([]);
  });

  it("refuses a day in no year of the school, on its field", async () => {
    await expect(
      as(a, (ctx) =>
        setCalendarDay(ctx, { day: "2031-01-06", kind: "holiday", reason: "X", bellScheduleId: null }),
      ),
    ).rejects.toMatchObject({ field: "day" });
  });

  it("replaces a year's grading periods with its dates, keeps one current year, and moves no calendar day out", async () => {
    const [{ id }] = await q("SELECT id FROM school_years WHERE tenant_id = $1 AND name = '2026-2027'", [
      a.tenantId,
    ]);
    await as(a, (ctx) =>
      updateSchoolYear(
        ctx,
        id,
        yearInput([
          ["s1", "", "2026-08-17", "2027-01-15", 50],
          ["s2", "", "2027-01-16", "2027-06-11", 50],
          ["q1", "s1", "2026-08-17", "2026-10-30", 40],
          ["q2", "s1", "2026-10-31", "2027-01-15", 60],
        ]),
      ),
    );
    expect(
      await q(
        "SELECT g.code, p.code AS parent, g.weight::text FROM grading_periods g LEFT JOIN grading_periods p ON p.id = g.parent_id WHERE g.tenant_id = $1 ORDER BY g.position",
        [a.tenantId],
      ),
    ).toEqual([
      { code: "s1", parent: null, weight: "50.00" },
      { code: "s2", parent: null, weight: "50.00" },
      { code: "q1", parent: "s1", weight: "40.00" },
      { code: "q2", parent: "s1", weight: "60.00" },
    ]);
    await as(a, (ctx) =>
      setCalendarDay(ctx, {
        day: "2027-06-10",
        kind: "teacher_work_day",
        reason: "Grading",
        bellScheduleId: null,
      }),
    );
    const shorter = yearInput([["y", "", "2026-08-17", "2027-06-04", 100]], "2027-06-04");
    await expect(as(a, (ctx) => updateSchoolYear(ctx, id, shorter))).rejects.toMatchObject({
      field: "startsOn",
    });
    await expect(
      as(a, (ctx) =>
        updateSchoolYear(ctx, id, {
          ...yearInput([["y", "", "2026-08-17", "2027-06-11", 100]]),
          isCurrent: false,
        }),
      ),
    ).rejects.toMatchObject({ field: "isCurrent" });
    // Refused whole: the periods saved before are still there.
    expect(
      (await q("SELECT count(*)::int AS n FROM grading_periods WHERE tenant_id = $1", [a.tenantId]))[0].n,
    ).toBe(4);
  });

  it("another school's year is not found", async () => {
    const [{ id }] = await q("SELECT id FROM school_years WHERE tenant_id = $1 AND name = '2026-2027'", [
      b.tenantId,
    ]);
    await expect(
      as(a, (ctx) => updateSchoolYear(ctx, id, yearInput([["y", "", "2026-08-17", "2027-06-11", 100]]))),
    ).rejects.toThrow(NotFoundError);
  });
});
