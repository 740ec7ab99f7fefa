import { describe, expect, it } from "vitest";
import { gradingPeriodIssues, type PeriodRow } from "./grading-periods.ts";
import { defaultGradingPeriods, defaultYearDates } from "./school-year-defaults.ts";

const year = { startsOn: "2026-08-24", endsOn: "2027-06-04" };
const semesters = (): PeriodRow[] => [
  { code: "fall", name: "Fall", parentCode: null, startsOn: "2026-08-24", endsOn: "2027-01-18", weight: 50 },
  {
    code: "spring",
    name: "Spring",
    parentCode: null,
    startsOn: "2027-01-19",
    endsOn: "2027-06-04",
    weight: 50,
  },
];

describe("grading periods", () => {
  it("accepts semesters that cover the year and the default setup of any year", () => {
    expect(gradingPeriodIssues(year, semesters())).toEqual([]);
    for (const name of ["2025-2026", "2026-2027", "2027-2028", "2031-2032"]) {
      const dates = defaultYearDates(name);
      expect(gradingPeriodIssues(dates, defaultGradingPeriods(dates))).toEqual([]);
    }
  });

  it("refuses overlapping periods on the later one's first day", () => {
    const rows = semesters();
    rows[1]!.startsOn = "2027-01-10";
    expect(gradingPeriodIssues(year, rows)).toEqual([
      { index: 1, field: "startsOn", message: "rules.period.overlaps", params: { other: "Fall" } },
    ]);
  });

  it("refuses a gap between periods and names the days left out", () => {
    const rows = semesters();
    rows[1]!.startsOn = "2027-01-25";
    expect(gradingPeriodIssues(year, rows)).toEqual([
      {
        index: 1,
        field: "startsOn",
        message: "rules.period.gap",
        params: { from: "2027-01-19", to: "2027-01-24" },
      },
    ]);
  });

  it("refuses dates outside the year, and quarters outside their semester", () => {
    const rows = semesters();
    rows[1]!.endsOn = "2027-06-30";
    rows.push(
      {
        code: "q1",
        name: "Q1",
        parentCode: "fall",
        startsOn: "2026-08-24",
        endsOn: "2026-10-30",
        weight: 40,
      },
      {
        code: "q2",
        name: "Q2",
        parentCode: "fall",
        startsOn: "2026-10-31",
        endsOn: "2027-01-25",
        weight: 60,
      },
    );
    const issues = gradingPeriodIssues(year, rows);
    expect(issues).toContainEqual({ index: 1, field: "endsOn", message: "rules.period.outsideYear" });
    expect(issues).toContainEqual({ index: 3, field: "endsOn", message: "rules.period.outsideParent" });
  });

  it("weights of periods side by side add up to 100", () => {
    const rows = semesters();
    rows[1]!.weight = 40;
    expect(gradingPeriodIssues(year, rows)).toEqual([
      { index: 1, field: "weight", message: "rules.period.weightsTotal", params: { total: 90 } },
    ]);
    // Decimal weights add exactly: 33.33 + 33.33 + 33.34 is 100.
    const thirds: PeriodRow[] = [
      {
        code: "t1",
        name: "T1",
        parentCode: null,
        startsOn: "2026-08-24",
        endsOn: "2026-11-30",
        weight: 33.33,
      },
      {
        code: "t2",
        name: "T2",
        parentCode: null,
        startsOn: "2026-12-01",
        endsOn: "2027-03-01",
        weight: 33.33,
      },
      {
        code: "t3",
        name: "T3",
        parentCode: null,
        startsOn: "2027-03-02",
        endsOn: "2027-06-04",
        weight: 33.34,
      },
    ];
    expect(gradingPeriodIssues(year, thirds)).toEqual([]);
  });

  it("refuses a code used twice, an unknown parent, and an end before the start", () => {
    const rows = semesters();
    rows.push({
      code: "FALL",
      name: "Again",
      parentCode: "winter",
      startsOn: "2026-09-01",
      endsOn: "2026-08-30",
      weight: 100,
    });
    const issues = gradingPeriodIssues(year, rows);
    expect(issues).toContainEqual({ index: 2, field: "code", message: "rules.period.codeTwice" });
    expect(issues).toContainEqual({ index: 2, field: "parentCode", message: "rules.period.parent" });
  });
});
