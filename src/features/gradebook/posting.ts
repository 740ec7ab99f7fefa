import "server-only";
// Posting: the frozen copy of each student's grade for a grading period that report cards and
// transcripts read. A period with children (a semester of quarters) combines its children by their
// weights (posted values where posted, else the live calculation), renormalised when one has no
// grade. Credits go with the top-level periods; when all of them are posted, the course's result
// goes to the enrolment (final_grade, gpa_points, credits_earned). Posted grades are locked until a
// principal reopens them with a reason; both are audited with old and new values.
import { todayIn, type Day } from "@/lib/calendar";
import { add, compare, div, parseDecimal, round2, ZERO } from "@/lib/exact-decimal";
import { courseGrade, type CourseLevel } from "@/lib/gpa";
import { combinePeriods } from "@/lib/grade-calculation";
import { letterFor } from "@/lib/grading";
import { writeAudit } from "@/server/audit/write-audit";
import type { TenantDb } from "@/server/db/with-tenant";
import { mailReportCardsReady } from "./report-card-mail";
import { NotFoundError, UserFacingError } from "@/server/errors";
import type { SchoolContext } from "@/server/school-context";
import { classRulesOf, studentGrade } from "./grade-inputs";
import { gpaPolicyOf } from "./policy";
import { assignmentsOf, cellsOf, periodsOfYear, rosterOf, type PeriodOption } from "./queries";
import { gradableClass } from "./service";

type PostingClass = Awaited<ReturnType<typeof gradableClass>> & { credits?: unknown };

/** Each student's live percentage in one period (a leaf: from its work; a parent: from its children). */
async function livePercentages(
  db: TenantDb,
  cls: PostingClass,
  period: PeriodOption,
  periods: PeriodOption[],
  today: Day,
): Promise<Map<string, string | null>> {
  const roster = await rosterOf(db, cls.id);
  if (period.isLeaf) {
    const rules = classRulesOf(cls, cls.gradebookSettings);
    const assignments = await assignmentsOf(db, cls.id, period.id);
    const cells = await cellsOf(
      db,
      assignments.map((a) => a.id),
    );
    return new Map(
      roster.map((s) => [
        s.enrollmentId,
        studentGrade(rules, assignments, (id) => cells[`${id}:${s.studentId}`], today, s.enrolledOn)
          .percentage,
      ]),
    );
  }
  const children = periods.filter((p) => p.parentId === period.id);
  const posted = await db.postedGrade.findMany({
    where: { gradingPeriodId: { in: children.map((c) => c.id) }, enrollment: { classId: cls.id } },
    select: { enrollmentId: true, gradingPeriodId: true, percentage: true },
  });
  const postedOf = (enrollmentId: string, periodId: string) =>
    posted.find((p) => p.enrollmentId === enrollmentId && p.gradingPeriodId === periodId);
  const live = new Map<string, Map<string, string | null>>();
  for (const child of children) live.set(child.id, await livePercentages(db, cls, child, periods, today));
  return new Map(
    roster.map((s) => [
      s.enrollmentId,
      combinePeriods(
        children.map((c) => {
          const frozen = postedOf(s.enrollmentId, c.id);
          return {
            percentage: frozen
              ? (frozen.percentage?.toFixed(2) ?? null)
              : (live.get(c.id)!.get(s.enrollmentId) ?? null),
            weight: c.weight,
          };
        }),
      ),
    ]),
  );
}

/** The class's share of its credits in a period: all of them over the year's top-level periods. */
function creditsIn(period: PeriodOption, periods: PeriodOption[], credits: string): string {
  if (period.parentId !== null) return "0";
  const top = periods.filter((p) => p.parentId === null).length;
  return round2(div(parseDecimal(credits), parseDecimal(top)));
}

async function postablePeriod(db: TenantDb, cls: { academicYear: string }, periodId: string) {
  const periods = await periodsOfYear(db, cls.academicYear);
  const period = periods.find((p) => p.id === periodId);
  if (!period) throw new NotFoundError("grading period");
  return { period, periods };
}

export async function postGrades(ctx: SchoolContext, classId: string, periodId: string) {
  const cls = await gradableClass(ctx, classId);
  const full = await ctx.db.class.findUniqueOrThrow({ where: { id: cls.id }, select: { credits: true } });
  const credits = full.credits?.toString() ?? "1";
  const { period, periods } = await postablePeriod(ctx.db, cls, periodId);
  const existing = await ctx.db.postedGrade.findMany({
    where: { gradingPeriodId: period.id, enrollment: { classId: cls.id } },
  });
  if (existing.some((p) => p.reopenedAt === null)) throw new UserFacingError("rules.gradebook.alreadyPosted");

  const policy = await gpaPolicyOf(ctx.db);
  const rules = classRulesOf(cls, cls.gradebookSettings);
  const level = (cls.gradebookSettings?.courseLevel ?? "regular") as CourseLevel;
  const percentages = await livePercentages(ctx.db, cls, period, periods, todayIn(ctx.tenant.timezone));
  const roster = await rosterOf(ctx.db, cls.id);
  const share = creditsIn(period, periods, credits);
  const written = [];
  for (const student of roster) {
    const percentage = percentages.get(student.enrollmentId) ?? null;
    const letter = percentage === null ? null : letterFor(percentage, rules.scale);
    const course = letter ? courseGrade(letter, share, level, policy) : null;
    const data = {
      percentage,
      letterGrade: letter,
      gradePoints: course?.gradePoints ?? null,
      weightedGradePoints: course?.weightedGradePoints ?? null,
      creditsAttempted: share,
      creditsEarned: course?.creditsEarned ?? "0",
      comment: student.comment,
      postedBy: ctx.actor.id,
      postedAt: new Date(),
      reopenedAt: null,
      reopenedBy: null,
      reopenReason: null,
    };
    const before = existing.find((p) => p.enrollmentId === student.enrollmentId);
    if (before) await ctx.db.postedGrade.update({ where: { id: before.id }, data });
    else
      await ctx.db.postedGrade.create({
        data: {
          tenantId: ctx.tenantId,
          enrollmentId: student.enrollmentId,
          gradingPeriodId: period.id,
          ...data,
        },
      });
    written.push({
      enrollmentId: student.enrollmentId,
      percentage,
      letter,
      ...(before
        ? { was: { percentage: before.percentage?.toFixed(2) ?? null, letter: before.letterGrade } }
        : {}),
    });
  }
  await finishCourses(ctx.db, cls.id, periods, rules.scale, level, credits, policy);
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "grades_posted",
    resourceType: "class",
    resourceId: cls.id,
    ...(existing.length
      ? {
          oldValues: {
            grades: existing.map((p) => ({
              enrollmentId: p.enrollmentId,
              percentage: p.percentage?.toFixed(2) ?? null,
              letter: p.letterGrade,
            })),
          },
        }
      : {}),
    newValues: { gradingPeriodId: period.id, period: period.code, grades: written },
  });
  return { posted: written.length };
}

/** When every top-level period of the year is posted, the course's result goes to the enrolment. */
async function finishCourses(
  db: TenantDb,
  classId: string,
  periods: PeriodOption[],
  scale: Record<string, number>,
  level: CourseLevel,
  credits: string,
  policy: Awaited<ReturnType<typeof gpaPolicyOf>>,
) {
  const top = periods.filter((p) => p.parentId === null);
  const posted = await db.postedGrade.findMany({
    where: { gradingPeriodId: { in: top.map((p) => p.id) }, enrollment: { classId } },
    select: {
      enrollmentId: true,
      gradingPeriodId: true,
      percentage: true,
      creditsEarned: true,
      reopenedAt: true,
    },
  });
  const byEnrollment = new Map<string, typeof posted>();
  for (const p of posted) byEnrollment.set(p.enrollmentId, [...(byEnrollment.get(p.enrollmentId) ?? []), p]);
  for (const [enrollmentId, rows] of byEnrollment) {
    if (rows.length < top.length || rows.some((r) => r.reopenedAt !== null)) continue;
    const percentage = combinePeriods(
      top.map((p) => ({
        percentage: rows.find((r) => r.gradingPeriodId === p.id)?.percentage?.toFixed(2) ?? null,
        weight: p.weight,
      })),
    );
    const letter = percentage === null ? null : letterFor(percentage, scale);
    const earned = rows.reduce((sum, r) => add(sum, parseDecimal(r.creditsEarned.toString())), ZERO);
    const course = letter ? courseGrade(letter, credits, level, policy) : null;
    await db.enrollment.update({
      where: { id: enrollmentId },
      data: {
        finalGrade: letter,
        gpaPoints: course?.gradePoints ?? null,
        // DECIMAL(3,1): tenths of a credit (half a credit per semester fits; thirds are rounded).
        creditsEarned: compare(earned, ZERO) === 0 ? "0" : round2(earned).replace(/(\.\d)\d$/, "$1"),
      },
    });
  }
}

export async function reopenGrades(ctx: SchoolContext, classId: string, periodId: string, reason: string) {
  const cls = await gradableClass(ctx, classId);
  const { period } = await postablePeriod(ctx.db, cls, periodId);
  const locked = await ctx.db.postedGrade.findMany({
    where: { gradingPeriodId: period.id, enrollment: { classId: cls.id }, reopenedAt: null },
  });
  if (locked.length === 0) throw new UserFacingError("rules.gradebook.notPosted");
  await ctx.db.postedGrade.updateMany({
    where: { id: { in: locked.map((p) => p.id) } },
    data: { reopenedAt: new Date(), reopenedBy: ctx.actor.id, reopenReason: reason },
  });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "grades_reopened",
    resourceType: "class",
    resourceId: cls.id,
    oldValues: {
      locked: true,
      grades: locked.map((p) => ({
        enrollmentId: p.enrollmentId,
        percentage: p.percentage?.toFixed(2) ?? null,
        letter: p.letterGrade,
      })),
    },
    newValues: { locked: false, gradingPeriodId: period.id, period: period.code, reason },
  });
  return { reopened: locked.length };
}

/** The office posts a period for every class of its year that has students and is not posted yet. */
export async function postSchool(ctx: SchoolContext, periodId: string) {
  const period = await ctx.db.gradingPeriod.findUnique({
    where: { id: periodId },
    select: { id: true, name: true, schoolYear: { select: { name: true } } },
  });
  if (!period) throw new NotFoundError("grading period");
  const classes = await ctx.db.class.findMany({
    where: {
      academicYear: period.schoolYear.name,
      status: "active",
      enrollments: { some: { status: "active" } },
    },
    select: { id: true },
    orderBy: { classCode: "asc" },
  });
  let posted = 0;
  let skipped = 0;
  for (const c of classes) {
    const locked = await ctx.db.postedGrade.count({
      where: { gradingPeriodId: period.id, enrollment: { classId: c.id }, reopenedAt: null },
    });
    if (locked > 0) {
      skipped++;
      continue;
    }
    await postGrades(ctx, c.id, period.id);
    posted++;
  }
  if (posted > 0) await mailReportCardsReady(ctx, period);
  return { posted, skipped };
}
