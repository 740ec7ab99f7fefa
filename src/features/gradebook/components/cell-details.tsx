"use client";
// The selected cell, in full: what it holds, whether it saved (or who changed it meanwhile), the
// teacher's comment on this grade and on the student, and the assignment's own page.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveGradeCommentAction, saveStudentCommentAction } from "../actions";
import { cellText } from "../cell-entry";
import type { AssignmentColumn, GradeCell } from "../grade-inputs";
import type { GridStudent } from "./gradebook-grid";

function CommentBox({
  id,
  label,
  initial,
  disabled,
  save,
}: {
  id: string;
  label: string;
  initial: string;
  disabled: boolean;
  save: (comment: string) => Promise<string | null>;
}) {
  const t = useTranslations("gradebook.details");
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        value={text}
        disabled={disabled}
        maxLength={2000}
        rows={2}
        onChange={(e) => setText(e.target.value)}
        className="mt-1 w-full rounded border border-slate-400 px-2 py-1 text-sm"
      />
      <div className="flex items-center gap-2">
        <button
          type="button"
          disabled={disabled || busy || text === initial}
          onClick={async () => {
            setBusy(true);
            setStatus(null);
            try {
              setStatus((await save(text)) ?? t("commentSaved"));
            } catch {
              setStatus(t("commentFailed"));
            } finally {
              setBusy(false);
            }
          }}
          className="rounded border border-slate-500 px-3 py-1 text-sm font-medium disabled:opacity-60"
        >
          {busy ? t("saving") : t("saveComment")}
        </button>
        <span role="status" className="text-sm text-slate-700">
          {status}
        </span>
      </div>
    </div>
  );
}

export function CellDetails({
  classId,
  student,
  assignment,
  cell,
  state,
  editable,
  onComment,
}: {
  classId: string;
  student: GridStudent;
  assignment: AssignmentColumn;
  cell: GradeCell | undefined;
  state: { kind: string; message?: string } | undefined;
  editable: boolean;
  onComment: (cell: GradeCell) => void;
}) {
  const t = useTranslations("gradebook.details");
  return (
    <section aria-labelledby="cell-details-title" className="space-y-3 rounded border border-slate-300 p-4">
      <h2 id="cell-details-title" className="font-semibold">
        {t("title", { student: student.name, assignment: assignment.name })}
      </h2>
      <p className="text-sm">
        {t("value", { value: cellText(cell) || t("empty") })}
        {cell?.changedBy ? ` · ${t("changedBy", { who: cell.changedBy })}` : ""}
        {" · "}
        <Link href={`/classes/${classId}/gradebook/assignments/${assignment.id}`} className="underline">
          {t("editAssignment")}
        </Link>
      </p>
      {state?.message ? (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-900">
          {state.message}
        </p>
      ) : null}
      <CommentBox
        id="grade-comment"
        label={t("gradeComment")}
        initial={cell?.comment ?? ""}
        disabled={!editable || !cell}
        save={async (comment) => {
          const result = await saveGradeCommentAction({
            assignmentId: assignment.id,
            studentId: student.studentId,
            comment,
          });
          if (!result.ok)
            return result.fieldErrors?.comment?.join(" ") ?? result.formError ?? t("commentFailed");
          if (result.data) onComment(result.data);
          return null;
        }}
      />
      <CommentBox
        id="student-comment"
        label={t("studentComment")}
        initial={student.comment ?? ""}
        disabled={!editable}
        save={async (comment) => {
          const result = await saveStudentCommentAction({
            classId,
            enrollmentId: student.enrollmentId,
            comment,
          });
          return result.ok ? null : (result.formError ?? t("commentFailed"));
        }}
      />
    </section>
  );
}
