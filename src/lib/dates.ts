// Dates as a school shows them: in its own timezone and locale.
import { dayToDate, type Day } from "./calendar.ts";
import { dateTimeFormat } from "./date-time-format.ts";

export function formatDay(day: Day, locale: string, style: "long" | "medium" = "long"): string {
  return dateTimeFormat(locale, {
    timeZone: "UTC", // a Day is a calendar day; UTC keeps it from shifting
    dateStyle: style === "long" ? "full" : "medium",
  }).format(dayToDate(day));
}
