import { describe, expect, it } from "vitest";
import { vocabulary } from "../i18n/translate.ts";
import { termsOverlap } from "./terms.ts";

const v = vocabulary("en-US");
import { describeMeeting, meetingOf, meetingsOverlap, weeklyTimetable } from "./meeting-times.ts";

describe("describeMeeting", () => {
  it("says the days in week order, the period and the times", () => {
    expect(
      describeMeeting(meetingOf({ days: ["fri", "mon", "wed"], period: 4, start: "10:45", end: "11:35" }), v),
    ).toBe("Mon, Wed, Fri · period 4 · 10:45–11:35");
    expect(
      describeMeeting(
        meetingOf({ days: ["mon", "tue", "wed", "thu", "fri"], period: "", start: "08:00", end: "08:50" }),
        v,
      ),
    ).toBe("Mon–Fri · 08:00–08:50");
  });

  it("says when a class has no weekly meetings", () => {
    expect(describeMeeting(meetingOf({}), v)).toBe("No weekly meetings set");
    expect(describeMeeting(meetingOf(null), v)).toBe("No weekly meetings set");
  });
});

describe("meetingsOverlap and termsOverlap", () => {
  const at = (days: string[], start: string | null, end: string | null, period: string | null = null) => ({
    days,
    start,
    end,
    period,
  });
  it("overlaps on a shared day and overlapping times, not when one ends as the other starts", () => {
    expect(meetingsOverlap(at(["mon"], "09:00", "09:50"), at(["mon", "tue"], "09:30", "10:20"))).toBe(true);
    expect(meetingsOverlap(at(["mon"], "09:00", "09:50"), at(["mon"], "09:50", "10:40"))).toBe(false);
    expect(meetingsOverlap(at(["mon"], "09:00", "09:50"), at(["tue"], "09:00", "09:50"))).toBe(false);
  });
  it("uses the period where times are not set", () => {
    expect(meetingsOverlap(at(["mon"], null, null, "3"), at(["mon"], null, null, "3"))).toBe(true);
    expect(meetingsOverlap(at(["mon"], null, null, "3"), at(["mon"], null, null, "4"))).toBe(false);
    expect(meetingsOverlap(null, at(["mon"], null, null, "4"))).toBe(false);
  });
  it("knows which terms run together", () => {
    expect(termsOverlap("full_year", "q3")).toBe(true);
    expect(termsOverlap("fall", "spring")).toBe(false);
    expect(termsOverlap("fall", "q2")).toBe(true);
    expect(termsOverlap(null, "summer")).toBe(false);
  });
});

describe("weeklyTimetable", () => {
  it("lists each school day's classes in the order they meet, and the classes without times", () => {
    const c = (id: string, schedule: object) => ({
      id,
      name: id,
      classCode: id,
      roomNumber: null,
      semester: null,
      meeting: meetingOf(schedule),
    });
    const week = weeklyTimetable([
      c("Late", { days: ["mon"], start: "13:00", end: "13:50" }),
      c("Early", { days: ["mon", "fri"], start: "08:00", end: "08:50" }),
      c("Club", {}),
    ]);
    expect(week.days.map((d) => d.day)).toEqual(["mon", "tue", "wed", "thu", "fri"]);
    expect(week.days[0]!.classes.map((x) => x.name)).toEqual(["Early", "Late"]);
    expect(week.days[4]!.classes.map((x) => x.name)).toEqual(["Early"]);
    expect(week.unscheduled.map((x) => x.name)).toEqual(["Club"]);
  });
});
