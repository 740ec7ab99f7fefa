import "server-only";
// What the gradebook reads: a class's grading periods, its assignments in one period, the students
// on its roll and their cells. A class outside the viewer's reach is not found, like one that does
// not exist.
import { dateToDay, type Day } from "@/lib/calendar";
import { classesVisibleTo, type Viewer } from "@/server/access/ownership";
import type { TenantDb } from "@/server/db/with-tenant";
import {
  classRulesOf,
  statusOf,
  type AssignmentColumn,
  type ClassRules,
  type GradeCell,
} from "./grade-inputs";

const OTHER_CATEGORY = "Other";

export interface PeriodOption {
  id: string;
  code: string;
  name: string;
  startsOn: Day;
  endsOn: Day;
  parentId: string | null;
  weight: string;
  isLeaf: boolean;
}

/** The grading periods of a school year, in order, with which have no children (where work is set). */
export async function periodsOfYear(db: TenantDb, academicYear: string): Promise<PeriodOption[]> {
  const year = await db.schoolYear.findFirst({ where: { name: academicYear }, select: { id: true } });
  if (!year) return [];
  const rows = await db.gradingPeriod.findMany({
    where: { schoolYearId: year.id },
    orderBy: [{ position: "asc" }, { startsOn: "asc" }],
  });
  return rows.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    startsOn: dateToDay(p.startsOn),
    endsOn: dateToDay(p.endsOn),
    parentId: p.parentId,
    weight: p.weight.toString(),
    isLeaf: !rows.some((c) => c.parentId === p.id),
  }));
}

/** The class's innermost period holding the day, else the last one begun, else the first. */
export function periodForDay(periods: PeriodOption[], day: Day): PeriodOption | undefined {
  const leaves = periods.filter((p) => p.isLeaf);
  return (
    leaves.find((p) => p.startsOn <= day && day <= p.endsOn) ??
    [...leaves].reverse().find((p) => p.startsOn <= day) ??
    leaves[0]
  );
}

const columnOf = (a: {
  id: string;
  name: string;
  assignmentType: string;
  category: string | null;
  pointsPossible: { toString(): string };
  assignedDate: Date;
  dueDate: Date | null;
  isExtraCredit: boolean;
  releasedAt: Date | null;
}): AssignmentColumn => ({
  id: a.id,
  name: a.name,
  type: a.assignmentType,
  category: a.category ?? OTHER_CATEGORY,
  pointsPossible: a.pointsPossible.toString(),
  assignedDate: dateToDay(a.assignedDate),
  dueDate: a.dueDate ? dateToDay(a.dueDate) : null,
  extraCredit: a.isExtraCredit,
  released: a.releasedAt !== null,
});

export const GRADE_CELL_FIELDS = {
  assignmentId: true,
  studentId: true,
  pointsEarned: true,
  status: true,
  isExcused: true,
  isLate: true,
  teacherComments: true,
  updatedAt: true,
  gradedBy: true,
} as const;

type CellRow = {
  pointsEarned: { toString(): string } | null;
  status: string | null;
  isExcused: boolean | null;
  isLate: boolean | null;
  teacherComments: string | null;
  updatedAt: Date | null;
  gradedBy: string | null;
};

/** Display names of the people who last changed these cells. */
export async function namesOf(db: TenantDb, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, firstName: true, lastName: true },
  });
  return new Map(users.map((u) => [u.id, `${u.firstName} ${u.lastName}`]));
}

export function cellOf(row: CellRow, names: Map<string, string>): GradeCell {
  return {
    pointsEarned: row.status === "excused" || row.isExcused ? null : (row.pointsEarned?.toString() ?? null),
    status: statusOf(row),
    comment: row.teacherComments,
    updatedAt: (row.updatedAt ?? new Date(0)).toISOString(),
    changedBy: row.gradedBy ? (names.get(row.gradedBy) ?? null) : null,
  };
}

/** The class as the gradebook needs it, or null when the viewer may not see it. */
export async function gradebookClass(db: TenantDb, viewer: Viewer, classId: string) {
  return db.class.findFirst({
    where: { AND: [{ id: classId }, await classesVisibleTo(db, viewer)] },
    select: {
      id: true,
      name: true,
      classCode: true,
      academicYear: true,
      credits: true,
      gradingScale: true,
      gradeCategories: true,
      teacherId: true,
      coTeacherId: true,
      gradebookSettings: true,
    },
  });
}
export type GradebookClass = NonNullable<Awaited<ReturnType<typeof gradebookClass>>>;

export const rulesOfClass = (cls: GradebookClass): ClassRules => classRulesOf(cls, cls.gradebookSettings);

export interface GradebookStudent {
  enrollmentId: string;
  studentId: string;
  name: string;
  studentNumber: string;
  enrolledOn: Day;
  comment: string | null;
}

/** Students on the class's roll, by name. */
export async function rosterOf(db: TenantDb, classId: string): Promise<GradebookStudent[]> {
  const rows = await db.enrollment.findMany({
    where: { classId, status: "active" },
    select: {
      id: true,
      studentId: true,
      enrollmentDate: true,
      teacherComments: true,
      student: { select: { firstName: true, lastName: true, preferredName: true, studentId: true } },
    },
  });
  return rows
    .map((e) => ({
      enrollmentId: e.id,
      studentId: e.studentId,
      name: `${e.student.lastName}, ${e.student.preferredName || e.student.firstName}`,
      studentNumber: e.student.studentId,
      enrolledOn: dateToDay(e.enrollmentDate),
      comment: e.teacherComments,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The assignments of a class in one grading period (or every period), in their order. */
export async function assignmentsOf(db: TenantDb, classId: string, periodId: string | null) {
  const rows = await db.assignment.findMany({
    where: { classId, ...(periodId ? { gradingPeriodId: periodId } : {}) },
    orderBy: [{ dueDate: "asc" }, { position: "asc" }, { name: "asc" }],
  });
  return rows.map(columnOf);
}

/** Every cell of these assignments, keyed "assignment:student". */
export async function cellsOf(db: TenantDb, assignmentIds: string[]): Promise<Record<string, GradeCell>> {
  if (assignmentIds.length === 0) return {};
  const rows = await db.grade.findMany({
    where: { assignmentId: { in: assignmentIds } },
    select: GRADE_CELL_FIELDS,
  });
  const names = await namesOf(
    db,
    rows.map((r) => r.gradedBy),
  );
  return Object.fromEntries(rows.map((r) => [`${r.assignmentId}:${r.studentId}`, cellOf(r, names)]));
}

/** Whether a period's grades are posted (and locked) for this class. */
export async function postedState(db: TenantDb, classId: string, periodId: string) {
  const rows = await db.postedGrade.findMany({
    where: { gradingPeriodId: periodId, enrollment: { classId } },
    select: { reopenedAt: true, postedAt: true, reopenReason: true },
  });
  const locked = rows.some((r) => r.reopenedAt === null);
  return {
    posted: rows.length > 0,
    locked,
    postedAt: rows.length
      ? rows
          .map((r) => r.postedAt)
          .sort((a, b) => +b - +a)[0]!
          .toISOString()
      : null,
  };
}

/**
 * Everything the gradebook page shows for one class and grading period (the period asked for if it
 * is one where work is set, else today's): null when the viewer may not see the class.
 */
export async function loadGradebook(
  db: TenantDb,
  viewer: Viewer,
  classId: string,
  periodId: string | undefined,
  today: Day,
) {
  const cls = await gradebookClass(db, viewer, classId);
  if (!cls) return null;
  const periods = await periodsOfYear(db, cls.academicYear);
  const period = periods.find((p) => p.id === periodId && p.isLeaf) ?? periodForDay(periods, today);
  if (!period) return { cls, periods, period: null } as const;
  const assignments = await assignmentsOf(db, cls.id, period.id);
  const [students, cells, posted] = await Promise.all([
    rosterOf(db, cls.id),
    cellsOf(
      db,
      assignments.map((a) => a.id),
    ),
    postedState(db, cls.id, period.id),
  ]);
  return { cls, periods, period, assignments, students, cells, posted } as const;
}

// What the family portal reads of the gradebook, through this entry.
export { classRulesOf, studentGrade, type AssignmentColumn, type GradeCell } from "./grade-inputs";
export { postedPeriodIds, reportPeriods } from "./report-card-data";
