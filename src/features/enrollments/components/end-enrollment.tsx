"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { DialogForm } from "@/components/ui/dialog-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { endEnrollmentAction } from "../actions";
import { END_LABELS, END_STATUSES, endEnrollmentSchema } from "../schemas";

const HOW = END_STATUSES.map((s) => ({ value: s, label: END_LABELS[s]! }));

/** Drop, withdraw or complete one enrolment, on a chosen day, after confirmation. */
export function EndEnrollment({
  enrollmentId,
  studentName,
  today,
}: {
  enrollmentId: string;
  studentName: string;
  today: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const id = useId();
  const { form, onSubmit, busy, formError, error } = useActionForm(endEnrollmentSchema, endEnrollmentAction, {
    defaultValues: { enrollmentId, status: "dropped", date: today },
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  return (
    <DialogForm
      open={open}
      onOpenChange={setOpen}
      label="End enrolment"
      title={`End ${studentName}'s enrolment?`}
      submitLabel="End enrolment"
      busyLabel="Working…"
      busy={busy}
      formError={formError}
      onSubmit={onSubmit}
    >
      <SelectField
        id={`${id}-how`}
        label="How"
        options={HOW}
        registration={form.register("status")}
        error={error("status")}
      />
      <TextField
        id={`${id}-date`}
        label="On"
        type="date"
        registration={form.register("date")}
        error={error("date")}
      />
    </DialogForm>
  );
}
