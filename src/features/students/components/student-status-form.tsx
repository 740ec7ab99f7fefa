"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormAlert, TextField } from "@/components/ui/text-field";
import { changeStudentStatusAction } from "../actions";
import { STATUS_LABELS, STUDENT_STATUSES, statusChangeSchema } from "../schemas";

type Values = z.input<typeof statusChangeSchema>;

/** Withdraw, transfer, graduate (or return): a dialog with the new status and the day it took effect. */
export function StudentStatusForm({
  studentId,
  current,
  today,
}: {
  studentId: string;
  current: string;
  today: string;
}) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const { form, onSubmit, busy, formError } = useActionForm(statusChangeSchema, changeStudentStatusAction, {
    defaultValues: { id: studentId, status: "" as Values["status"], effectiveDate: today, note: "" },
    onSuccess: () => {
      setOpen(false);
      form.reset();
      router.refresh();
    },
  });
  const {
    register,
    formState: { errors },
  } = form;
  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);

  const options = STUDENT_STATUSES.filter((s) => s !== current).map((s) => ({
    value: s,
    label: STATUS_LABELS[s]!,
  }));
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100"
      >
        Change status
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="status-title"
        onClose={() => setOpen(false)}
        className="m-auto w-full max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/50"
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <h2 id="status-title" className="text-lg font-semibold">
            Change status
          </h2>
          <p className="text-sm text-slate-700">
            Now: {STATUS_LABELS[current] ?? current}. Withdrawing, transferring or graduating also ends the
            student&apos;s current class enrolments on that day.
          </p>
          {formError ? <FormAlert id="status-error">{formError}</FormAlert> : null}
          <SelectField
            id="status-new"
            label="New status"
            placeholder="Choose"
            options={options}
            registration={register("status")}
            error={errors.status?.message}
          />
          <TextField
            id="status-date"
            label="Takes effect on"
            type="date"
            registration={register("effectiveDate")}
            error={errors.effectiveDate?.message}
          />
          <TextField
            id="status-note"
            label="Note (optional)"
            registration={register("note")}
            error={errors.note?.message}
            placeholder="e.g. moved to Springfield Middle"
          />
          <div className="flex justify-end gap-3">
            <button
              type="button"
              onClick={() => setOpen(false)}
              className="rounded border border-slate-400 px-4 py-2 font-medium"
            >
              Cancel
            </button>
            <button
              type="submit"
              disabled={busy}
              className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60"
            >
              {busy ? "Saving…" : "Save status"}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
