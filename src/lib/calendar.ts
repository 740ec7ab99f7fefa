// School calendar arithmetic on plain "YYYY-MM-DD" days. DATE columns hold school-local calendar
// days, so every "today" is computed in the school's timezone, never from a UTC midnight.

import { dateTimeFormat } from "./date-time-format.ts";

export type Day = string; // YYYY-MM-DD

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): value is Day {
  if (!DAY_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The calendar day it is right now at the school. */
export function todayIn(timeZone: string, now: Date = new Date()): Day {
  return dateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The value Prisma writes for a DATE column holding this day. */
export function dayToDate(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function dateToDay(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  const date = dayToDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dateToDay(date);
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(day: Day): number {
  return dayToDate(day).getUTCDay();
}

/** The academic year a day belongs to; a new year starts on 1 July ("2026-2027"). */
export function academicYearOf(day: Day): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const start = month >= 7 ? year : year - 1;
  return `${start}-${start + 1}`;
}

function academicYearStart(academicYear: string): number {
  return Number(academicYear.slice(0, 4));
}

/** The nth (1-based) given weekday of a month, e.g. Thanksgiving = nthWeekday(y, 11, 4, 4). */
export function nthWeekday(year: number, month: number, dayOfWeek: number, n: number): Day {
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  const offset = (dayOfWeek - weekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/** First day of classes: the first Monday on or after 18 August. */
export function firstDayOfSchool(academicYear: string): Day {
  const year = academicYearStart(academicYear);
  const earliest = `${year}-08-18`;
  return addDays(earliest, (1 - weekday(earliest) + 7) % 7);
}
