// The rules of a year's grading periods, one place for the form and the action: every period lies
// inside its year (or its parent), periods side by side neither overlap nor leave days between
// them, together they cover their year (or parent) from its first day to its last, and their
// weights toward the parent's final grade add up to 100.
import { addDays, type Day } from "./calendar.ts";

export interface PeriodRow {
  code: string;
  name: string;
  /** The code of the period it belongs to (a quarter's semester); null at the top. */
  parentCode: string | null;
  startsOn: Day;
  endsOn: Day;
  weight: number;
}

export interface PeriodIssue {
  index: number;
  field: "code" | "parentCode" | "startsOn" | "endsOn" | "weight";
  /** A catalogue key under "rules". */
  message: string;
  params?: Record<string, string | number>;
}

const hundredths = (n: number) => Math.round(n * 100);

export function gradingPeriodIssues(
  year: { startsOn: Day; endsOn: Day },
  periods: readonly PeriodRow[],
): PeriodIssue[] {
  const issues: PeriodIssue[] = [];
  const codes = periods.map((p) => p.code.trim().toLowerCase());
  codes.forEach((code, index) => {
    if (codes.indexOf(code) !== index)
      issues.push({ index, field: "code", message: "rules.period.codeTwice" });
  });
  const byCode = new Map(periods.map((p, index) => [p.code.trim().toLowerCase(), { ...p, index }]));

  const groups = new Map<string, { start: Day; end: Day; members: number[] }>();
  groups.set("", { start: year.startsOn, end: year.endsOn, members: [] });
  periods.forEach((p, index) => {
    const parentCode = p.parentCode?.trim().toLowerCase() ?? "";
    if (parentCode) {
      const parent = byCode.get(parentCode);
      // Two levels: a year's periods and their parts (semesters → quarters).
      if (!parent || parent.index === index || parent.parentCode) {
        issues.push({ index, field: "parentCode", message: "rules.period.parent" });
        return;
      }
      if (!groups.has(parentCode))
        groups.set(parentCode, { start: parent.startsOn, end: parent.endsOn, members: [] });
    }
    groups.get(parentCode)!.members.push(index);
  });

  for (const [parentCode, group] of groups) {
    const outside = parentCode ? "rules.period.outsideParent" : "rules.period.outsideYear";
    const members = group.members
      .filter((i) => {
        const p = periods[i]!;
        if (p.endsOn < p.startsOn) {
          issues.push({ index: i, field: "endsOn", message: "rules.period.endBeforeStart" });
          return false;
        }
        let inside = true;
        if (p.startsOn < group.start || p.startsOn > group.end) {
          issues.push({ index: i, field: "startsOn", message: outside });
          inside = false;
        }
        if (p.endsOn > group.end || p.endsOn < group.start) {
          issues.push({ index: i, field: "endsOn", message: outside });
          inside = false;
        }
        return inside;
      })
      .sort((a, b) => periods[a]!.startsOn.localeCompare(periods[b]!.startsOn));
    if (members.length === 0) continue;
    const first = periods[members[0]!]!;
    if (first.startsOn > group.start)
      issues.push({
        index: members[0]!,
        field: "startsOn",
        message: "rules.period.gap",
        params: { from: group.start, to: addDays(first.startsOn, -1) },
      });
    for (let k = 1; k < members.length; k++) {
      const before = periods[members[k - 1]!]!;
      const p = periods[members[k]!]!;
      if (p.startsOn <= before.endsOn)
        issues.push({
          index: members[k]!,
          field: "startsOn",
          message: "rules.period.overlaps",
          params: { other: before.name },
        });
      else if (p.startsOn > addDays(before.endsOn, 1))
        issues.push({
          index: members[k]!,
          field: "startsOn",
          message: "rules.period.gap",
          params: { from: addDays(before.endsOn, 1), to: addDays(p.startsOn, -1) },
        });
    }
    const last = periods[members[members.length - 1]!]!;
    if (last.endsOn < group.end)
      issues.push({
        index: members[members.length - 1]!,
        field: "endsOn",
        message: "rules.period.gap",
        params: { from: addDays(last.endsOn, 1), to: group.end },
      });
    const total = group.members.reduce((sum, i) => sum + hundredths(periods[i]!.weight), 0);
    if (total !== 10_000)
      issues.push({
        index: group.members[group.members.length - 1]!,
        field: "weight",
        message: "rules.period.weightsTotal",
        params: { total: total / 100 },
      });
  }
  return issues;
}
