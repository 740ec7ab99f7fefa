"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { DialogForm } from "@/components/ui/dialog-form";
import { TextField } from "@/components/ui/text-field";
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

  const options = STUDENT_STATUSES.filter((s) => s !== current).map((s) => ({
    value: s,
    label: STATUS_LABELS[s]!,
  }));
  return (
    <DialogForm
      open={open}
      onOpenChange={setOpen}
      label="Change status"
      title="Change status"
      submitLabel="Save status"
      busy={busy}
      formError={formError}
      onSubmit={onSubmit}
      triggerClassName="rounded border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100"
    >
      <p className="text-sm text-slate-700">
        Now: {STATUS_LABELS[current] ?? current}. Withdrawing, transferring or graduating also ends the
        student&apos;s current class enrolments on that day.
      </p>
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
    </DialogForm>
  );
}
