import { describe, expect, it } from "vitest";
import { cellText, parseEntry, pastedColumn } from "./cell-entry.ts";

describe("gradebook cell entries", () => {
  it.each([
    ["17.5", { points: "17.5", mark: null }],
    [" 18 ", { points: "18", mark: null }],
    ["17,5", { points: "17.5", mark: null }],
    ["", { points: null, mark: null }],
    ["E", { points: null, mark: "excused" }],
    ["ex", { points: null, mark: "excused" }],
    ["M", { points: null, mark: "missing" }],
    ["17L", { points: "17", mark: "late" }],
    ["17 late", { points: "17", mark: "late" }],
  ])("%j → %j", (typed, entry) => expect(parseEntry(typed, undefined)).toEqual(entry));

  it("L alone marks the current score late; nonsense is refused", () => {
    expect(parseEntry("l", { pointsEarned: "9" })).toEqual({ points: "9", mark: "late" });
    expect(parseEntry("abc", undefined)).toBeNull();
    expect(parseEntry("1.234", undefined)).toBeNull();
    expect(parseEntry("-3", undefined)).toBeNull();
  });

  it("reads cells back as teachers write them", () => {
    expect(cellText({ pointsEarned: "17.50", status: "graded" })).toBe("17.5");
    expect(cellText({ pointsEarned: "18.00", status: "late" })).toBe("18 L");
    expect(cellText({ pointsEarned: null, status: "excused" })).toBe("EX");
    expect(cellText({ pointsEarned: "0", status: "missing" })).toBe("M");
    expect(cellText(undefined)).toBe("");
  });

  it("takes the first column of pasted spreadsheet rows", () => {
    expect(pastedColumn("18\tAda\r\n17.5\n\nM\n\n")).toEqual(["18", "17.5", "", "M"]);
  });
});
