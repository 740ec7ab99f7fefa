import { describe, expect, it } from "vitest";
import { describeMeeting, meetingOf } from "./meeting-times.ts";

describe("describeMeeting", () => {
  it("says the days in week order, the period and the times", () => {
    expect(describeMeeting(meetingOf({ days: ["fri", "mon", "wed"], period: 4, start: "10:45", end: "11:35" }))).toBe("Mon, Wed, Fri · period 4 · 10:45–11:35");
    expect(describeMeeting(meetingOf({ days: ["mon", "tue", "wed", "thu", "fri"], period: "", start: "08:00", end: "08:50" }))).toBe("Mon–Fri · 08:00–08:50");
  });

  it("says when a class has no weekly meetings", () => {
    expect(describeMeeting(meetingOf({}))).toBe("No weekly meetings set");
    expect(describeMeeting(meetingOf(null))).toBe("No weekly meetings set");
  });
});
