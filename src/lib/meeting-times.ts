// A class's weekly meetings (classes.schedule) in words: "Mon, Wed, Fri · period 4 · 10:45–11:35".
// One function for every page that says when a class meets (class page, timetables), in the
// reader's language (the vocabulary says the words).

import type { Vocabulary } from "@/i18n/vocabulary";
import { weekday, type Day } from "./calendar.ts";

const DAY_ORDER = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const BY_WEEKDAY = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** The schedule's key for a calendar day ("2026-09-01" → "tue"). */
export const dayKeyOf = (day: Day): string => BY_WEEKDAY[weekday(day)]!;

export interface Meeting {
  days: string[];
  period: string | null;
  start: string | null;
  end: string | null;
}

/** The stored JSON as a meeting, or null when the class has no weekly meetings. */
export function meetingOf(schedule: unknown): Meeting | null {
  const s = (schedule ?? {}) as { days?: unknown; period?: unknown; start?: unknown; end?: unknown };
  const days = Array.isArray(s.days) ? DAY_ORDER.filter((d) => (s.days as unknown[]).includes(d)) : [];
  if (days.length === 0) return null;
  const text = (v: unknown) =>
    typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : null;
  return { days, period: text(s.period), start: text(s.start), end: text(s.end) };
}

function describeDays(days: string[], v: Vocabulary): string {
  if (days.join() === "mon,tue,wed,thu,fri") return v.text("vocab.meeting.weekdays");
  return days.map((d) => v.dayShort(d)).join(", ");
}

export function describeMeeting(meeting: Meeting | null, v: Vocabulary): string {
  if (!meeting) return v.text("vocab.meeting.none");
  return [
    describeDays(meeting.days, v),
    meeting.period ? v.text("vocab.meeting.period", { period: meeting.period }) : null,
    meeting.start && meeting.end ? `${meeting.start}–${meeting.end}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * Two weekly meetings at the same time: a shared day and overlapping times, or, where times are
 * not set, the same period on a shared day.
 */
export function meetingsOverlap(a: Meeting | null, b: Meeting | null): boolean {
  if (!a || !b || !a.days.some((d) => b.days.includes(d))) return false;
  if (a.start && a.end && b.start && b.end) return a.start < b.end && b.start < a.end;
  return a.period !== null && a.period === b.period;
}

export interface TimetableClass {
  id: string;
  name: string;
  classCode: string;
  roomNumber: string | null;
  semester: string | null;
  meeting: Meeting | null;
}

export interface Timetable<T> {
  days: { day: string; classes: T[] }[];
  unscheduled: T[];
}

/** A week of classes: for each school day (Saturday only when used), its classes in the order they meet. */
export function weeklyTimetable<T extends TimetableClass>(classes: T[]): Timetable<T> {
  const key = (c: T) =>
    c.meeting?.start ?? (c.meeting?.period ? `period ${c.meeting.period.padStart(3, "0")}` : "~");
  const used = (day: string) => classes.some((c) => c.meeting?.days.includes(day));
  const days = DAY_ORDER.filter((d) => (d !== "sat" && d !== "sun") || used(d));
  return {
    days: days.map((day) => ({
      day,
      classes: classes
        .filter((c) => c.meeting?.days.includes(day))
        .sort((x, y) => key(x).localeCompare(key(y)) || x.name.localeCompare(y.name)),
    })),
    unscheduled: classes.filter((c) => !c.meeting),
  };
}
