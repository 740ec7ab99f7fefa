// The master schedule: every class of a year in a grid of bell period × day, and the clashes in
// it (two classes in the same period on the same day, in terms that run together, with a teacher
// or a room in common).
import { meetingOf, type Meeting } from "./meeting-times.ts";
import { termsOverlap } from "./terms.ts";

export interface ScheduledClass {
  id: string;
  classCode: string;
  name: string;
  gradeLevel: string;
  semester: string | null;
  roomNumber: string | null;
  teachers: { id: string; name: string }[];
  schedule: unknown;
}

interface GridCell<T> {
  classes: (T & { clashes: string[] })[];
}

export interface MasterGrid<T> {
  days: string[];
  /** Bell periods in order, then "other" for meetings at times of no period. */
  rows: { code: string; label: string; cells: Record<string, GridCell<T>> }[];
  unscheduled: T[];
  clashCount: number;
}

const WEEK = ["mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** Which bell period a meeting is in: its period code, or the period its start time falls in. */
function rowOf(meeting: Meeting, periods: { code: string; start: string; end: string }[]): string {
  if (meeting.period && periods.some((p) => p.code === meeting.period)) return meeting.period;
  const byTime = meeting.start
    ? periods.find((p) => meeting.start! >= p.start && meeting.start! < p.end)
    : null;
  return byTime?.code ?? "other";
}

export function masterGrid<T extends ScheduledClass>(
  classes: T[],
  periods: { code: string; name: string; start: string; end: string }[],
  otherLabel: string,
): MasterGrid<T> {
  const meetings = classes.map((c) => ({ c, meeting: meetingOf(c.schedule) }));
  const days = WEEK.filter((d) => d !== "sat" || meetings.some((m) => m.meeting?.days.includes("sat")));
  const rows = [
    ...periods.map((p) => ({ code: p.code, label: `${p.name} · ${p.start}–${p.end}` })),
    { code: "other", label: otherLabel },
  ].map((r) => ({
    ...r,
    cells: Object.fromEntries(days.map((d) => [d, { classes: [] as (T & { clashes: string[] })[] }])),
  }));
  const rowByCode = new Map(rows.map((r) => [r.code, r]));
  let clashCount = 0;
  for (const { c, meeting } of meetings) {
    if (!meeting) continue;
    const row = rowByCode.get(rowOf(meeting, periods))!;
    for (const day of meeting.days) row.cells[day]?.classes.push({ ...c, clashes: [] });
  }
  for (const row of rows)
    for (const cell of Object.values(row.cells))
      for (let i = 0; i < cell.classes.length; i++)
        for (let j = i + 1; j < cell.classes.length; j++) {
          const a = cell.classes[i]!;
          const b = cell.classes[j]!;
          if (!termsOverlap(a.semester, b.semester)) continue;
          const reasons = [
            ...a.teachers.filter((t) => b.teachers.some((u) => u.id === t.id)).map((t) => t.name),
            ...(a.roomNumber && a.roomNumber === b.roomNumber ? [a.roomNumber] : []),
          ];
          if (!reasons.length) continue;
          clashCount++;
          for (const [x, y] of [
            [a, b],
            [b, a],
          ] as const)
            x.clashes.push(`${y.classCode} (${reasons.join(", ")})`);
        }
  return {
    days,
    rows: rows.filter((r) => r.code !== "other" || days.some((d) => r.cells[d]!.classes.length)),
    unscheduled: meetings.filter((m) => !m.meeting).map((m) => m.c),
    clashCount,
  };
}
