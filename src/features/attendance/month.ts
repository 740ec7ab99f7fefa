// A month of a student's days as a calendar grid (weeks × weekdays), and what each day shows.
import { addDays, weekday, type Day } from "@/lib/calendar";
import type { MonthDay } from "./reports";

export function monthParam(value: string | undefined, today: Day) {
  const current = today.slice(0, 7);
  const month = value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) && value <= current ? value : current;
  const previous = addDays(`${month}-01`, -1).slice(0, 7);
  const next = addDays(`${month}-01`, 32).slice(0, 7);
  return { value: month, previous, next: next <= current ? next : null };
}

/** What a day of the calendar says: closed, not marked, or the day's result. */
export function dayLabel(
  d: MonthDay,
): "closed" | "unmarked" | "present" | "tardy" | "half" | "absent" | "excused" {
  if (!d.status.open) return "closed";
  if (!d.result) return "unmarked";
  if (d.result.presentHalves === 2) return d.result.tardy ? "tardy" : "present";
  if (d.result.presentHalves === 1) return "half";
  return d.result.excused ? "excused" : "absent";
}

/** Monday-first weeks; weekends are columns only when a day of them is open or marked. */
export function monthGrid(days: MonthDay[]) {
  const weekend = days.some((d) => [0, 6].includes(weekday(d.day)) && (d.status.open || d.result));
  const columns = weekend ? [1, 2, 3, 4, 5, 6, 0] : [1, 2, 3, 4, 5];
  const firstMonday = addDays(days[0]!.day, -((weekday(days[0]!.day) + 6) % 7));
  const weekdays = columns.map((c) => addDays(firstMonday, (c + 6) % 7));
  const weeks: (MonthDay | null)[][] = [];
  let week: (MonthDay | null)[] = columns.map(() => null);
  for (const d of days) {
    const column = columns.indexOf(weekday(d.day));
    if (column >= 0) week[column] = d;
    if (weekday(d.day) === 0 || d === days.at(-1)) {
      if (week.some(Boolean)) weeks.push(week);
      week = columns.map(() => null);
    }
  }
  return { weekdays, weeks };
}
