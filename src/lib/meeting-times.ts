// A class's weekly meetings (classes.schedule) in words: "Mon, Wed, Fri · period 4 · 10:45–11:35".
// One function for every page that says when a class meets (class page, timetables).

export const DAY_ORDER = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const DAY_NAMES: Record<string, string> = { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" };

export interface Meeting { days: string[]; period: string | null; start: string | null; end: string | null }

/** The stored JSON as a meeting, or null when the class has no weekly meetings. */
export function meetingOf(schedule: unknown): Meeting | null {
  const s = (schedule ?? {}) as { days?: unknown; period?: unknown; start?: unknown; end?: unknown };
  const days = Array.isArray(s.days) ? DAY_ORDER.filter((d) => (s.days as unknown[]).includes(d)) : [];
  if (days.length === 0) return null;
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : null);
  return { days, period: text(s.period), start: text(s.start), end: text(s.end) };
}

export function describeDays(days: string[]): string {
  if (days.join() === "mon,tue,wed,thu,fri") return "Mon–Fri";
  return days.map((d) => DAY_NAMES[d] ?? d).join(", ");
}

export function describeMeeting(meeting: Meeting | null): string {
  if (!meeting) return "No weekly meetings set";
  return [
    describeDays(meeting.days),
    meeting.period ? `period ${meeting.period}` : null,
    meeting.start && meeting.end ? `${meeting.start}–${meeting.end}` : null,
  ].filter(Boolean).join(" · ");
}
