import { describe, expect, it } from "vitest";
import {
  countSchoolDays,
  dayStatus,
  lastSchoolDays,
  schoolDays,
  schoolToday,
  type CalendarException,
  type SchoolCalendar,
} from "./school-calendar.ts";

const calendar = (exceptions: Record<string, CalendarException> = {}): SchoolCalendar => ({
  startsOn: "2026-08-24",
  endsOn: "2027-06-04",
  exceptions: new Map(Object.entries(exceptions)),
});

describe("school days", () => {
  it("counts weekdays and skips a holiday", () => {
    // Mon 7 – Fri 11 September 2026, Labor Day on the Monday.
    const open = calendar();
    const withHoliday = calendar({ "2026-09-07": { kind: "holiday", reason: "Labor Day" } });
    expect(countSchoolDays(open, "2026-09-07", "2026-09-13")).toBe(5);
    expect(schoolDays(withHoliday, "2026-09-07", "2026-09-13")).toEqual([
      "2026-09-08",
      "2026-09-09",
      "2026-09-10",
      "2026-09-11",
    ]);
    expect(dayStatus(withHoliday, "2026-09-07")).toEqual({
      open: false,
      why: "holiday",
      reason: "Labor Day",
    });
  });

  it("a half day is a school day, marked as half", () => {
    const cal = calendar({ "2026-11-25": { kind: "half_day", reason: "Early dismissal" } });
    expect(countSchoolDays(cal, "2026-11-23", "2026-11-27")).toBe(5);
    expect(dayStatus(cal, "2026-11-25")).toMatchObject({ open: true, half: true });
    expect(dayStatus(cal, "2026-11-24")).toEqual({ open: true, half: false });
  });

  it("an emergency closure, a break and a teacher work day close the school", () => {
    const cal = calendar({
      "2027-01-05": { kind: "closure", reason: "Snow day" },
      "2027-01-06": { kind: "break", reason: "Winter break" },
      "2027-01-07": { kind: "teacher_work_day", reason: "Grading day" },
    });
    expect(schoolDays(cal, "2027-01-04", "2027-01-08")).toEqual(["2027-01-04", "2027-01-08"]);
  });

  it("days before the first and after the last day of the year are not school days", () => {
    const cal = calendar();
    expect(dayStatus(cal, "2026-08-21")).toEqual({ open: false, why: "outside_year" });
    expect(dayStatus(cal, "2027-06-07")).toEqual({ open: false, why: "outside_year" });
    // Counting across the year's edges counts only the year's days.
    expect(countSchoolDays(cal, "2026-08-17", "2026-08-28")).toBe(5);
    expect(countSchoolDays(cal, "2027-05-31", "2027-06-11")).toBe(5);
  });

  it("weekends are closed unless the calendar opens one", () => {
    const cal = calendar({ "2026-10-03": { kind: "alternate_schedule", reason: "Make-up day" } });
    expect(dayStatus(cal, "2026-10-04")).toEqual({ open: false, why: "weekend" });
    expect(dayStatus(cal, "2026-10-03").open).toBe(true);
  });

  it("the last school days step back over a holiday", () => {
    const cal = calendar({ "2026-09-07": { kind: "holiday", reason: "Labor Day" } });
    expect(lastSchoolDays(cal, "2026-09-08", 3)).toEqual(["2026-09-03", "2026-09-04", "2026-09-08"]);
  });
});

describe("today at the school", () => {
  // 06:00 UTC on Wednesday 2 December 2026: still Tuesday evening in Honolulu, Wednesday morning in New York.
  const instant = new Date("2026-12-02T06:00:00Z");
  const cal = calendar({ "2026-12-01": { kind: "closure", reason: "Water main break" } });

  it("is the school's own calendar day", () => {
    expect(schoolToday(cal, "Pacific/Honolulu", instant)).toEqual({
      day: "2026-12-01",
      status: { open: false, why: "closure", reason: "Water main break" },
    });
    expect(schoolToday(cal, "America/New_York", instant)).toEqual({
      day: "2026-12-02",
      status: { open: true, half: false },
    });
  });

  it("a Friday evening in Honolulu is already Saturday in New York", () => {
    const friday = new Date("2026-12-05T06:00:00Z");
    expect(schoolToday(cal, "Pacific/Honolulu", friday).status.open).toBe(true);
    expect(schoolToday(cal, "America/New_York", friday).status).toEqual({ open: false, why: "weekend" });
  });
});
