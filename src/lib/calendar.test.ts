import { describe, expect, it } from "vitest";
import {
  academicYearOf,
  addDays,
  firstDayOfSchool,
  isDay,
  nthWeekday,
  todayIn,
  weekday,
} from "./calendar.ts";

describe("school calendar", () => {
  it("knows the school's today, not the server's: 11 pm in Los Angeles is still that day", () => {
    const instant = new Date("2026-11-26T07:00:00Z"); // 23:00 on the 25th in Los Angeles
    expect(todayIn("America/Los_Angeles", instant)).toBe("2026-11-25");
    expect(todayIn("America/New_York", instant)).toBe("2026-11-26");
  });

  it("rejects days that do not exist", () => {
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2028-02-29")).toBe(true);
    expect(isDay("2026-13-01")).toBe(false);
    expect(isDay("26-1-1")).toBe(false);
  });

  it("starts a new academic year on 1 July", () => {
    expect(academicYearOf("2026-06-30")).toBe("2025-2026");
    expect(academicYearOf("2026-07-01")).toBe("2026-2027");
    expect(academicYearOf("2027-01-15")).toBe("2026-2027");
  });

  it("adds days across months, leap days and years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("finds the nth weekday of a month: Labor Day, Thanksgiving", () => {
    expect(nthWeekday(2026, 9, 1, 1)).toBe("2026-09-07");
    expect(nthWeekday(2026, 11, 4, 4)).toBe("2026-11-26");
  });

  it("opens school on the first Monday from 18 August", () => {
    expect(firstDayOfSchool("2026-2027")).toBe("2026-08-24");
    expect(weekday(firstDayOfSchool("2027-2028"))).toBe(1);
  });
});
