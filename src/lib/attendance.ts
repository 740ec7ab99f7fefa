// The attendance rate, one definition for every page, export and mail that shows one: the share
// of marks where the student was there (present, tardy or late). Excused absences are absences.

const ATTENDED_STATUSES = ["present", "tardy", "late"] as const;

export interface AttendanceFigure {
  marked: number;
  attended: number;
  rate: number | null;
}

/** From a count of marks per status ({ present: 180, absent: 4, … }). */
export function attendanceFigure(byStatus: Record<string, number>): AttendanceFigure {
  const marked = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
  const attended = ATTENDED_STATUSES.reduce((sum, status) => sum + (byStatus[status] ?? 0), 0);
  return { marked, attended, rate: marked ? attended / marked : null };
}

/** "96%", or "—" where nothing was marked. Rounded once, here, so every page shows the same figure. */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 100)}%`;
}
