"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { z } from "zod";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { DialogButton, DialogForm, type OpenDialog } from "@/components/ui/dialog-form";
import { TextField } from "@/components/ui/text-field";
import { changeStudentStatusAction } from "../actions";
import { useVocabulary } from "@/i18n/use-vocabulary";
import { STUDENT_STATUSES, statusChangeSchema } from "../schemas";

type Values = z.input<typeof statusChangeSchema>;

interface Props {
  studentId: string;
  current: string;
  today: string;
}

/** Withdraw, transfer, graduate (or return): a dialog with the new status and the day it took effect. */
export function StudentStatusForm(props: Props) {
  const t = useTranslations("students");
  return (
    <DialogButton
      label={t("status.change")}
      triggerClassName="rounded border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100"
    >
      {(dialog) => <StatusDialog {...props} dialog={dialog} />}
    </DialogButton>
  );
}

function StatusDialog({ studentId, current, today, dialog }: Props & { dialog: OpenDialog }) {
  const t = useTranslations("students");
  const v = useVocabulary();
  const router = useRouter();
  const { form, onSubmit, busy, formError } = useActionForm(statusChangeSchema, changeStudentStatusAction, {
    defaultValues: { id: studentId, status: "" as Values["status"], effectiveDate: today, note: "" },
    onSuccess: () => {
      dialog.close();
      router.refresh();
    },
  });
  const {
    register,
    formState: { errors },
  } = form;

  const options = v.options(
    STUDENT_STATUSES.filter((s) => s !== current),
    v.studentStatus,
  );
  return (
    <DialogForm
      dialog={dialog}
      title={t("status.change")}
      submitLabel={t("status.save")}
      busy={busy}
      formError={formError}
      onSubmit={onSubmit}
    >
      <p className="text-sm text-slate-700">{t("status.now", { status: v.studentStatus(current) })}</p>
      <SelectField
        id="status-new"
        label={t("status.new")}
        placeholder={t("form.choose")}
        options={options}
        registration={register("status")}
        error={errors.status?.message}
      />
      <TextField
        id="status-date"
        label={t("status.effectiveDate")}
        type="date"
        registration={register("effectiveDate")}
        error={errors.effectiveDate?.message}
      />
      <TextField
        id="status-note"
        label={t("status.note")}
        registration={register("note")}
        error={errors.note?.message}
        placeholder={t("status.notePlaceholder")}
      />
    </DialogForm>
  );
}
