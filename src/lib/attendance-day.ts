// What attendance marks mean, one set of rules for the roster, the office, the totals on each
// enrolment, the reports and the family's message (docs/decisions/025). Integer arithmetic only:
// minutes and half days, never a binary fraction.

/** The seed's statuses: what every reader of the attendance table sees. */
export const ATTENDANCE_STATUSES = ["present", "absent", "tardy", "excused", "late"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** What a mark counts as, for the day and for the totals (a school's code says which). */
export const PRESENCES = ["present", "absent", "tardy", "excused"] as const;
export type Presence = (typeof PRESENCES)[number];

/**
 * A mark without a school code counts as its status says; "late" (arrived after the period
 * started, or left before it ended) counts as tardy. The database's daily counts use the same
 * mapping (migration 030).
 */
export const presenceOfStatus = (status: string): Presence =>
  status === "late"
    ? "tardy"
    : (((PRESENCES as readonly string[]).includes(status) ? status : "absent") as Presence);

/** A tardy student was there (research case A4): present and tardy both attend. */
const attends = (p: Presence): boolean => p === "present" || p === "tardy";

export interface PeriodMark {
  /** The period's length in minutes (from the bell schedule). */
  minutes: number;
  presence: Presence;
  /** A half code: half the period's minutes count as absent (research case A2). */
  half?: boolean;
}

export interface DayRule {
  /** Present for at least this share of the day's minutes: a whole day present. */
  fullDayPercent: number;
  /** At least this share: half a day present; less: absent all day. */
  halfDayPercent: number;
}

export const DEFAULT_DAY_RULE: DayRule = { fullDayPercent: 100, halfDayPercent: 50 };

export interface DayResult {
  minutes: number;
  minutesPresent: number;
  /** Half days present: 2 (whole day), 1 (half), 0 (absent). */
  presentHalves: 0 | 1 | 2;
  tardy: boolean;
  /** Every missed minute was excused. */
  excused: boolean;
}

/** One student's day from their period marks; null when nothing was marked. */
export function rollUpDay(marks: readonly PeriodMark[], rule: DayRule = DEFAULT_DAY_RULE): DayResult | null {
  if (marks.length === 0) return null;
  let minutes = 0;
  let present2 = 0; // minutes present, doubled so a half code stays whole
  let missedUnexcused = false;
  for (const mark of marks) {
    minutes += mark.minutes;
    if (!attends(mark.presence)) {
      if (mark.presence === "absent") missedUnexcused = true;
      continue;
    }
    present2 += mark.half ? mark.minutes : mark.minutes * 2;
  }
  const reaches = (percent: number) => present2 * 100 >= percent * minutes * 2;
  const presentHalves = reaches(rule.fullDayPercent) ? 2 : reaches(rule.halfDayPercent) ? 1 : 0;
  return {
    minutes,
    minutesPresent: present2 / 2,
    presentHalves,
    tardy: marks.some((m) => m.presence === "tardy"),
    excused: presentHalves < 2 && !missedUnexcused,
  };
}

export interface EnrollmentTotals {
  totalDays: number;
  daysPresent: number;
  daysAbsent: number;
  daysTardy: number;
}

/**
 * The seed's totals on an enrolment from what each recorded school day counted as: a tardy day
 * is counted as tardy (not present), an excused absence as an absence.
 */
export function enrollmentTotals(days: Iterable<Presence>): EnrollmentTotals {
  const totals = { totalDays: 0, daysPresent: 0, daysAbsent: 0, daysTardy: 0 };
  for (const p of days) {
    totals.totalDays++;
    if (p === "present") totals.daysPresent++;
    else if (p === "tardy") totals.daysTardy++;
    else totals.daysAbsent++;
  }
  return totals;
}

/** Fewer membership days than this: not evaluated (research case A5). */
const CHRONIC_MINIMUM_DAYS = 10;

export type ChronicAbsence =
  { evaluated: false } | { evaluated: true; chronic: boolean; absentDays: string; percent: string };

/**
 * Chronically absent: absent (excused or not, suspensions included) on at least 10 % of the
 * student's membership days, once there are at least 10 of them (cases A5, A6).
 */
export function chronicAbsence(membershipDays: number, absentHalves: number): ChronicAbsence {
  if (membershipDays < CHRONIC_MINIMUM_DAYS) return { evaluated: false };
  // percent = absentHalves / 2 / membershipDays × 100, to one decimal, half up.
  const tenths = Math.floor((absentHalves * 1000 + membershipDays) / (2 * membershipDays));
  return {
    evaluated: true,
    chronic: absentHalves * 10 >= membershipDays * 2,
    absentDays: absentHalves % 2 ? `${(absentHalves - 1) / 2}.5` : String(absentHalves / 2),
    percent: `${Math.floor(tenths / 10)}.${tenths % 10}`,
  };
}

/** Why a family is told today: an unexcused absence, else an unexcused tardy; null: nothing to tell. */
export function alertReason(presences: readonly Presence[]): "absent" | "tardy" | null {
  if (presences.includes("absent")) return "absent";
  if (presences.includes("tardy")) return "tardy";
  return null;
}

export interface NoticeTimes {
  kind: "absence" | "late_arrival" | "early_dismissal";
  /** "HH:MM", for a late arrival or an early dismissal. */
  at: string | null;
}

/**
 * What a notice from the office means for one class meeting ("HH:MM" start and end, or null for a
 * daily register): "notice" (the notice's own code), "tardy" (arrived during it), "late" (left
 * during it), or null (the student is there).
 */
export function noticeEffect(
  notice: NoticeTimes,
  meeting: { start: string | null; end: string | null },
): "notice" | "tardy" | "late" | null {
  if (notice.kind === "absence") return "notice";
  const { start, end } = meeting;
  if (!notice.at || !start || !end) return null;
  if (notice.kind === "late_arrival") {
    if (notice.at >= end) return "notice";
    return notice.at > start ? "tardy" : null;
  }
  if (notice.at <= start) return "notice";
  return notice.at < end ? "late" : null;
}

/** Minutes between two "HH:MM" times. */
export function minutesBetween(start: string, end: string): number {
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return m(end) - m(start);
}
