import "server-only";
// The year rollover: next year's calendar and grading periods copied 52 weeks on (the same
// weekdays), students promoted a grade (the school's last grade graduates; the office may hold a
// student back or mark one as leaving), the classes copied into the new year without enrolments,
// and optionally next year's enrolments, from each class to its copy or where the office maps it.
// The old year's classes, enrolments, grades and attendance are left as they are. One rollover per
// year: applying it again does nothing. The preview is the same plan, not written.
import { addDays, dateToDay, dayToDate } from "@/lib/calendar";
import { compareGrades, GRADE_LEVELS } from "@/lib/grade-levels";
import { nextYearName } from "@/lib/school-year-defaults";
import { ACTIVE_STUDENT } from "@/lib/student-status";
import { writeAudit, type AuditActor, type AuditRequest } from "@/server/audit/write-audit";
import type { TenantDb } from "@/server/db/with-tenant";
import { NotFoundError, UserFacingError } from "@/server/errors";

/** 52 weeks: every copied day keeps its weekday. */
const SHIFT_DAYS = 364;
const shift = (date: Date) => dayToDate(addDays(dateToDay(date), SHIFT_DAYS));

export interface RolloverOptions {
  /** Enrol next year's students in next year's classes, from the classes they are in now. */
  copyEnrollments: boolean;
  /**
   * Where this year's class leads next year (ENG9-1 → ENG10-1); a class not listed leads to its
   * own copy, of the same code.
   */
  mapping?: { from: string; to: string }[];
}

interface RolloverPlan {
  fromYear: string;
  toYear: string;
  toYearExists: boolean;
  gradingPeriods: number;
  calendarDays: number;
  classes: number;
  /** Class codes already in the new year: left as they are. */
  classesAlreadyThere: number;
  promote: number;
  graduate: number;
  retain: number;
  leave: number;
  enrollments: number;
  /** Enrolments left out because next year's class was full. */
  enrollmentsOverCapacity: number;
  lastGrade: string | null;
}

const nextGrade = (grade: string) => {
  const i = (GRADE_LEVELS as readonly string[]).indexOf(grade);
  return i >= 0 && i < GRADE_LEVELS.length - 1 ? GRADE_LEVELS[i + 1]! : grade;
};

async function load(db: TenantDb, fromYearId: string) {
  const year = await db.schoolYear.findUnique({
    where: { id: fromYearId },
    include: { gradingPeriods: true, calendarDays: true, studentChoices: true },
  });
  if (!year) throw new NotFoundError("school year");
  const toYear = nextYearName(year.name);
  const students = await db.student.findMany({
    where: { AND: [ACTIVE_STUDENT, { academicYear: year.name }] },
    select: { id: true, gradeLevel: true },
  });
  const classes = await db.class.findMany({ where: { academicYear: year.name, status: "active" } });
  const nextClasses = await db.class.findMany({
    where: { academicYear: toYear },
    select: {
      id: true,
      classCode: true,
      maxStudents: true,
      _count: { select: { enrollments: { where: { status: "active" } } } },
    },
  });
  const existing = new Set(nextClasses.map((c) => c.classCode));
  const choices = new Map(year.studentChoices.map((c) => [c.studentId, c.choice]));
  const lastGrade =
    students
      .map((s) => s.gradeLevel)
      .sort(compareGrades)
      .at(-1) ?? null;
  const fate = (s: { id: string; gradeLevel: string }) =>
    choices.get(s.id) === "leave"
      ? "leave"
      : choices.get(s.id) === "retain"
        ? "retain"
        : s.gradeLevel === lastGrade
          ? "graduate"
          : "promote";
  return { year, toYear, students, classes, existing, nextClasses, fate, lastGrade };
}

type Loaded = Awaited<ReturnType<typeof load>>;

/**
 * Next year's enrolments, the same in the preview and when applied: each continuing student's
 * active enrolments, each led by the mapping (or to the same code) into next year's class, once
 * per class, up to its seats (an existing class's seats less those taken; a copy's, all of them).
 */
async function placeEnrollments(db: TenantDb, loaded: Loaded, options: RolloverOptions) {
  const placed: { studentId: string; code: string }[] = [];
  if (!options.copyEnrollments) return { placed, overCapacity: 0 };
  const oldCodes = new Set(loaded.classes.map((c) => c.classCode));
  const targets = new Map<string, string>();
  for (const { from, to } of options.mapping ?? []) {
    if (!oldCodes.has(from))
      throw new UserFacingError("rules.rollover.mappingFrom", "mapping", {
        code: from,
        year: loaded.year.name,
      });
    if (!oldCodes.has(to) && !loaded.existing.has(to))
      throw new UserFacingError("rules.rollover.mappingTo", "mapping", { code: to, year: loaded.toYear });
    targets.set(from, to);
  }
  const seats = new Map<string, number>();
  for (const c of loaded.classes)
    if (!loaded.existing.has(c.classCode)) seats.set(c.classCode, c.maxStudents ?? 30);
  for (const c of loaded.nextClasses) seats.set(c.classCode, (c.maxStudents ?? 30) - c._count.enrollments);
  const continuing = new Set(
    loaded.students.filter((s) => ["promote", "retain"].includes(loaded.fate(s))).map((s) => s.id),
  );
  const codeOf = new Map(loaded.classes.map((c) => [c.id, c.classCode]));
  const old = await db.enrollment.findMany({
    where: { classId: { in: [...codeOf.keys()] }, status: "active" },
    select: { studentId: true, classId: true },
    orderBy: [{ enrollmentDate: "asc" }, { id: "asc" }],
  });
  const seen = new Set<string>();
  let overCapacity = 0;
  for (const e of old) {
    if (!continuing.has(e.studentId)) continue;
    const from = codeOf.get(e.classId)!;
    const code = targets.get(from) ?? from;
    if (seen.has(`${e.studentId}|${code}`)) continue;
    seen.add(`${e.studentId}|${code}`);
    const left = seats.get(code) ?? 0;
    if (left <= 0) {
      overCapacity++;
      continue;
    }
    seats.set(code, left - 1);
    placed.push({ studentId: e.studentId, code });
  }
  return { placed, overCapacity };
}

export async function planRollover(db: TenantDb, fromYearId: string, options: RolloverOptions) {
  return (await planOf(db, await load(db, fromYearId), options)).plan;
}

/** The plan, and the enrolments it places: the preview shows the one, applying writes both. */
async function planOf(db: TenantDb, loaded: Loaded, options: RolloverOptions) {
  const { year, toYear, students, classes, existing, fate, lastGrade } = loaded;
  const copied = classes.filter((c) => !existing.has(c.classCode));
  const { placed, overCapacity } = await placeEnrollments(db, loaded, options);
  const count = (f: string) => students.filter((s) => fate(s) === f).length;
  // A next year the office set up already keeps its own calendar and grading periods.
  const toYearExists = !!(await db.schoolYear.findFirst({ where: { name: toYear }, select: { id: true } }));
  const plan = {
    fromYear: year.name,
    toYear,
    toYearExists,
    gradingPeriods: toYearExists ? 0 : year.gradingPeriods.length,
    calendarDays: toYearExists ? 0 : year.calendarDays.length,
    classes: copied.length,
    classesAlreadyThere: classes.length - copied.length,
    promote: count("promote"),
    graduate: count("graduate"),
    retain: count("retain"),
    leave: count("leave"),
    enrollments: placed.length,
    enrollmentsOverCapacity: overCapacity,
    lastGrade,
  } satisfies RolloverPlan;
  return { plan, placed };
}

/**
 * Writes the plan in the caller's transaction and returns it; `progress` hears each step done.
 * Refused when the year was rolled over already (the caller checks year_rollovers first).
 */
export async function applyRollover(
  db: TenantDb,
  ctx: { tenantId: string; actor: AuditActor & { id: string }; request: AuditRequest },
  fromYearId: string,
  options: RolloverOptions,
  progress: (done: number, total: number) => Promise<void> = async () => {},
) {
  const loaded = await load(db, fromYearId);
  const { year, toYear, students, classes, existing, fate } = loaded;
  // Worked out before anything is written, exactly as the preview does.
  const { plan, placed } = await planOf(db, loaded, options);
  const { tenantId } = ctx;
  const total = 4;
  // 1. The year, its grading periods and calendar, 52 weeks on.
  let next = await db.schoolYear.findFirst({ where: { name: toYear } });
  if (!next) {
    next = await db.schoolYear.create({
      data: {
        tenantId,
        name: toYear,
        startsOn: shift(year.startsOn),
        endsOn: shift(year.endsOn),
        isCurrent: false,
      },
    });
    const ids = new Map<string, string>();
    const periods = [...year.gradingPeriods].sort((a, b) => Number(!!a.parentId) - Number(!!b.parentId));
    for (const p of periods) {
      const row = await db.gradingPeriod.create({
        data: {
          tenantId,
          schoolYearId: next.id,
          parentId: p.parentId ? ids.get(p.parentId)! : null,
          code: p.code,
          name: p.name,
          startsOn: shift(p.startsOn),
          endsOn: shift(p.endsOn),
          weight: p.weight,
          position: p.position,
        },
      });
      ids.set(p.id, row.id);
    }
    await db.calendarDay.createMany({
      data: year.calendarDays.map((d) => ({
        tenantId,
        schoolYearId: next!.id,
        day: shift(d.day),
        kind: d.kind,
        reason: d.reason,
        bellScheduleId: d.bellScheduleId,
        createdBy: ctx.actor.id,
      })),
      skipDuplicates: true,
    });
  }
  // The school works in the new year from now on; the old one stays readable as history.
  await db.schoolYear.updateMany({ where: { isCurrent: true }, data: { isCurrent: false } });
  await db.schoolYear.update({ where: { id: next.id }, data: { isCurrent: true } });
  await progress(1, total);
  // 2. The classes, same codes, teachers, rooms, times and grading setup; no one enrolled yet.
  // One statement: the school's figures are recounted once, not once a class.
  await db.class.createMany({
    data: classes
      .filter((k) => !existing.has(k.classCode))
      .map(({ id, createdAt, updatedAt, ...rest }) => {
        void [id, createdAt, updatedAt];
        return {
          ...rest,
          schedule: rest.schedule ?? {},
          gradingScale: rest.gradingScale ?? {},
          gradeCategories: rest.gradeCategories ?? [],
          academicYear: toYear,
          currentEnrollment: 0,
          startDate: shift(rest.startDate),
          endDate: rest.endDate ? shift(rest.endDate) : null,
          createdBy: ctx.actor.id,
        };
      }),
  });
  await progress(2, total);
  // 3. Students: a grade up, held back, graduated on the year's last day, or leaving.
  const lastDay = year.endsOn;
  for (const s of students) {
    const f = fate(s);
    const data =
      f === "promote"
        ? { gradeLevel: nextGrade(s.gradeLevel), academicYear: toYear }
        : f === "retain"
          ? { academicYear: toYear }
          : {
              status: f === "graduate" ? "graduated" : "withdrawn",
              graduationDate: f === "graduate" ? lastDay : null,
            };
    await db.student.update({ where: { id: s.id }, data });
    if (f === "graduate" || f === "leave")
      await db.studentStatusChange.create({
        data: {
          tenantId,
          studentId: s.id,
          fromStatus: "active",
          toStatus: f === "graduate" ? "graduated" : "withdrawn",
          effectiveDate: lastDay,
          note: `Year rollover ${year.name} → ${toYear}`,
          createdBy: ctx.actor.id,
        },
      });
  }
  await progress(3, total);
  // 4. Next year's enrolments, as placed above.
  const classIdOf = new Map(
    (await db.class.findMany({ where: { academicYear: toYear }, select: { id: true, classCode: true } })).map(
      (c) => [c.classCode, c.id],
    ),
  );
  const rows = placed.map((p) => ({
    tenantId,
    studentId: p.studentId,
    classId: classIdOf.get(p.code)!,
    enrollmentDate: next.startsOn,
    status: "active",
    createdBy: ctx.actor.id,
  }));
  const enrolled = (await db.enrollment.createMany({ data: rows, skipDuplicates: true })).count;
  const perClass = new Map<string, number>();
  for (const r of rows) perClass.set(r.classId, (perClass.get(r.classId) ?? 0) + 1);
  for (const [id, n] of perClass)
    await db.class.update({ where: { id }, data: { currentEnrollment: { increment: n } } });
  await progress(4, total);
  if (enrolled !== plan.enrollments) throw new UserFacingError("rules.rollover.changedMeanwhile");
  await writeAudit(db, tenantId, ctx.actor, ctx.request, {
    action: "year_rolled_over",
    resourceType: "school_year",
    resourceId: year.id,
    newValues: { ...plan, options: { ...options } },
  });
  return plan;
}

/** The office's choice for one student before the rollover ("promote" clears it). */
export async function setRolloverChoice(
  db: TenantDb,
  tenantId: string,
  fromYearId: string,
  studentNumber: string,
  choice: "promote" | "retain" | "leave",
) {
  const year = await db.schoolYear.findUnique({ where: { id: fromYearId }, select: { id: true } });
  if (!year) throw new NotFoundError("school year");
  const student = await db.student.findFirst({ where: { studentId: studentNumber }, select: { id: true } });
  if (!student) throw new UserFacingError("rules.rollover.noSuchStudent", "studentNumber");
  const key = { tenantId_schoolYearId_studentId: { tenantId, schoolYearId: year.id, studentId: student.id } };
  if (choice === "promote")
    await db.rolloverStudentChoice.deleteMany({ where: { schoolYearId: year.id, studentId: student.id } });
  else
    await db.rolloverStudentChoice.upsert({
      where: key,
      create: { tenantId, schoolYearId: year.id, studentId: student.id, choice },
      update: { choice },
    });
}

export async function rolloverChoices(db: TenantDb, fromYearId: string) {
  const rows = await db.rolloverStudentChoice.findMany({
    where: { schoolYearId: fromYearId },
    include: { student: { select: { studentId: true, firstName: true, lastName: true, gradeLevel: true } } },
  });
  return rows
    .map((r) => ({
      studentNumber: r.student.studentId,
      name: `${r.student.lastName}, ${r.student.firstName}`,
      gradeLevel: r.student.gradeLevel,
      choice: r.choice,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Queues a year's rollover: "done" when it ran already, "running" while it runs, else "queued". */
export async function queueRollover(
  ctx: { db: TenantDb; tenantId: string; actor: AuditActor & { id: string }; request: AuditRequest },
  fromYearId: string,
  options: RolloverOptions,
): Promise<"queued" | "running" | "done"> {
  const year = await ctx.db.schoolYear.findUnique({
    where: { id: fromYearId },
    select: { id: true, name: true },
  });
  if (!year) throw new NotFoundError("school year");
  const existing = await ctx.db.yearRollover.findFirst({ where: { fromYearId } });
  if (existing?.status === "done") return "done";
  if (existing?.status === "queued" || existing?.status === "running") return "running";
  // A failed run wrote nothing: it may be queued again.
  if (existing) await ctx.db.yearRollover.delete({ where: { id: existing.id } });
  await ctx.db.yearRollover.create({
    data: {
      tenantId: ctx.tenantId,
      fromYearId,
      toYearName: nextYearName(year.name),
      options: { ...options },
      createdBy: ctx.actor.id,
    },
  });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "year_rollover_queued",
    resourceType: "school_year",
    resourceId: fromYearId,
    newValues: { ...options },
  });
  return "queued";
}

export async function latestRollover(db: TenantDb, fromYearId: string) {
  return db.yearRollover.findFirst({ where: { fromYearId } });
}
