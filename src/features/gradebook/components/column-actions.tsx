"use client";
// One change to a whole column: excuse everyone, mark the empty cells missing, give every empty
// cell one score, or clear the column, confirmed first.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { bulkColumnAction } from "../actions";
import type { AssignmentColumn } from "../grade-inputs";

type BulkAction = "excuse" | "missing" | "score" | "clear";

export function ColumnActions({
  assignments,
  onDone,
}: {
  assignments: AssignmentColumn[];
  onDone: () => void;
}) {
  const t = useTranslations("gradebook.bulk");
  const id = useId();
  const [assignmentId, setAssignmentId] = useState(assignments[assignments.length - 1]?.id ?? "");
  const [action, setAction] = useState<BulkAction>("missing");
  const [points, setPoints] = useState("");
  const [onlyEmpty, setOnlyEmpty] = useState(true);
  const assignment = assignments.find((a) => a.id === assignmentId);
  return (
    <section aria-labelledby={`${id}-title`} className="rounded border border-slate-300 p-4">
      <h2 id={`${id}-title`} className="font-semibold">
        {t("title")}
      </h2>
      <div className="mt-2 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          {t("assignment")}
          <select
            value={assignmentId}
            onChange={(e) => setAssignmentId(e.target.value)}
            className="rounded border border-slate-400 px-2 py-1"
          >
            {assignments.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          {t("action")}
          <select
            value={action}
            onChange={(e) => setAction(e.target.value as BulkAction)}
            className="rounded border border-slate-400 px-2 py-1"
          >
            {(["missing", "excuse", "score", "clear"] as const).map((a) => (
              <option key={a} value={a}>
                {t(`actions.${a}`)}
              </option>
            ))}
          </select>
        </label>
        {action === "score" ? (
          <label className="flex flex-col">
            {t("points")}
            <input
              value={points}
              inputMode="decimal"
              onChange={(e) => setPoints(e.target.value)}
              className="w-24 rounded border border-slate-400 px-2 py-1"
            />
          </label>
        ) : null}
        {action !== "clear" ? (
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={onlyEmpty} onChange={(e) => setOnlyEmpty(e.target.checked)} />
            {t("onlyEmpty")}
          </label>
        ) : null}
        <ConfirmButton
          label={t("apply")}
          title={t("confirmTitle", { assignment: assignment?.name ?? "" })}
          confirmLabel={t("apply")}
          tone={action === "clear" ? "danger" : "neutral"}
          className="rounded bg-brand px-3 py-1 font-semibold text-brand-contrast"
          onConfirm={async () => {
            const result = await bulkColumnAction({
              assignmentId,
              action,
              points,
              onlyEmpty: action === "clear" ? false : onlyEmpty,
            });
            if (!result.ok) return result.fieldErrors?.points?.join(" ") ?? result.formError ?? t("failed");
            onDone();
          }}
        >
          {t(`confirm.${action}`, { assignment: assignment?.name ?? "", points })}
        </ConfirmButton>
      </div>
    </section>
  );
}
