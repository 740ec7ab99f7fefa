import "server-only";
// Report cards in bulk, for a grade level or a class: the office queues a run (a row of
// report_card_runs), the job runner prints every student's card into one PDF, reporting its
// progress on the row as it goes, and the office downloads the file from the grading page.
import { messageText } from "@/i18n/translate";
import { withTenant } from "@/server/db/with-tenant";
import { NotFoundError } from "@/server/errors";
import type { SchoolContext } from "@/server/school-context";
import { writeAudit } from "@/server/audit/write-audit";
import { currentYearOf } from "@/features/school-year/queries";
import { periodsOfYear } from "./queries";
import { reportCardOf, reportStudent } from "./report-card-data";
import { reportCardPdf, schoolForPdf, type PdfText } from "./report-pdf";

interface RunScope {
  gradeLevel: string;
  classId: string | null;
  /** The school as it prints, taken when the run was queued (the job runs outside any request). */
  school: {
    name: string;
    schoolName: string;
    primaryColor: string | null;
    logoUrl: string | null;
    locale: string;
  };
}

async function studentsOf(db: SchoolContext["db"], scope: RunScope): Promise<string[]> {
  if (scope.classId) {
    const rows = await db.enrollment.findMany({
      where: { classId: scope.classId, status: "active" },
      select: { studentId: true, student: { select: { lastName: true, firstName: true } } },
    });
    return rows
      .sort((a, b) =>
        `${a.student.lastName} ${a.student.firstName}`.localeCompare(
          `${b.student.lastName} ${b.student.firstName}`,
        ),
      )
      .map((r) => r.studentId);
  }
  const rows = await db.student.findMany({
    where: { status: "active", ...(scope.gradeLevel ? { gradeLevel: scope.gradeLevel } : {}) },
    select: { id: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => r.id);
}

export async function queueReportCards(
  ctx: SchoolContext,
  values: { gradingPeriodId: string; gradeLevel: string; classId: string | null },
  school: RunScope["school"],
) {
  const period = await ctx.db.gradingPeriod.findUnique({
    where: { id: values.gradingPeriodId },
    select: { id: true },
  });
  if (!period) throw new NotFoundError("grading period");
  if (
    values.classId &&
    !(await ctx.db.class.findUnique({ where: { id: values.classId }, select: { id: true } }))
  )
    throw new NotFoundError("class");
  const scope: RunScope = { gradeLevel: values.gradeLevel, classId: values.classId, school };
  const total = (await studentsOf(ctx.db, scope)).length;
  const run = await ctx.db.reportCardRun.create({
    data: {
      tenantId: ctx.tenantId,
      gradingPeriodId: period.id,
      scope: { ...scope, school: { ...school } },
      totalSteps: total,
      createdBy: ctx.actor.id,
    },
  });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "report_cards_queued",
    resourceType: "report_card_run",
    resourceId: run.id,
    newValues: { ...values, students: total },
  });
  return run;
}

export async function runQueuedReportCards(tenantId: string) {
  const queued = await withTenant(tenantId, (db) =>
    db.reportCardRun.findMany({ where: { status: "queued" }, orderBy: { createdAt: "asc" } }),
  );
  for (const run of queued) {
    const claimed = await withTenant(tenantId, (db) =>
      db.reportCardRun.updateMany({ where: { id: run.id, status: "queued" }, data: { status: "running" } }),
    );
    if (claimed.count === 0) continue;
    try {
      const scope = run.scope as unknown as RunScope;
      const tenant = scope.school;
      const ids = await withTenant(tenantId, (db) => studentsOf(db, scope));
      const t: PdfText = (key, values) => messageText(`reportCard.${key}`, tenant.locale, values);
      const office = { id: run.createdBy ?? "", role: "admin", permissions: null };
      const cards = [];
      for (let i = 0; i < ids.length; i += 25) {
        const chunk = await withTenant(tenantId, async (db) => {
          const out = [];
          for (const id of ids.slice(i, i + 25)) {
            const student = await reportStudent(db, office, id);
            const card = student ? await reportCardOf(db, student, run.gradingPeriodId) : null;
            if (card) out.push(card);
          }
          await db.reportCardRun.update({
            where: { id: run.id },
            data: { doneSteps: Math.min(ids.length, i + 25), totalSteps: ids.length },
          });
          return out;
        });
        cards.push(...chunk);
      }
      const pdf = await reportCardPdf(
        cards,
        await schoolForPdf(tenant),
        t,
        t("bulkTitle", { count: cards.length }),
      );
      await withTenant(tenantId, (db) =>
        db.reportCardRun.update({
          where: { id: run.id },
          data: { status: "done", pdf: new Uint8Array(pdf), doneSteps: ids.length, finishedAt: new Date() },
        }),
      );
    } catch (error) {
      console.error("report cards", error);
      await withTenant(tenantId, (db) =>
        db.reportCardRun.update({
          where: { id: run.id },
          data: {
            status: "failed",
            errorMessage: "The report cards could not be printed.",
            finishedAt: new Date(),
          },
        }),
      );
    }
  }
}

/** What the office's grading page offers: this year's periods, classes and grade levels, and the latest runs. */
export async function gradingPageData(db: SchoolContext["db"]) {
  const year = await currentYearOf(db);
  const [periods, classes, grades, runs] = await Promise.all([
    year ? periodsOfYear(db, year) : Promise.resolve([]),
    db.class.findMany({
      where: year ? { academicYear: year, status: "active" } : { id: { in: [] } },
      select: { id: true, classCode: true, name: true },
      orderBy: { classCode: "asc" },
    }),
    db.student.findMany({
      where: { status: "active" },
      distinct: ["gradeLevel"],
      select: { gradeLevel: true },
    }),
    recentRuns(db),
  ]);
  return { periods, classes, grades, runs };
}

/** The latest runs, newest first. */
function recentRuns(db: SchoolContext["db"]) {
  return db.reportCardRun.findMany({
    orderBy: { createdAt: "desc" },
    take: 10,
    select: {
      id: true,
      status: true,
      doneSteps: true,
      totalSteps: true,
      scope: true,
      createdAt: true,
      errorMessage: true,
      gradingPeriod: { select: { name: true } },
    },
  });
}
