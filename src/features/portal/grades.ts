import "server-only";
// A child's current grades as the family sees them: per class, the grading period of today, the
// assignments the teacher has released, the child's own scores, and the gradebook's own
// calculation over those assignments (docs/decisions/026: work not yet released does not count
// for families; once everything is released the figure is the teacher's, to the cent).
import { dateToDay, type Day } from "@/lib/calendar";
import type { GradeResult } from "@/lib/grade-calculation";
import type { TenantDb } from "@/server/db/with-tenant";
import {
  assignmentsOf,
  cellOf,
  classRulesOf,
  GRADE_CELL_FIELDS,
  periodForDay,
  periodsOfYear,
  studentGrade,
  type AssignmentColumn,
  type GradeCell,
  type PeriodOption,
} from "@/features/gradebook/queries";
import { childClasses, type ChildClass } from "./classes";

export interface ClassGrade {
  cls: ChildClass;
  period: PeriodOption | null;
  assignments: AssignmentColumn[];
  cells: Record<string, Pick<GradeCell, "pointsEarned" | "status" | "comment">>;
  result: GradeResult | null;
}

const NO_NAMES = new Map<string, string>();

/** The child's grade in each class (the classes already read by childClasses). */
export async function gradesOf(
  db: TenantDb,
  studentId: string,
  classes: ChildClass[],
  today: Day,
): Promise<ClassGrade[]> {
  const periodsByYear = new Map<string, PeriodOption[]>();
  const out: ClassGrade[] = [];
  for (const cls of classes) {
    if (!periodsByYear.has(cls.academicYear))
      periodsByYear.set(cls.academicYear, await periodsOfYear(db, cls.academicYear));
    const period = periodForDay(periodsByYear.get(cls.academicYear)!, today) ?? null;
    if (!period) {
      out.push({ cls, period, assignments: [], cells: {}, result: null });
      continue;
    }
    const assignments = (await assignmentsOf(db, cls.id, period.id)).filter((a) => a.released);
    const rows = assignments.length
      ? await db.grade.findMany({
          where: { studentId, assignmentId: { in: assignments.map((a) => a.id) } },
          select: GRADE_CELL_FIELDS,
        })
      : [];
    const cells = Object.fromEntries(rows.map((r) => [r.assignmentId!, cellOf(r, NO_NAMES)]));
    const rules = classRulesOf(cls, cls.gradebookSettings);
    const result = studentGrade(rules, assignments, (id) => cells[id], today, dateToDay(cls.enrolledOn));
    out.push({ cls, period, assignments, cells, result });
  }
  return out;
}

/** One class's grade for the child, or null when the child is not in that class. */
export async function childClassGrade(db: TenantDb, studentId: string, classId: string, today: Day) {
  const cls = (await childClasses(db, studentId)).find((c) => c.id === classId);
  return cls ? ((await gradesOf(db, studentId, [cls], today))[0] ?? null) : null;
}
