"use client";
// The teacher's gradebook: students × assignments, used like a spreadsheet. Arrows, Tab and Enter
// move; typing replaces the cell, Enter or Tab saves it, Escape cancels; Delete clears; a column
// pasted from a spreadsheet fills the cells downward. Each cell saves on its own with the version
// it was read at: a stale edit is refused and the cell shows who changed it and to what. The
// averages come from the one grade calculation, recomputed as cells change.
import { useTranslations } from "next-intl";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { assignmentAverage, type GradeResult } from "@/lib/grade-calculation";
import { saveCellAction } from "../actions";
import { cellText, parseEntry, pastedColumn, type CellEntry } from "../cell-entry";
import { studentGrade, type AssignmentColumn, type ClassRules, type GradeCell } from "../grade-inputs";
import { GradeBreakdown } from "./grade-breakdown";
import { CellDetails } from "./cell-details";
import { ColumnActions } from "./column-actions";

export interface GridStudent {
  enrollmentId: string;
  studentId: string;
  name: string;
  enrolledOn: string;
  comment: string | null;
}

type SaveState =
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "failed"; message: string }
  | { kind: "stale"; message: string };

interface Props {
  classId: string;
  students: GridStudent[];
  assignments: AssignmentColumn[];
  initialCells: Record<string, GradeCell>;
  rules: ClassRules;
  asOf: string;
  editable: boolean;
}

const keyOf = (assignmentId: string, studentId: string) => `${assignmentId}:${studentId}`;

/** The cells with one put back as it was (or removed when it was empty). */
function restore(cells: Record<string, GradeCell>, key: string, cell: GradeCell | null | undefined) {
  const next = { ...cells };
  if (cell) next[key] = cell;
  else delete next[key];
  return next;
}

export function GradebookGrid({
  classId,
  students,
  assignments,
  initialCells,
  rules,
  asOf,
  editable,
}: Props) {
  const t = useTranslations("gradebook");
  const [cells, setCells] = useState(initialCells);
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const [active, setActiveState] = useState({ row: 0, col: 0 });
  // Mirrors `active` at once: keys typed faster than a render still go to the cell moved to.
  const activeRef = useRef({ row: 0, col: 0 });
  const setActive = useCallback((cell: { row: number; col: number }) => {
    activeRef.current = cell;
    setActiveState(cell);
  }, []);
  const [editing, setEditingState] = useState<{ draft: string } | null>(null);
  // Mirrors `editing` at once, so the input's blur after Enter does not save a second time.
  const editingRef = useRef<{ draft: string } | null>(null);
  const setEditing = useCallback((value: { draft: string } | null) => {
    editingRef.current = value;
    setEditingState(value);
  }, []);
  const [announcement, setAnnouncement] = useState("");
  const grid = useRef<HTMLTableElement>(null);
  // The latest cells, for saves started from event handlers.
  const cellsRef = useRef(cells);
  useEffect(() => {
    cellsRef.current = cells;
  }, [cells]);
  const router = useRouter();

  const grades = useMemo(
    () =>
      new Map(
        students.map((s) => [
          s.studentId,
          studentGrade(rules, assignments, (id) => cells[keyOf(id, s.studentId)], asOf, s.enrolledOn),
        ]),
      ),
    [students, rules, assignments, cells, asOf],
  );
  const averages = useMemo(
    () =>
      assignments.map((a) =>
        assignmentAverage(
          students.map((s) => cells[keyOf(a.id, s.studentId)] ?? { pointsEarned: null, status: null }),
          a.pointsPossible,
        ),
      ),
    [assignments, students, cells],
  );

  // At once, inside the key's handler: the cell's input is about to go, and focus must not fall to
  // the page in between (the next keys typed would be lost).
  const focusCell = useCallback((row: number, col: number) => {
    grid.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)?.focus();
  }, []);

  const move = (row: number, col: number) => {
    const r = Math.max(0, Math.min(students.length - 1, row));
    const c = Math.max(0, Math.min(assignments.length - 1, col));
    setActive({ row: r, col: c });
    focusCell(r, c);
  };

  const save = useCallback(
    async (assignment: AssignmentColumn, studentId: string, entry: CellEntry) => {
      const key = keyOf(assignment.id, studentId);
      const before = cellsRef.current[key];
      setStates((s) => ({ ...s, [key]: { kind: "saving" } }));
      // Shown at once; put back if the server refuses.
      setCells((c) => ({
        ...c,
        [key]: {
          pointsEarned: entry.mark === "excused" ? null : entry.mark === "missing" ? "0" : entry.points,
          status: entry.mark ?? (entry.points === null ? null : "graded"),
          comment: before?.comment ?? null,
          updatedAt: before?.updatedAt ?? "",
          changedBy: before?.changedBy ?? null,
        },
      }));
      try {
        const result = await saveCellAction({
          assignmentId: assignment.id,
          studentId,
          points: entry.points ?? "",
          mark: entry.mark,
          expected: before?.updatedAt || null,
        });
        if (!result.ok) {
          const message = result.fieldErrors?.points?.join(" ") ?? result.formError ?? t("grid.failed");
          if (result.signedOut) router.push("/login");
          setCells((c) => restore(c, key, before));
          setStates((s) => ({ ...s, [key]: { kind: "failed", message } }));
          setAnnouncement(message);
          return;
        }
        const answer = result.data!;
        if (answer.status === "stale") {
          const now = answer.cell;
          const message = t("grid.stale", {
            who: now?.changedBy ?? t("grid.someoneElse"),
            value: now ? cellText(now) || t("grid.empty") : t("grid.empty"),
          });
          setCells((c) => restore(c, key, now));
          setStates((s) => ({ ...s, [key]: { kind: "stale", message } }));
          setAnnouncement(message);
          return;
        }
        setCells((c) => ({ ...c, [key]: answer.cell }));
        setStates((s) => ({ ...s, [key]: { kind: "saved" } }));
      } catch {
        setCells((c) => restore(c, key, before));
        setStates((s) => ({ ...s, [key]: { kind: "failed", message: t("grid.failed") } }));
        setAnnouncement(t("grid.failed"));
      }
    },
    [t, router],
  );

  const commit = (draft: string, row: number, col: number): boolean => {
    const assignment = assignments[col]!;
    const student = students[row]!;
    const key = keyOf(assignment.id, student.studentId);
    const entry = parseEntry(draft, cells[key]);
    if (!entry) {
      setStates((s) => ({
        ...s,
        [key]: { kind: "failed", message: t("grid.unreadable", { typed: draft }) },
      }));
      setAnnouncement(t("grid.unreadable", { typed: draft }));
      return false;
    }
    setEditing(null);
    if (draft.trim() === cellText(cells[key]) && states[key]?.kind !== "stale") return true;
    void save(assignment, student.studentId, entry);
    return true;
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (assignments.length === 0 || students.length === 0) return;
    const { row, col } = activeRef.current;
    if (editingRef.current) {
      if (event.key === "Escape") {
        event.preventDefault();
        setEditing(null);
        focusCell(row, col);
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (commit(editingRef.current!.draft, row, col)) move(event.shiftKey ? row - 1 : row + 1, col);
      } else if (event.key === "Tab") {
        event.preventDefault();
        if (commit(editingRef.current!.draft, row, col)) move(row, event.shiftKey ? col - 1 : col + 1);
      } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (commit(editingRef.current!.draft, row, col))
          move(event.key === "ArrowDown" ? row + 1 : row - 1, col);
      } else if (
        event.key.length === 1 &&
        !(event.target instanceof HTMLInputElement) &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey
      ) {
        // Typed faster than the cell's input appeared: the keys still belong to the entry.
        event.preventDefault();
        setEditing({ draft: editingRef.current!.draft + event.key });
      }
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [row, 0],
      End: [row, assignments.length - 1],
    };
    if (event.key in moves) {
      event.preventDefault();
      const [r, c] = moves[event.key]!;
      move(r, c);
    } else if (event.key === "Tab") {
      const next = event.shiftKey ? col - 1 : col + 1;
      // At the row's edge, Tab leaves the grid as it would any other control.
      if (next < 0 || next >= assignments.length) return;
      event.preventDefault();
      move(row, next);
    } else if (!editable) {
      return;
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      setEditing({ draft: cellText(cells[keyOf(assignments[col]!.id, students[row]!.studentId)]) });
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      commit("", row, col);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing replaces the cell's value, as in a spreadsheet.
      event.preventDefault();
      setEditing({ draft: event.key });
    }
  };

  const onPaste = (event: React.ClipboardEvent) => {
    if (!editable || editingRef.current) return;
    const values = pastedColumn(event.clipboardData.getData("text/plain"));
    if (values.length === 0) return;
    event.preventDefault();
    const { row, col } = activeRef.current;
    const assignment = assignments[col]!;
    let written = 0;
    values.forEach((typed, i) => {
      const student = students[row + i];
      if (!student) return;
      const entry = parseEntry(typed, cells[keyOf(assignment.id, student.studentId)]);
      const key = keyOf(assignment.id, student.studentId);
      if (!entry) {
        setStates((s) => ({ ...s, [key]: { kind: "failed", message: t("grid.unreadable", { typed }) } }));
        return;
      }
      written++;
      void save(assignment, student.studentId, entry);
    });
    setAnnouncement(t("grid.pasted", { count: written, assignment: assignment.name }));
  };

  const onDraft = useCallback((draft: string) => setEditing({ draft }), [setEditing]);
  // The latest commit, for the input's blur (a stable callback, so rows stay memoised).
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });
  const onBlurEdit = useCallback(() => {
    if (editingRef.current)
      commitRef.current(editingRef.current.draft, activeRef.current.row, activeRef.current.col);
  }, []);

  if (assignments.length === 0)
    return (
      <p className="rounded border border-dashed border-slate-400 p-6 text-slate-700">
        {t("grid.noAssignments")}
      </p>
    );
  if (students.length === 0)
    return (
      <p className="rounded border border-dashed border-slate-400 p-6 text-slate-700">
        {t("grid.noStudents")}
      </p>
    );

  const activeStudent = students[active.row]!;
  const activeAssignment = assignments[active.col]!;
  const activeKey = keyOf(activeAssignment.id, activeStudent.studentId);

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700" id="gradebook-help">
        {editable ? t("grid.help") : t("grid.readOnlyHelp")}
      </p>
      <div className="max-h-[70vh] overflow-auto rounded border border-slate-300">
        <table
          ref={grid}
          role="grid"
          aria-label={t("grid.label")}
          aria-describedby="gradebook-help"
          aria-rowcount={students.length + 1}
          aria-colcount={assignments.length + 2}
          className="border-collapse text-sm"
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        >
          <thead className="sticky top-0 z-10 bg-slate-100">
            <tr>
              <th scope="col" className="sticky left-0 z-20 min-w-48 bg-slate-100 px-2 py-1 text-left">
                {t("grid.student")}
              </th>
              <th scope="col" className="px-2 py-1 text-left">
                {t("grid.average")}
              </th>
              {assignments.map((a, col) => (
                <th key={a.id} scope="col" className="min-w-24 px-2 py-1 text-left align-bottom font-medium">
                  <span className="block max-w-32 truncate" title={a.name}>
                    {a.name}
                  </span>
                  <span className="block text-xs font-normal text-slate-700">
                    {a.extraCredit
                      ? t("grid.extraCredit", { points: a.pointsPossible })
                      : t("grid.outOf", { points: a.pointsPossible })}
                    {a.released ? "" : ` · ${t("grid.hidden")}`}
                  </span>
                  <span
                    className="block text-xs font-normal text-slate-700"
                    data-testid={`column-average-${col}`}
                  >
                    {t("grid.classAverage", { value: averages[col] ?? "—" })}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {students.map((s, row) => (
              <GridRow
                key={s.studentId}
                row={row}
                student={s}
                grade={grades.get(s.studentId)!}
                assignments={assignments}
                cells={cells}
                states={states}
                activeCol={active.row === row ? active.col : -1}
                editingDraft={active.row === row && editing ? editing.draft : null}
                onDraft={onDraft}
                onActivate={setActive}
                onBlurEdit={onBlurEdit}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <CellDetails
          key={activeKey}
          classId={classId}
          student={activeStudent}
          assignment={activeAssignment}
          cell={cells[activeKey]}
          state={states[activeKey]}
          editable={editable}
          onComment={(cell) => setCells((c) => ({ ...c, [activeKey]: cell }))}
        />
        <section aria-labelledby="breakdown-title" className="rounded border border-slate-300 p-4">
          <h2 id="breakdown-title" className="font-semibold">
            {t("breakdown.title", { student: activeStudent.name })}
          </h2>
          <GradeBreakdown result={grades.get(activeStudent.studentId)!} assignments={assignments} />
        </section>
      </div>
      {editable ? <ColumnActions assignments={assignments} onDone={() => window.location.reload()} /> : null}
    </div>
  );
}

const stateMark = (state: SaveState | undefined) =>
  state?.kind === "saving" ? "…" : state?.kind === "saved" ? "✓" : state ? "!" : "";

const GridRow = memo(function GridRow({
  row,
  student,
  grade,
  assignments,
  cells,
  states,
  activeCol,
  editingDraft,
  onDraft,
  onActivate,
  onBlurEdit,
}: {
  row: number;
  student: GridStudent;
  grade: GradeResult;
  assignments: AssignmentColumn[];
  cells: Record<string, GradeCell>;
  states: Record<string, SaveState>;
  activeCol: number;
  editingDraft: string | null;
  onDraft: (draft: string) => void;
  onActivate: (cell: { row: number; col: number }) => void;
  onBlurEdit: () => void;
}) {
  const t = useTranslations("gradebook");
  return (
    <tr className="border-t border-slate-200">
      <th scope="row" className="sticky left-0 bg-white px-2 py-1 text-left font-medium">
        {student.name}
      </th>
      <td className="px-2 py-1 whitespace-nowrap" data-testid={`student-average-${row}`}>
        {grade.percentage === null ? "—" : `${grade.percentage} % ${grade.letter}`}
      </td>
      {assignments.map((a, col) => {
        const key = keyOf(a.id, student.studentId);
        const state = states[key];
        const isActive = col === activeCol;
        const text = cellText(cells[key]);
        const label = t("grid.cellLabel", { student: student.name, assignment: a.name });
        return (
          <td
            key={a.id}
            role="gridcell"
            tabIndex={isActive ? 0 : -1}
            data-row={row}
            data-col={col}
            aria-label={`${label}: ${text || t("grid.empty")}`}
            aria-invalid={state?.kind === "failed" || state?.kind === "stale" ? true : undefined}
            title={state && "message" in state ? state.message : undefined}
            onClick={() => onActivate({ row, col })}
            onFocus={() => onActivate({ row, col })}
            className={`relative px-2 py-1 tabular-nums outline-none focus:ring-2 focus:ring-brand focus:ring-inset ${
              state?.kind === "failed" || state?.kind === "stale" ? "bg-red-50" : ""
            } ${isActive ? "bg-sky-50" : ""}`}
          >
            {isActive && editingDraft !== null ? (
              <input
                autoFocus
                aria-label={label}
                value={editingDraft}
                onChange={(e) => onDraft(e.target.value)}
                onBlur={onBlurEdit}
                className="w-16 border border-slate-500 px-1"
                onFocus={(e) => e.target.setSelectionRange(e.target.value.length, e.target.value.length)}
              />
            ) : (
              <span>{text}</span>
            )}
            <span
              aria-hidden="true"
              className="ml-1 text-xs text-slate-700"
              data-state={state?.kind ?? "idle"}
            >
              {stateMark(state)}
            </span>
          </td>
        );
      })}
    </tr>
  );
});
