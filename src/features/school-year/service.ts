import "server-only";
// The rules of a school's year: one current year; grading periods saved with their year, all or
// nothing; calendar days inside a year of the school; bell schedules with one default. Every
// change is audited in its own transaction.
import { randomUUID } from "node:crypto";
import { dateToDay, dayToDate, type Day } from "@/lib/calendar";
import { firstYearRows } from "@/lib/school-year-defaults";
import { writeAudit } from "@/server/audit/write-audit";
import { writeUnique, type UniqueFields } from "@/server/db/errors";
import type { TenantDb } from "@/server/db/with-tenant";
import { NotFoundError, UserFacingError } from "@/server/errors";
import type { SchoolContext } from "@/server/school-context";
import { refreshTotalsForDay } from "../attendance/service";
import { timeValue } from "./queries";
import type { BellScheduleValues, SchoolYearValues } from "./schemas";

type CalendarDayValues = {
  day: Day;
  kind: string;
  reason: string;
  bellScheduleId: string | null;
};

async function yearHolding(db: TenantDb, day: Day) {
  const date = dayToDate(day);
  const year = await db.schoolYear.findFirst({
    where: { startsOn: { lte: date }, endsOn: { gte: date } },
    select: { id: true },
  });
  if (!year) throw new UserFacingError("rules.calendar.outsideYears", "day");
  return year;
}

export async function setCalendarDay(ctx: SchoolContext, values: CalendarDayValues) {
  const year = await yearHolding(ctx.db, values.day);
  if (
    values.bellScheduleId &&
    !(await ctx.db.bellSchedule.findUnique({ where: { id: values.bellScheduleId }, select: { id: true } }))
  )
    throw new UserFacingError("rules.calendar.bellSchedule", "bellScheduleId");
  const date = dayToDate(values.day);
  const before = await ctx.db.calendarDay.findFirst({ where: { day: date } });
  const data = { kind: values.kind, reason: values.reason, bellScheduleId: values.bellScheduleId };
  const row = before
    ? await ctx.db.calendarDay.update({ where: { id: before.id }, data })
    : await ctx.db.calendarDay.create({
        data: { ...data, tenantId: ctx.tenantId, schoolYearId: year.id, day: date, createdBy: ctx.actor.id },
      });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "calendar_day_set",
    resourceType: "calendar_day",
    resourceId: row.id,
    ...(before ? { oldValues: { day: values.day, kind: before.kind, reason: before.reason } } : {}),
    newValues: { ...values },
  });
  // A day closed (or opened) after marks were taken changes what the enrolments' totals count.
  await refreshTotalsForDay(ctx.db, values.day);
}

export async function clearCalendarDay(ctx: SchoolContext, day: Day) {
  const before = await ctx.db.calendarDay.findFirst({ where: { day: dayToDate(day) } });
  if (!before) return;
  await ctx.db.calendarDay.delete({ where: { id: before.id } });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "calendar_day_cleared",
    resourceType: "calendar_day",
    resourceId: before.id,
    oldValues: { day, kind: before.kind, reason: before.reason },
  });
  await refreshTotalsForDay(ctx.db, day);
}

const YEAR_UNIQUE: UniqueFields = {
  school_years_name_per_tenant: { field: "name", message: "rules.year.nameTaken" },
};

async function writePeriods(db: TenantDb, tenantId: string, schoolYearId: string, values: SchoolYearValues) {
  await db.gradingPeriod.deleteMany({ where: { schoolYearId } });
  const ids = new Map<string, string>();
  for (const p of values.periods) ids.set(p.code.toLowerCase(), randomUUID());
  // Parents first: a quarter's row points at its semester's.
  const ordered = [...values.periods.entries()].sort(
    ([, a], [, b]) => Number(!!a.parentCode) - Number(!!b.parentCode),
  );
  for (const [position, p] of ordered)
    await db.gradingPeriod.create({
      data: {
        id: ids.get(p.code.toLowerCase())!,
        tenantId,
        schoolYearId,
        parentId: p.parentCode ? ids.get(p.parentCode.toLowerCase())! : null,
        code: p.code,
        name: p.name,
        startsOn: dayToDate(p.startsOn),
        endsOn: dayToDate(p.endsOn),
        weight: p.weight,
        position,
      },
    });
}

/** Calendar days left outside a year whose dates moved would belong to no year: refused. */
async function checkDaysInside(db: TenantDb, yearId: string, values: SchoolYearValues) {
  const outside = await db.calendarDay.findFirst({
    where: {
      schoolYearId: yearId,
      OR: [{ day: { lt: dayToDate(values.startsOn) } }, { day: { gt: dayToDate(values.endsOn) } }],
    },
    select: { day: true, reason: true },
  });
  if (outside)
    throw new UserFacingError("rules.year.daysOutside", "startsOn", {
      day: dateToDay(outside.day),
      reason: outside.reason,
    });
}

async function checkNoOverlap(db: TenantDb, values: SchoolYearValues, id?: string) {
  const other = await db.schoolYear.findFirst({
    where: {
      ...(id ? { id: { not: id } } : {}),
      startsOn: { lte: dayToDate(values.endsOn) },
      endsOn: { gte: dayToDate(values.startsOn) },
    },
    select: { name: true },
  });
  if (other) throw new UserFacingError("rules.year.overlaps", "startsOn", { other: other.name });
}

export async function createSchoolYear(ctx: SchoolContext, values: SchoolYearValues) {
  await checkNoOverlap(ctx.db, values);
  if (values.isCurrent)
    await ctx.db.schoolYear.updateMany({ where: { isCurrent: true }, data: { isCurrent: false } });
  const year = await writeUnique(YEAR_UNIQUE, () =>
    ctx.db.schoolYear.create({
      data: {
        tenantId: ctx.tenantId,
        name: values.name,
        startsOn: dayToDate(values.startsOn),
        endsOn: dayToDate(values.endsOn),
        isCurrent: values.isCurrent,
      },
    }),
  );
  await writePeriods(ctx.db, ctx.tenantId, year.id, values);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "school_year_created",
    resourceType: "school_year",
    resourceId: year.id,
    newValues: { ...values },
  });
  return year;
}

export async function updateSchoolYear(ctx: SchoolContext, id: string, values: SchoolYearValues) {
  const before = await ctx.db.schoolYear.findUnique({ where: { id }, include: { gradingPeriods: true } });
  if (!before) throw new NotFoundError("school year");
  // Classes and students name the year: its name stays while they do (the database cascades a
  // rename, but a year renamed under its records would surprise everyone reading them).
  if (values.name !== before.name) throw new UserFacingError("rules.year.nameFixed", "name");
  // The current year is chosen by making another one current, never by leaving none.
  if (before.isCurrent && !values.isCurrent) throw new UserFacingError("rules.year.keepCurrent", "isCurrent");
  await checkNoOverlap(ctx.db, values, id);
  await checkDaysInside(ctx.db, id, values);
  if (values.isCurrent && !before.isCurrent)
    await ctx.db.schoolYear.updateMany({ where: { isCurrent: true }, data: { isCurrent: false } });
  await ctx.db.schoolYear.update({
    where: { id },
    data: {
      startsOn: dayToDate(values.startsOn),
      endsOn: dayToDate(values.endsOn),
      isCurrent: values.isCurrent,
    },
  });
  await writePeriods(ctx.db, ctx.tenantId, id, values);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "school_year_updated",
    resourceType: "school_year",
    resourceId: id,
    oldValues: {
      startsOn: dateToDay(before.startsOn),
      endsOn: dateToDay(before.endsOn),
      isCurrent: before.isCurrent,
      periods: before.gradingPeriods.map((p) => ({
        code: p.code,
        startsOn: dateToDay(p.startsOn),
        endsOn: dateToDay(p.endsOn),
        weight: p.weight.toString(),
      })),
    },
    newValues: { ...values },
  });
}

const BELL_UNIQUE: UniqueFields = {
  bell_schedules_name_per_tenant: { field: "name", message: "rules.bell.nameTaken" },
};

export async function saveBellSchedule(ctx: SchoolContext, id: string | null, values: BellScheduleValues) {
  const before = id
    ? await ctx.db.bellSchedule.findUnique({ where: { id }, include: { periods: true } })
    : null;
  if (id && !before) throw new NotFoundError("bell schedule");
  // There is always one default schedule: it is changed by making another the default.
  if (before?.isDefault && !values.isDefault)
    throw new UserFacingError("rules.bell.keepDefault", "isDefault");
  if (values.isDefault && !before?.isDefault)
    await ctx.db.bellSchedule.updateMany({ where: { isDefault: true }, data: { isDefault: false } });
  const schedule = await writeUnique(BELL_UNIQUE, () =>
    before
      ? ctx.db.bellSchedule.update({
          where: { id: before.id },
          data: { name: values.name, isDefault: values.isDefault },
        })
      : ctx.db.bellSchedule.create({
          data: { tenantId: ctx.tenantId, name: values.name, isDefault: values.isDefault },
        }),
  );
  await ctx.db.bellPeriod.deleteMany({ where: { bellScheduleId: schedule.id } });
  await ctx.db.bellPeriod.createMany({
    data: values.periods.map((p, position) => ({
      tenantId: ctx.tenantId,
      bellScheduleId: schedule.id,
      code: p.code,
      name: p.name,
      startsAt: timeValue(p.start),
      endsAt: timeValue(p.end),
      position,
    })),
  });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: before ? "bell_schedule_updated" : "bell_schedule_created",
    resourceType: "bell_schedule",
    resourceId: schedule.id,
    ...(before ? { oldValues: { name: before.name, isDefault: before.isDefault } } : {}),
    newValues: { ...values },
  });
  return schedule;
}

/**
 * A new school's first year: the year under way, its grading periods, US federal holidays and the
 * usual breaks, and the default bell schedules (src/lib/school-year-defaults.ts).
 */
export async function setUpFirstYear(db: TenantDb, tenantId: string, yearName: string) {
  const rows = firstYearRows(tenantId, yearName, randomUUID);
  const day = (d: Day) => dayToDate(d);
  await db.schoolYear.create({
    data: {
      ...rows.schoolYear,
      startsOn: day(rows.schoolYear.startsOn),
      endsOn: day(rows.schoolYear.endsOn),
    },
  });
  // One statement: a quarter's parent row is in it, and references are checked at its end.
  await db.gradingPeriod.createMany({
    data: rows.gradingPeriods.map((p) => ({ ...p, startsOn: day(p.startsOn), endsOn: day(p.endsOn) })),
  });
  await db.bellSchedule.createMany({ data: rows.bellSchedules });
  await db.bellPeriod.createMany({
    data: rows.bellPeriods.map((p) => ({
      ...p,
      startsAt: timeValue(p.startsAt),
      endsAt: timeValue(p.endsAt),
    })),
  });
  await db.calendarDay.createMany({ data: rows.calendarDays.map((d) => ({ ...d, day: day(d.day) })) });
}
