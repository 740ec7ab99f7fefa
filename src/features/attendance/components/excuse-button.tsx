"use client";
// The office excuses a student's day: every unexcused absence or tardy of it takes an excusing
// code and the reason the family gave. A family message still waiting is stopped.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { DialogButton, DialogForm, type OpenDialog } from "@/components/ui/dialog-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { excuseAction } from "../actions";
import { excuseSchema } from "../schemas";

interface Props {
  studentId: string;
  studentName: string;
  day: string;
  codes: { id: string; label: string }[];
}

export function ExcuseButton({ label, ...props }: Props & { label: string }) {
  return <DialogButton label={label}>{(dialog) => <ExcuseForm {...props} dialog={dialog} />}</DialogButton>;
}

function ExcuseForm({ studentId, studentName, day, codes, dialog }: Props & { dialog: OpenDialog }) {
  const t = useTranslations("attendance.day");
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, busy, formError, error } = useActionForm(excuseSchema, excuseAction, {
    defaultValues: { studentId, day, codeId: codes[0]?.id ?? "", reason: "" },
    onSuccess: () => {
      dialog.close();
      router.refresh();
    },
  });
  return (
    <DialogForm
      dialog={dialog}
      title={t("excuseTitle", { name: studentName })}
      submitLabel={t("excuse")}
      busyLabel={t("excusing")}
      busy={busy}
      formError={formError}
      onSubmit={onSubmit}
    >
      <SelectField
        id={`${id}-code`}
        label={t("code")}
        options={codes.map((c) => ({ value: c.id, label: c.label }))}
        registration={form.register("codeId")}
        error={error("codeId")}
      />
      <TextField
        id={`${id}-reason`}
        label={t("reason")}
        registration={form.register("reason")}
        error={error("reason")}
      />
    </DialogForm>
  );
}
