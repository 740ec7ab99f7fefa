"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { DialogButton, DialogForm, type OpenDialog } from "@/components/ui/dialog-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { endEnrollmentAction } from "../actions";
import { END_STATUSES, endEnrollmentSchema } from "../schemas";

interface Props {
  enrollmentId: string;
  studentName: string;
  today: string;
}

/**
 * Drop, withdraw or complete one enrolment, on a chosen day, after confirmation.
 * The button takes its words from the page (one translator for the roster, not two per row);
 * the form and its translator mount when the dialog opens.
 */
export function EndEnrollment({ label, ...props }: Props & { label: string }) {
  return <DialogButton label={label}>{(dialog) => <EndForm {...props} dialog={dialog} />}</DialogButton>;
}

function EndForm({ enrollmentId, studentName, today, dialog }: Props & { dialog: OpenDialog }) {
  const t = useTranslations("enrollments");
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, busy, formError, error } = useActionForm(endEnrollmentSchema, endEnrollmentAction, {
    defaultValues: { enrollmentId, status: "dropped", date: today },
    onSuccess: () => {
      dialog.close();
      router.refresh();
    },
  });
  return (
    <DialogForm
      dialog={dialog}
      title={t("end.title", { name: studentName })}
      submitLabel={t("end.label")}
      busyLabel={t("end.working")}
      busy={busy}
      formError={formError}
      onSubmit={onSubmit}
    >
      <SelectField
        id={`${id}-how`}
        label={t("end.how")}
        options={END_STATUSES.map((s) => ({ value: s, label: t(`end.${s}`) }))}
        registration={form.register("status")}
        error={error("status")}
      />
      <TextField
        id={`${id}-date`}
        label={t("end.on")}
        type="date"
        registration={form.register("date")}
        error={error("date")}
      />
    </DialogForm>
  );
}
