import "server-only";
// The school-wide figures the database keeps (school_counts, migration 025, docs/decisions/022):
// one read of a few rows for what the office dashboard shows on every view. A figure with no row
// yet is 0 (the database writes a row once something counts toward it).
import type { TenantDb } from "@/server/db/with-tenant";

const SCHOOL_FIGURES = [
  "teachers_active",
  "classes_active",
  "classes_active_without_teacher",
  "classes_active_full",
  "enrollments_active",
  "students_active_with_support_plan",
] as const;
export type SchoolFigure = (typeof SCHOOL_FIGURES)[number];

export async function readSchoolCounts(db: TenantDb): Promise<Record<SchoolFigure, number>> {
  const rows = await db.schoolCount.findMany({ select: { figure: true, value: true } });
  const kept = new Map(rows.map((r) => [r.figure, r.value]));
  return Object.fromEntries(SCHOOL_FIGURES.map((f) => [f, kept.get(f) ?? 0])) as Record<SchoolFigure, number>;
}
