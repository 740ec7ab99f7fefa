import { describe, expect, it } from "vitest";
import { attendanceFigure, formatRate } from "./attendance.ts";

describe("attendance rate", () => {
  it("counts present, tardy and late as there; absent and excused as not", () => {
    expect(attendanceFigure({ present: 90, tardy: 3, late: 2, absent: 4, excused: 1 })).toEqual({
      marked: 100,
      attended: 95,
      rate: 0.95,
    });
    expect(formatRate(attendanceFigure({ present: 2, absent: 1 }).rate)).toBe("67%");
  });
  it("has no rate where nothing was marked", () => {
    expect(attendanceFigure({})).toEqual({ marked: 0, attended: 0, rate: null });
    expect(formatRate(null)).toBe("—");
  });
});
