"use client";
// Posting a period's grades (confirmed: posted grades are locked and go on report cards), and
// reopening them, which needs a reason and is audited.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { DialogButton, DialogForm, type OpenDialog } from "@/components/ui/dialog-form";
import { TextAreaField } from "@/components/ui/form-fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { postGradesAction, reopenGradesAction } from "../actions";
import { reopenGradesSchema } from "../schemas";

export function PostControls({
  classId,
  period,
  locked,
  canPost,
  canReopen,
}: {
  classId: string;
  period: { id: string; name: string };
  locked: boolean;
  canPost: boolean;
  canReopen: boolean;
}) {
  const t = useTranslations("gradebook.posting");
  const router = useRouter();
  if (locked)
    return canReopen ? (
      <DialogButton label={t("reopen")}>
        {(dialog) => <ReopenForm classId={classId} period={period} dialog={dialog} />}
      </DialogButton>
    ) : null;
  if (!canPost) return null;
  return (
    <ConfirmButton
      label={t("post", { period: period.name })}
      title={t("confirmTitle", { period: period.name })}
      confirmLabel={t("postNow")}
      tone="neutral"
      className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast"
      onConfirm={async () => {
        const result = await postGradesAction({ classId, gradingPeriodId: period.id });
        if (!result.ok) return result.formError ?? t("failed");
        router.refresh();
      }}
    >
      {t("confirmBody")}
    </ConfirmButton>
  );
}

function ReopenForm({
  classId,
  period,
  dialog,
}: {
  classId: string;
  period: { id: string; name: string };
  dialog: OpenDialog;
}) {
  const t = useTranslations("gradebook.posting");
  const router = useRouter();
  const { form, onSubmit, busy, formError, error } = useActionForm(reopenGradesSchema, reopenGradesAction, {
    defaultValues: { classId, gradingPeriodId: period.id, reason: "" },
    onSuccess: () => {
      dialog.close();
      router.refresh();
    },
  });
  return (
    <DialogForm
      dialog={dialog}
      title={t("reopenTitle", { period: period.name })}
      submitLabel={t("reopen")}
      busy={busy}
      formError={formError}
      onSubmit={onSubmit}
    >
      <TextAreaField
        id="reopen-reason"
        label={t("reason")}
        hint={t("reasonHint")}
        maxLength={500}
        registration={form.register("reason")}
        error={error("reason")}
      />
    </DialogForm>
  );
}
