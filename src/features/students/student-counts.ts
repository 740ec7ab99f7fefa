import "server-only";
// The school's students counted by status, grade and year, as the database keeps them
// (student_counts, docs/decisions/022): one small read gives the list's total for its status,
// grade and year filters, the filters' choices and the dashboard's active students. Every figure
// of this kind comes from here, so the list and the dashboard cannot disagree.
import { compareGrades } from "@/lib/grade-levels";
import type { TenantDb } from "@/server/db/with-tenant";

export interface StudentCounts {
  /** Students matching a status ("active", "all", or one status), and a grade and year if given. */
  count(filter: { status: string; grade?: string | undefined; year?: string | undefined }): number;
  /** The school years the school's students have, newest first. */
  years: string[];
  /** The grade levels the school's students have, in school order. */
  grades: string[];
}

export async function readStudentCounts(db: TenantDb): Promise<StudentCounts> {
  const rows = (
    await db.studentCount.findMany({
      select: { status: true, gradeLevel: true, academicYear: true, students: true },
    })
  ).filter((r) => r.students > 0);
  return {
    count: ({ status, grade, year }) =>
      rows
        .filter(
          (r) =>
            (status === "all" || r.status === status) &&
            (grade === undefined || r.gradeLevel === grade) &&
            (year === undefined || r.academicYear === year),
        )
        .reduce((sum, r) => sum + r.students, 0),
    years: [...new Set(rows.map((r) => r.academicYear))].sort().reverse(),
    grades: [...new Set(rows.map((r) => r.gradeLevel))].sort(compareGrades),
  };
}
