import { describe, expect, it } from "vitest";
import {
  alertReason,
  chronicAbsence,
  enrollmentTotals,
  noticeEffect,
  presenceOfStatus,
  rollUpDay,
  type PeriodMark,
} from "./attendance-day.ts";

// Six periods of 50 minutes: a 300-minute day (research cases A1–A3).
const day = (...presences: PeriodMark["presence"][]): PeriodMark[] =>
  presences.map((presence) => ({ minutes: 50, presence }));
const sixWith = (absent: number) =>
  day(...Array.from({ length: 6 }, (_, i): PeriodMark["presence"] => (i < absent ? "absent" : "present")));

describe("period marks roll up into a day", () => {
  it("A1: absent in 2 of 6 periods: 200 of 300 minutes, half a day", () => {
    expect(rollUpDay(sixWith(2))).toMatchObject({ minutes: 300, minutesPresent: 200, presentHalves: 1 });
  });
  it("A2: absent one period and a half code in another: 225 minutes, half a day", () => {
    const marks = [...sixWith(1).slice(0, 5), { minutes: 50, presence: "present" as const, half: true }];
    expect(rollUpDay(marks)).toMatchObject({ minutesPresent: 225, presentHalves: 1 });
  });
  it("A3: absent 4 periods: 100 minutes, below half: absent all day", () => {
    expect(rollUpDay(sixWith(4))).toMatchObject({ minutesPresent: 100, presentHalves: 0 });
  });
  it("A4: tardy counts present and is still reported as a tardy", () => {
    expect(rollUpDay(day("tardy", "present", "present"))).toMatchObject({ presentHalves: 2, tardy: true });
    expect(enrollmentTotals(["tardy", "present"])).toEqual({
      totalDays: 2,
      daysPresent: 1,
      daysAbsent: 0,
      daysTardy: 1,
    });
  });
  it("A7: present 40 % of the day is an absence; a school's own rule decides", () => {
    const marks = [
      { minutes: 120, presence: "present" as const },
      { minutes: 180, presence: "absent" as const },
    ];
    expect(rollUpDay(marks)).toMatchObject({ presentHalves: 0, excused: false });
    // A school that counts 40 % as a present day.
    expect(rollUpDay(marks, { fullDayPercent: 40, halfDayPercent: 20 })?.presentHalves).toBe(2);
  });
  it("a day missed only for excused reasons is excused; one unexcused period makes it not", () => {
    expect(rollUpDay(day("excused", "excused"))).toMatchObject({ presentHalves: 0, excused: true });
    expect(rollUpDay(day("excused", "absent"))?.excused).toBe(false);
    expect(rollUpDay([])).toBeNull();
  });
  it("a daily register's one mark is the whole day", () => {
    expect(rollUpDay(day("present"))?.presentHalves).toBe(2);
    expect(rollUpDay(day("absent"))?.presentHalves).toBe(0);
  });
});

describe("chronic absence", () => {
  it("A5: fewer than 10 membership days is not evaluated", () => {
    expect(chronicAbsence(9, 4)).toEqual({ evaluated: false });
  });
  it("A6: 6 unexcused + 3 excused + 1 suspension in 100 days is chronic (10 %)", () => {
    expect(chronicAbsence(100, 20)).toEqual({
      evaluated: true,
      chronic: true,
      absentDays: "10",
      percent: "10.0",
    });
    expect(chronicAbsence(100, 19)).toMatchObject({ chronic: false, absentDays: "9.5", percent: "9.5" });
  });
  it("rounds the shown share half up to one decimal", () => {
    expect(chronicAbsence(30, 7)).toMatchObject({ percent: "11.7", chronic: true });
  });
});

describe("family alerts and notices", () => {
  it("tells the family about an unexcused absence first, else a tardy, else nothing", () => {
    expect(alertReason(["present", "tardy", "absent"])).toBe("absent");
    expect(alertReason(["tardy"])).toBe("tardy");
    expect(alertReason(["excused", "present"])).toBeNull();
  });
  it("maps a mark without a code by its status; late is tardy", () => {
    expect(["present", "absent", "tardy", "excused", "late"].map(presenceOfStatus)).toEqual([
      "present",
      "absent",
      "tardy",
      "excused",
      "tardy",
    ]);
  });
  it("a late arrival misses the periods before it and is tardy to the one it walks into", () => {
    const at = { kind: "late_arrival" as const, at: "10:15" };
    expect(noticeEffect(at, { start: "08:00", end: "08:50" })).toBe("notice");
    expect(noticeEffect(at, { start: "10:00", end: "10:50" })).toBe("tardy");
    expect(noticeEffect(at, { start: "11:00", end: "11:50" })).toBeNull();
  });
  it("an early dismissal leaves the period it falls in and misses the rest", () => {
    const at = { kind: "early_dismissal" as const, at: "13:10" };
    expect(noticeEffect(at, { start: "13:00", end: "13:50" })).toBe("late");
    expect(noticeEffect(at, { start: "14:00", end: "14:50" })).toBe("notice");
    expect(noticeEffect(at, { start: "09:00", end: "09:50" })).toBeNull();
    expect(noticeEffect({ kind: "absence", at: null }, { start: null, end: null })).toBe("notice");
  });
});
