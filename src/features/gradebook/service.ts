import "server-only";
// The gradebook's writes. Every grade change is checked against the cell's version (a stale edit
// is refused with the current value and who made it), refused in a posted period, and audited with
// old and new values. An assignment and its `grades` rows change in one transaction, so every
// grade row always carries its assignment's name, type, category, points and dates.
import { dateToDay, dayToDate, todayIn } from "@/lib/calendar";
import { letterFor, percentageOf } from "@/lib/grading";
import { classesVisibleTo } from "@/server/access/ownership";
import { writeAudit } from "@/server/audit/write-audit";
import { writeUnique } from "@/server/db/errors";
import type { TenantDb } from "@/server/db/with-tenant";
import { NotFoundError, UserFacingError } from "@/server/errors";
import type { SchoolContext } from "@/server/school-context";
import { classRulesOf, type GradeCell } from "./grade-inputs";
import { cellOf, GRADE_CELL_FIELDS, namesOf, postedState } from "./queries";
import type { AssignmentValues, CellValues } from "./schemas";

const viewerOf = (ctx: SchoolContext) => ({ id: ctx.user.id, role: ctx.user.role, permissions: null });

/** A class the person may grade, or not found. */
export async function gradableClass(ctx: SchoolContext, classId: string) {
  const cls = await ctx.db.class.findFirst({
    where: { AND: [{ id: classId }, await classesVisibleTo(ctx.db, viewerOf(ctx))] },
    select: {
      id: true,
      name: true,
      gradingScale: true,
      gradeCategories: true,
      gradebookSettings: true,
      academicYear: true,
    },
  });
  if (!cls) throw new NotFoundError("class");
  return cls;
}

async function gradableAssignment(ctx: SchoolContext, assignmentId: string) {
  const assignment = await ctx.db.assignment.findUnique({ where: { id: assignmentId } });
  if (!assignment) throw new NotFoundError("assignment");
  const cls = await gradableClass(ctx, assignment.classId).catch(() => {
    throw new NotFoundError("assignment");
  });
  return { assignment, cls };
}

/** Posted grades are locked until a principal reopens them. */
async function refuseIfPosted(db: TenantDb, classId: string, periodId: string | null) {
  if (periodId && (await postedState(db, classId, periodId)).locked)
    throw new UserFacingError("rules.gradebook.posted");
}

async function periodOfClassYear(db: TenantDb, periodId: string, academicYear: string) {
  const period = await db.gradingPeriod.findFirst({
    where: { id: periodId, schoolYear: { name: academicYear } },
    select: { id: true, startsOn: true, endsOn: true },
  });
  if (!period) throw new UserFacingError("rules.assignment.period", "gradingPeriodId");
  return period;
}

type AssignmentRow = Awaited<ReturnType<typeof gradableAssignment>>["assignment"];

/** What a grade row copies from its assignment, as stored. */
const copiedFields = (row: AssignmentRow) => ({
  assignmentName: row.name,
  assignmentType: row.assignmentType,
  category: row.category,
  description: row.description,
  pointsPossible: row.pointsPossible,
  assignedDate: row.assignedDate,
  dueDate: row.dueDate,
  isExtraCredit: row.isExtraCredit,
});

/** percentage and letter_grade of one stored score, exact, on the class's scale. */
function scoreFields(earned: string | null, possible: string, scale: Record<string, number>) {
  if (earned === null || Number(possible) === 0) return { percentage: null, letterGrade: null };
  const percentage = percentageOf(earned, possible);
  return { percentage, letterGrade: letterFor(percentage, scale) };
}

const NAME_TAKEN = { assignments_name_per_class: { field: "name", message: "rules.assignment.nameTaken" } };

/** The stored columns of an assignment's form values; released keeps the first release's time. */
const assignmentFields = (values: AssignmentValues, releasedAt: Date | null) => ({
  gradingPeriodId: values.gradingPeriodId,
  name: values.name,
  assignmentType: values.assignmentType,
  category: values.category,
  description: values.description,
  pointsPossible: values.pointsPossible,
  assignedDate: dayToDate(values.assignedDate),
  dueDate: values.dueDate ? dayToDate(values.dueDate) : null,
  isExtraCredit: values.extraCredit,
  releasedAt: values.released ? (releasedAt ?? new Date()) : null,
});

export async function createAssignment(ctx: SchoolContext, values: AssignmentValues) {
  const cls = await gradableClass(ctx, values.classId);
  await periodOfClassYear(ctx.db, values.gradingPeriodId, cls.academicYear);
  await refuseIfPosted(ctx.db, cls.id, values.gradingPeriodId);
  const last = await ctx.db.assignment.aggregate({ where: { classId: cls.id }, _max: { position: true } });
  const assignment = await writeUnique(NAME_TAKEN, () =>
    ctx.db.assignment.create({
      data: {
        tenantId: ctx.tenantId,
        classId: cls.id,
        ...assignmentFields(values, null),
        position: (last._max.position ?? 0) + 1,
        createdBy: ctx.actor.id,
      },
    }),
  );
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "assignment_created",
    resourceType: "assignment",
    resourceId: assignment.id,
    newValues: { ...values },
  });
  return assignment;
}

export async function updateAssignment(ctx: SchoolContext, id: string, values: AssignmentValues) {
  const { assignment: before, cls } = await gradableAssignment(ctx, id);
  if (before.classId !== values.classId) throw new NotFoundError("assignment");
  await periodOfClassYear(ctx.db, values.gradingPeriodId, cls.academicYear);
  await refuseIfPosted(ctx.db, cls.id, before.gradingPeriodId);
  await refuseIfPosted(ctx.db, cls.id, values.gradingPeriodId);
  await writeUnique(NAME_TAKEN, () =>
    ctx.db.assignment.update({
      where: { id },
      data: {
        ...assignmentFields(values, before.releasedAt),
      },
    }),
  );
  // Every student's row follows its assignment, in this same transaction.
  const after = await ctx.db.assignment.findUniqueOrThrow({ where: { id } });
  // Only when something they copy changed: every grade row's version would move, and every open
  // gradebook's edits of this column would be refused as stale.
  if (JSON.stringify(copiedFields(after)) !== JSON.stringify(copiedFields(before)))
    await ctx.db.grade.updateMany({ where: { assignmentId: id }, data: copiedFields(after) });
  if (before.pointsPossible.toString() !== values.pointsPossible) {
    const scale = classRulesOf(cls, cls.gradebookSettings).scale;
    const scored = await ctx.db.grade.findMany({
      where: { assignmentId: id, pointsEarned: { not: null } },
      select: { id: true, pointsEarned: true },
    });
    for (const g of scored)
      await ctx.db.grade.update({
        where: { id: g.id },
        data: scoreFields(g.pointsEarned!.toString(), values.pointsPossible, scale),
      });
  }
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "assignment_updated",
    resourceType: "assignment",
    resourceId: id,
    oldValues: {
      name: before.name,
      pointsPossible: before.pointsPossible.toString(),
      dueDate: before.dueDate ? dateToDay(before.dueDate) : null,
      category: before.category,
      released: before.releasedAt !== null,
    },
    newValues: { ...values },
  });
}

export async function deleteAssignment(ctx: SchoolContext, id: string) {
  const { assignment, cls } = await gradableAssignment(ctx, id);
  await refuseIfPosted(ctx.db, cls.id, assignment.gradingPeriodId);
  const scored = await ctx.db.grade.count({ where: { assignmentId: id, pointsEarned: { not: null } } });
  await ctx.db.assignment.delete({ where: { id } });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "assignment_deleted",
    resourceType: "assignment",
    resourceId: id,
    oldValues: { name: assignment.name, classId: cls.id, scoredGrades: scored },
  });
  return { classId: cls.id };
}

export type SaveCellResult =
  { status: "saved"; cell: GradeCell } | { status: "stale"; cell: GradeCell | null };

/** What a cell stores for a score and a mark. */
function cellData(
  values: { points: string | null; mark: CellValues["mark"] },
  possible: string,
  scale: Record<string, number>,
) {
  const { points, mark } = values;
  if (mark === "excused")
    return {
      pointsEarned: null,
      status: "excused",
      isExcused: true,
      isLate: false,
      percentage: null,
      letterGrade: null,
    };
  if (mark === "missing")
    // A zero, as the school's records have always stored a missing piece of work.
    return {
      pointsEarned: "0",
      status: "missing",
      isExcused: false,
      isLate: false,
      ...scoreFields("0", possible, scale),
    };
  return {
    pointsEarned: points,
    status: mark === "late" ? "late" : points === null ? "assigned" : "graded",
    isExcused: false,
    isLate: mark === "late",
    ...scoreFields(points, possible, scale),
  };
}

function checkPoints(
  points: string | null,
  assignment: { pointsPossible: { toString(): string }; isExtraCredit: boolean },
) {
  if (points === null) return;
  const possible = Number(assignment.pointsPossible.toString());
  // A score above the points possible would be a typo; extra credit without points has no ceiling.
  if (possible > 0 && Number(points) > possible)
    throw new UserFacingError("rules.grade.aboveMaximum", "points", {
      maximum: assignment.pointsPossible.toString(),
    });
}

async function currentCell(db: TenantDb, assignmentId: string, studentId: string): Promise<GradeCell | null> {
  const row = await db.grade.findFirst({ where: { assignmentId, studentId }, select: GRADE_CELL_FIELDS });
  if (!row) return null;
  return cellOf(row, await namesOf(db, [row.gradedBy]));
}

/** Microseconds in the database, milliseconds here: this one-millisecond window is the version seen. */
const sameVersion = (expected: string) => ({
  gte: new Date(expected),
  lt: new Date(Date.parse(expected) + 1),
});

/** Saves one cell if nobody changed it since the editor read it (`expected`). */
export async function saveCell(ctx: SchoolContext, values: CellValues): Promise<SaveCellResult> {
  const { assignment, cls } = await gradableAssignment(ctx, values.assignmentId);
  const enrollment = await ctx.db.enrollment.findFirst({
    where: { classId: cls.id, studentId: values.studentId, status: "active" },
    select: { id: true },
  });
  if (!enrollment) throw new NotFoundError("student");
  await refuseIfPosted(ctx.db, cls.id, assignment.gradingPeriodId);
  checkPoints(values.points, assignment);
  const scale = classRulesOf(cls, cls.gradebookSettings).scale;
  const data = {
    ...cellData(values, assignment.pointsPossible.toString(), scale),
    gradedBy: ctx.actor.id,
    gradedDate: dayToDate(todayIn(ctx.tenant.timezone)),
  };
  const before = await ctx.db.grade.findFirst({
    where: { assignmentId: assignment.id, studentId: values.studentId },
    select: { id: true, pointsEarned: true, status: true, updatedAt: true },
  });

  if (before) {
    if (values.expected === null)
      return { status: "stale", cell: await currentCell(ctx.db, assignment.id, values.studentId) };
    const { count } = await ctx.db.grade.updateMany({
      where: { id: before.id, updatedAt: sameVersion(values.expected) },
      data,
    });
    if (count === 0)
      return { status: "stale", cell: await currentCell(ctx.db, assignment.id, values.studentId) };
  } else {
    if (values.expected !== null) return { status: "stale", cell: null };
    // ON CONFLICT DO NOTHING: a second editor's insert of the same empty cell loses, and is told.
    const { count } = await ctx.db.grade.createMany({
      data: [
        {
          tenantId: ctx.tenantId,
          studentId: values.studentId,
          classId: cls.id,
          enrollmentId: enrollment.id,
          assignmentId: assignment.id,
          ...copiedFields(assignment),
          ...data,
          createdBy: ctx.actor.id,
        },
      ],
      skipDuplicates: true,
    });
    if (count === 0)
      return { status: "stale", cell: await currentCell(ctx.db, assignment.id, values.studentId) };
  }
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "grade_changed",
    resourceType: "grade",
    resourceId: before?.id ?? null,
    oldValues: before ? { points: before.pointsEarned?.toString() ?? null, status: before.status } : null,
    newValues: {
      assignmentId: assignment.id,
      studentId: values.studentId,
      points: data.pointsEarned,
      status: data.status,
    },
  });
  return { status: "saved", cell: (await currentCell(ctx.db, assignment.id, values.studentId))! };
}

/** A teacher's comment on one grade (no version check: it does not change the number). */
export async function saveGradeComment(
  ctx: SchoolContext,
  values: { assignmentId: string; studentId: string; comment: string | null },
) {
  const { assignment } = await gradableAssignment(ctx, values.assignmentId);
  const row = await ctx.db.grade.findFirst({
    where: { assignmentId: assignment.id, studentId: values.studentId },
    select: { id: true, teacherComments: true },
  });
  if (!row) throw new UserFacingError("rules.grade.commentNeedsGrade", "comment");
  await ctx.db.grade.update({ where: { id: row.id }, data: { teacherComments: values.comment } });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "grade_comment_changed",
    resourceType: "grade",
    resourceId: row.id,
    oldValues: { comment: row.teacherComments },
    newValues: { comment: values.comment },
  });
  return currentCell(ctx.db, assignment.id, values.studentId);
}

/** The same change to a whole column: excuse, mark missing, one score, or clear. */
export async function bulkColumn(
  ctx: SchoolContext,
  values: {
    assignmentId: string;
    action: "excuse" | "missing" | "score" | "clear";
    points: string | null;
    onlyEmpty: boolean;
  },
) {
  const { assignment, cls } = await gradableAssignment(ctx, values.assignmentId);
  await refuseIfPosted(ctx.db, cls.id, assignment.gradingPeriodId);
  if (values.action === "score") checkPoints(values.points, assignment);
  const scale = classRulesOf(cls, cls.gradebookSettings).scale;
  const mark = values.action === "excuse" ? "excused" : values.action === "missing" ? "missing" : null;
  const data = {
    ...cellData(
      { points: values.action === "score" ? values.points : null, mark },
      assignment.pointsPossible.toString(),
      scale,
    ),
    gradedBy: ctx.actor.id,
    gradedDate: dayToDate(todayIn(ctx.tenant.timezone)),
  };
  const roster = await ctx.db.enrollment.findMany({
    where: { classId: cls.id, status: "active" },
    select: { id: true, studentId: true },
  });
  const existing = await ctx.db.grade.findMany({
    where: { assignmentId: assignment.id },
    select: { id: true, studentId: true, pointsEarned: true, status: true, isExcused: true },
  });
  const byStudent = new Map(existing.map((g) => [g.studentId, g]));
  const isEmpty = (g: (typeof existing)[number]) =>
    g.pointsEarned === null && !g.isExcused && g.status !== "excused" && g.status !== "missing";
  const toUpdate = existing.filter(
    (g) => roster.some((r) => r.studentId === g.studentId) && (!values.onlyEmpty || isEmpty(g)),
  );
  if (toUpdate.length)
    await ctx.db.grade.updateMany({ where: { id: { in: toUpdate.map((g) => g.id) } }, data });
  const toCreate = roster.filter((r) => !byStudent.has(r.studentId));
  if (toCreate.length && values.action !== "clear")
    await ctx.db.grade.createMany({
      data: toCreate.map((r) => ({
        tenantId: ctx.tenantId,
        studentId: r.studentId,
        classId: cls.id,
        enrollmentId: r.id,
        assignmentId: assignment.id,
        ...copiedFields(assignment),
        ...data,
        createdBy: ctx.actor.id,
      })),
      skipDuplicates: true,
    });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "grades_changed_in_bulk",
    resourceType: "assignment",
    resourceId: assignment.id,
    oldValues: {
      grades: toUpdate.map((g) => ({
        studentId: g.studentId,
        points: g.pointsEarned?.toString() ?? null,
        status: g.status,
      })),
    },
    newValues: {
      action: values.action,
      points: data.pointsEarned,
      changed: toUpdate.length + (values.action === "clear" ? 0 : toCreate.length),
    },
  });
  return { changed: toUpdate.length + (values.action === "clear" ? 0 : toCreate.length) };
}

/** The teacher's comment on a student in the class (the enrolment's teacher_comments). */
export async function saveStudentComment(
  ctx: SchoolContext,
  values: { classId: string; enrollmentId: string; comment: string | null },
) {
  const cls = await gradableClass(ctx, values.classId);
  const enrollment = await ctx.db.enrollment.findFirst({
    where: { id: values.enrollmentId, classId: cls.id },
    select: { id: true, teacherComments: true },
  });
  if (!enrollment) throw new NotFoundError("student");
  await ctx.db.enrollment.update({ where: { id: enrollment.id }, data: { teacherComments: values.comment } });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "student_comment_changed",
    resourceType: "enrollment",
    resourceId: enrollment.id,
    oldValues: { comment: enrollment.teacherComments },
    newValues: { comment: values.comment },
  });
}

export async function saveGradebookSettings(
  ctx: SchoolContext,
  values: {
    classId: string;
    mode: "points" | "weighted";
    ungradedPastDueCountsZero: boolean;
    latePenaltyPercent: number;
    courseLevel: string;
    countsInGpa: boolean;
    dropLowest: { category: string; count: number }[];
  },
) {
  const cls = await gradableClass(ctx, values.classId);
  const { dropLowest, mode, ungradedPastDueCountsZero, latePenaltyPercent, courseLevel, countsInGpa } =
    values;
  const rest = { mode, ungradedPastDueCountsZero, latePenaltyPercent, courseLevel, countsInGpa };
  const data = {
    ...rest,
    latePenaltyPercent: rest.latePenaltyPercent.toFixed(2),
    dropLowest: Object.fromEntries(dropLowest.filter((d) => d.count > 0).map((d) => [d.category, d.count])),
  };
  await ctx.db.gradebookSettings.upsert({
    where: { tenantId_classId: { tenantId: ctx.tenantId, classId: cls.id } },
    create: { tenantId: ctx.tenantId, classId: cls.id, ...data },
    update: data,
  });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "gradebook_settings_changed",
    resourceType: "class",
    resourceId: cls.id,
    ...(cls.gradebookSettings ? { oldValues: { ...cls.gradebookSettings } } : {}),
    newValues: data,
  });
}
