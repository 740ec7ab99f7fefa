// The schedule editor's mistakes get field errors instead of a silently erased schedule.
import { describe, expect, it } from "vitest";
import { issueText } from "../../server/action-result.ts";
import { scheduleSchema } from "./schemas.ts";

const issues = (value: unknown) => {
  const result = scheduleSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${issueText(i, "en")}`);
};

describe("scheduleSchema", () => {
  it("refuses times with no day ticked, naming the days field", () => {
    expect(issues({ days: [], period: "3", start: "10:00", end: "09:00" })).toEqual([
      "days: Tick the days the class meets, or clear the period and times.",
      "end: The class must end after it starts.",
    ]);
  });

  it("refuses an end before the start, and missing times on a meeting day", () => {
    expect(issues({ days: ["mon"], period: "", start: "11:00", end: "10:15" })).toEqual([
      "end: The class must end after it starts.",
    ]);
    expect(issues({ days: ["mon"], period: "", start: "", end: "" })).toEqual([
      "start: Enter a start time.",
      "end: Enter an end time.",
    ]);
  });

  it("accepts a real week, and an empty schedule for a class that does not meet yet", () => {
    expect(issues({ days: ["mon", "wed"], period: "2", start: "08:55", end: "09:45" })).toEqual([]);
    expect(issues({ days: [], period: "", start: "", end: "" })).toEqual([]);
  });
});
