import { describe, expect, it } from "vitest";
import {
  defaultCalendarDays,
  defaultYearDates,
  currentYearName,
  nextYearName,
} from "./school-year-defaults.ts";
import { countSchoolDays } from "./school-calendar.ts";

describe("a new school's year", () => {
  it("is the year under way in the school's timezone", () => {
    // 30 June 2026, 23:30 in Honolulu is already 1 July in New York: a new year there.
    const instant = new Date("2026-07-01T09:30:00Z");
    expect(currentYearName("Pacific/Honolulu", instant)).toBe("2025-2026");
    expect(currentYearName("America/New_York", instant)).toBe("2026-2027");
    expect(nextYearName("2026-2027")).toBe("2027-2028");
  });

  it("starts with US federal holidays and the usual breaks, on weekdays inside the year", () => {
    const year = defaultYearDates("2026-2027");
    expect(year).toEqual({ name: "2026-2027", startsOn: "2026-08-24", endsOn: "2027-06-05" });
    const days = defaultCalendarDays(year);
    const reasonOf = (day: string) => days.find((d) => d.day === day)?.reason;
    expect(reasonOf("2026-09-07")).toBe("Labor Day");
    expect(reasonOf("2026-11-26")).toBe("Thanksgiving");
    expect(reasonOf("2026-11-25")).toBe("Early dismissal before Thanksgiving");
    expect(reasonOf("2027-01-18")).toBe("Martin Luther King Jr. Day");
    expect(reasonOf("2027-02-15")).toBe("Presidents' Day");
    expect(reasonOf("2027-05-31")).toBe("Memorial Day");
    expect(reasonOf("2026-12-25")).toBe("Winter break");
    // Juneteenth falls after the last day; Veterans Day 2026 is a Wednesday.
    expect(reasonOf("2026-11-11")).toBe("Veterans Day");
    expect(days.every((d) => d.day >= year.startsOn && d.day <= year.endsOn)).toBe(true);
    const exceptions = new Map(days.map((d) => [d.day, d]));
    // A US school year: about 180 days.
    const count = countSchoolDays({ ...year, exceptions }, year.startsOn, year.endsOn);
    expect(count).toBeGreaterThanOrEqual(170);
    expect(count).toBeLessThanOrEqual(185);
  });
});
