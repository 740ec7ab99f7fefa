// What a teacher types into a gradebook cell, and how a cell reads back: a score ("17.5"), the
// shortcuts teachers expect (E or EX excused, M missing, L late, alone or after a score: "17L"),
// or nothing (cleared). Shared by the grid and its tests.
import type { GradeCell } from "./grade-inputs";

export type CellEntry = { points: string | null; mark: "excused" | "missing" | "late" | null };

const SCORE = /^(\d{1,6}(?:[.,]\d{1,2})?)?\s*(l|late)?$/i;

/** The entry typed, or null when it is not one (the cell then says how to write it). */
export function parseEntry(
  typed: string,
  current: Pick<GradeCell, "pointsEarned"> | undefined,
): CellEntry | null {
  const text = typed.trim();
  if (text === "") return { points: null, mark: null };
  if (/^(e|ex|exc|excused)$/i.test(text)) return { points: null, mark: "excused" };
  if (/^(m|missing)$/i.test(text)) return { points: null, mark: "missing" };
  const match = SCORE.exec(text);
  if (!match) return null;
  const points = match[1]?.replace(",", ".") ?? null;
  if (match[2]) return { points: points ?? current?.pointsEarned ?? null, mark: "late" };
  return { points, mark: null };
}

/** How a stored cell reads in the grid. */
export function cellText(cell: Pick<GradeCell, "pointsEarned" | "status"> | undefined): string {
  if (!cell) return "";
  if (cell.status === "excused") return "EX";
  if (cell.status === "missing") return "M";
  const points = cell.pointsEarned === null ? "" : trimZeros(cell.pointsEarned);
  return cell.status === "late" ? `${points} L`.trim() : points;
}

/** "17.50" → "17.5", "18.00" → "18": a score as a teacher would write it. */
const trimZeros = (points: string) => (points.includes(".") ? points.replace(/\.?0+$/, "") : points);

/** The first column of pasted spreadsheet rows (tab-separated), one entry per line. */
export function pastedColumn(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && lines[lines.length - 1]!.trim() === "") lines.pop();
  return lines.map((line) => line.split("\t")[0]!.trim());
}
