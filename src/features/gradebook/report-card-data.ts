import "server-only";
// What a report card and a transcript print: the posted grades only (never the live gradebook),
// the teacher's comments, the attendance of the period, and GPA from the one GPA function.
import { dateToDay, type Day } from "@/lib/calendar";
import { classRanks, gpaOf, onHonorRoll, type Gpa, type GpaPolicy } from "@/lib/gpa";
import { studentsVisibleTo, type Viewer } from "@/server/access/ownership";
import type { TenantDb } from "@/server/db/with-tenant";

export interface ReportStudent {
  id: string;
  name: string;
  studentNumber: string;
  gradeLevel: string;
  academicYear: string;
}

/** The student, when the viewer may see them (another school's or another class's is null). */
export async function reportStudent(
  db: TenantDb,
  viewer: Viewer,
  studentId: string,
): Promise<ReportStudent | null> {
  const s = await db.student.findFirst({
    where: { AND: [{ id: studentId }, await studentsVisibleTo(db, viewer)] },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      studentId: true,
      gradeLevel: true,
      academicYear: true,
    },
  });
  return s
    ? {
        id: s.id,
        name: `${s.firstName} ${s.lastName}`,
        studentNumber: s.studentId,
        gradeLevel: s.gradeLevel,
        academicYear: s.academicYear,
      }
    : null;
}

export interface PostedLine {
  classCode: string;
  className: string;
  teacher: string;
  percentage: string | null;
  letter: string | null;
  gradePoints: string | null;
  weightedGradePoints: string | null;
  creditsAttempted: string;
  creditsEarned: string;
  countsInGpa: boolean;
  comment: string | null;
}

const fixed = (d: { toFixed(n: number): string } | null) => (d === null ? null : d.toFixed(2));

async function postedLines(db: TenantDb, studentId: string, periodIds: string[]) {
  const rows = await db.postedGrade.findMany({
    where: { gradingPeriodId: { in: periodIds }, enrollment: { studentId } },
    include: {
      enrollment: {
        select: {
          class: {
            select: {
              classCode: true,
              name: true,
              gradebookSettings: { select: { countsInGpa: true } },
              teacher: { select: { firstName: true, lastName: true } },
            },
          },
        },
      },
    },
  });
  return rows
    .map((r) => ({
      periodId: r.gradingPeriodId,
      line: {
        classCode: r.enrollment.class.classCode,
        className: r.enrollment.class.name,
        teacher: r.enrollment.class.teacher
          ? `${r.enrollment.class.teacher.firstName} ${r.enrollment.class.teacher.lastName}`
          : "",
        percentage: fixed(r.percentage),
        letter: r.letterGrade,
        gradePoints: fixed(r.gradePoints),
        weightedGradePoints: fixed(r.weightedGradePoints),
        creditsAttempted: r.creditsAttempted.toFixed(2),
        creditsEarned: r.creditsEarned.toFixed(2),
        countsInGpa: r.enrollment.class.gradebookSettings?.countsInGpa ?? true,
        comment: r.comment,
      } satisfies PostedLine,
    }))
    .sort((a, b) => a.line.classCode.localeCompare(b.line.classCode));
}

/** GPA over posted lines that carry grade points (credits attempted weigh each). */
function gpaOfLines(lines: PostedLine[]): Gpa {
  return gpaOf(
    lines
      .filter((l) => l.gradePoints !== null)
      .map((l) => ({
        gradePoints: l.gradePoints!,
        weightedGradePoints: l.weightedGradePoints!,
        // A progress period carries no credit; its GPA still weighs each course once.
        creditsAttempted: l.creditsAttempted === "0.00" ? "1" : l.creditsAttempted,
        creditsEarned: l.creditsEarned,
        countsInGpa: l.countsInGpa,
      })),
  );
}

export interface ReportCard {
  student: ReportStudent;
  period: { id: string; name: string; startsOn: Day; endsOn: Day; year: string };
  lines: PostedLine[];
  gpa: Gpa;
  cumulative: Gpa;
  attendance: { present: number; absent: number; tardy: number; excused: number };
}

/** Top-level posted periods of every year: the cumulative record. */
async function allTopLevelLines(db: TenantDb, studentId: string) {
  const top = await db.gradingPeriod.findMany({ where: { parentId: null }, select: { id: true } });
  return postedLines(
    db,
    studentId,
    top.map((p) => p.id),
  );
}

export async function reportCardOf(
  db: TenantDb,
  student: ReportStudent,
  periodId: string,
): Promise<ReportCard | null> {
  const period = await db.gradingPeriod.findUnique({
    where: { id: periodId },
    select: { id: true, name: true, startsOn: true, endsOn: true, schoolYear: { select: { name: true } } },
  });
  if (!period) return null;
  const lines = (await postedLines(db, student.id, [period.id])).map((l) => l.line);
  const marks = await db.attendance.groupBy({
    by: ["status"],
    where: {
      studentId: student.id,
      attendanceDate: { gte: period.startsOn, lte: period.endsOn },
    },
    _count: { _all: true },
  });
  const count = (status: string) => marks.find((m) => m.status === status)?._count._all ?? 0;
  return {
    student,
    period: {
      id: period.id,
      name: period.name,
      startsOn: dateToDay(period.startsOn),
      endsOn: dateToDay(period.endsOn),
      year: period.schoolYear.name,
    },
    lines,
    gpa: gpaOfLines(lines),
    cumulative: gpaOfLines((await allTopLevelLines(db, student.id)).map((l) => l.line)),
    attendance: {
      present: count("present"),
      absent: count("absent"),
      tardy: count("tardy") + count("late"),
      excused: count("excused"),
    },
  };
}

export interface Transcript {
  student: ReportStudent;
  years: { year: string; periods: { name: string; lines: PostedLine[] }[] }[];
  cumulative: Gpa;
}

export async function transcriptOf(db: TenantDb, student: ReportStudent): Promise<Transcript> {
  const periods = await db.gradingPeriod.findMany({
    where: { parentId: null },
    select: { id: true, name: true, startsOn: true, schoolYear: { select: { name: true } } },
    orderBy: { startsOn: "asc" },
  });
  const lines = await postedLines(
    db,
    student.id,
    periods.map((p) => p.id),
  );
  const years: Transcript["years"] = [];
  for (const p of periods) {
    const own = lines.filter((l) => l.periodId === p.id).map((l) => l.line);
    if (own.length === 0) continue;
    let year = years.find((y) => y.year === p.schoolYear.name);
    if (!year) years.push((year = { year: p.schoolYear.name, periods: [] }));
    year.periods.push({ name: p.name, lines: own });
  }
  return { student, years, cumulative: gpaOfLines(lines.map((l) => l.line)) };
}

/** The grading periods with grades posted for this student: the report cards a family can open. */
export async function postedPeriodIds(db: TenantDb, studentId: string): Promise<string[]> {
  const rows = await db.postedGrade.findMany({
    where: { enrollment: { studentId } },
    select: { gradingPeriodId: true },
    distinct: ["gradingPeriodId"],
  });
  return rows.map((r) => r.gradingPeriodId);
}

/** The grading periods a report card can be printed for (those with posted grades first). */
export async function reportPeriods(db: TenantDb, academicYear: string) {
  const rows = await db.gradingPeriod.findMany({
    where: { schoolYear: { name: academicYear } },
    select: { id: true, name: true, startsOn: true },
    orderBy: [{ position: "asc" }, { startsOn: "asc" }],
  });
  return rows.map((p) => ({ id: p.id, name: p.name, startsOn: dateToDay(p.startsOn) }));
}

export interface Standing {
  rank: { rank: number; size: number } | null;
  honorRoll: { period: string; on: boolean } | null;
}

/** Class rank (cumulative weighted GPA within the grade level) and honour roll, where the school turns them on. */
export async function standingOf(db: TenantDb, student: ReportStudent, policy: GpaPolicy): Promise<Standing> {
  let rank: Standing["rank"] = null;
  if (policy.classRank) {
    const rows = await db.postedGrade.findMany({
      where: {
        gradingPeriod: { parentId: null },
        enrollment: { student: { gradeLevel: student.gradeLevel, status: "active" } },
        gradePoints: { not: null },
      },
      select: {
        gradePoints: true,
        weightedGradePoints: true,
        creditsAttempted: true,
        creditsEarned: true,
        enrollment: {
          select: {
            studentId: true,
            class: { select: { gradebookSettings: { select: { countsInGpa: true } } } },
          },
        },
      },
    });
    const byStudent = new Map<string, Parameters<typeof gpaOf>[0]>();
    for (const r of rows) {
      const list = byStudent.get(r.enrollment.studentId) ?? [];
      list.push({
        gradePoints: r.gradePoints!.toFixed(2),
        weightedGradePoints: (r.weightedGradePoints ?? r.gradePoints)!.toFixed(2),
        creditsAttempted: r.creditsAttempted.toFixed(2),
        creditsEarned: r.creditsEarned.toFixed(2),
        countsInGpa: r.enrollment.class.gradebookSettings?.countsInGpa ?? true,
      });
      byStudent.set(r.enrollment.studentId, list);
    }
    const ranks = classRanks([...byStudent].map(([id, list]) => ({ id, gpa: gpaOf(list).weighted })));
    const own = ranks.get(student.id);
    if (own) rank = { rank: own, size: ranks.size };
  }
  let honorRoll: Standing["honorRoll"] = null;
  if (policy.honorRoll) {
    const periods = await db.gradingPeriod.findMany({
      where: { parentId: null, postedGrades: { some: { enrollment: { studentId: student.id } } } },
      select: { id: true, name: true },
      orderBy: { startsOn: "desc" },
      take: 1,
    });
    if (periods[0]) {
      const lines = (await postedLines(db, student.id, [periods[0].id])).map((l) => l.line);
      const points = lines.filter((l) => l.countsInGpa && l.gradePoints !== null).map((l) => l.gradePoints!);
      honorRoll = { period: periods[0].name, on: onHonorRoll(points, policy) };
    }
  }
  return { rank, honorRoll };
}
