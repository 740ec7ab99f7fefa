"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { DialogForm } from "@/components/ui/dialog-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { endEnrollmentAction } from "../actions";
import { END_STATUSES, endEnrollmentSchema } from "../schemas";

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
  const t = useTranslations("enrollments");
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
      label={t("end.label")}
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
