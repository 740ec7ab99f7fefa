import { describe, expect, it } from "vitest";
import { masterGrid, type ScheduledClass } from "./master-schedule.ts";

const periods = [
  { code: "1", name: "Period 1", start: "08:00", end: "08:50" },
  { code: "2", name: "Period 2", start: "08:55", end: "09:45" },
];
const cls = (over: Partial<ScheduledClass> & { id: string }): ScheduledClass => ({
  classCode: over.id.toUpperCase(),
  name: `Class ${over.id}`,
  gradeLevel: "9",
  semester: "full_year",
  roomNumber: null,
  teachers: [],
  schedule: { days: ["mon", "wed"], period: 1 },
  ...over,
});

describe("master schedule", () => {
  it("puts each class in its period on each day it meets; a stored number names the period", () => {
    const grid = masterGrid(
      [cls({ id: "a" }), cls({ id: "b", schedule: { days: ["tue"], start: "09:00", end: "09:40" } })],
      periods,
      "Other times",
    );
    expect(grid.days).toEqual(["mon", "tue", "wed", "thu", "fri"]);
    expect(grid.rows.map((r) => r.code)).toEqual(["1", "2"]);
    expect(grid.rows[0]!.cells.mon!.classes.map((c) => c.id)).toEqual(["a"]);
    expect(grid.rows[0]!.cells.wed!.classes.map((c) => c.id)).toEqual(["a"]);
    // No period named: its start time says which period it is in.
    expect(grid.rows[1]!.cells.tue!.classes.map((c) => c.id)).toEqual(["b"]);
    expect(grid.clashCount).toBe(0);
  });

  it("marks a teacher or a room in two places at once, but not classes of different terms", () => {
    const teacher = { id: "t1", name: "Ada Byron" };
    const grid = masterGrid(
      [
        cls({ id: "a", teachers: [teacher], roomNumber: "101" }),
        cls({ id: "b", teachers: [teacher] }),
        cls({ id: "c", roomNumber: "101", semester: "spring" }),
        cls({ id: "d", roomNumber: "101", semester: "fall", teachers: [{ id: "t2", name: "B" }] }),
      ],
      periods,
      "Other times",
    );
    const monday = grid.rows[0]!.cells.mon!.classes;
    const clashesOf = (id: string) => monday.find((c) => c.id === id)!.clashes;
    expect(clashesOf("a")).toEqual(["B (Ada Byron)", "C (101)", "D (101)"]);
    // Fall and spring never run together.
    expect(clashesOf("c")).toEqual(["A (101)"]);
    expect(clashesOf("d")).toEqual(["A (101)"]);
    // Three pairs on each of two days.
    expect(grid.clashCount).toBe(6);
  });

  it("keeps classes with no meetings aside and shows the other-times row only when used", () => {
    const grid = masterGrid(
      [
        cls({ id: "a", schedule: {} }),
        cls({ id: "b", schedule: { days: ["fri"], start: "15:00", end: "16:00" } }),
      ],
      periods,
      "Other times",
    );
    expect(grid.unscheduled.map((c) => c.id)).toEqual(["a"]);
    expect(grid.rows.at(-1)!.code).toBe("other");
    expect(grid.rows.at(-1)!.cells.fri!.classes.map((c) => c.id)).toEqual(["b"]);
  });
});
