"use client";
// The front desk records what it was told: a parent's call about an absence (one day or several),
// a late arrival or an early dismissal at a time. It shows on the teacher's register that day.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { DialogButton, DialogForm, type OpenDialog } from "@/components/ui/dialog-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { addNoticeAction } from "../actions";
import { noticeSchema } from "../schemas";

type Kind = "absence" | "late_arrival" | "early_dismissal";
interface Props {
  studentId: string;
  kind: Kind;
  today: string;
  codes: { id: string; label: string }[];
}

export function NoticeButton({ label, ...props }: Props & { label: string }) {
  return (
    <DialogButton
      label={label}
      triggerClassName="min-h-11 rounded border border-slate-400 px-3 text-sm font-medium hover:bg-slate-100"
    >
      {(dialog) => <NoticeForm {...props} dialog={dialog} />}
    </DialogButton>
  );
}

function NoticeForm({ studentId, kind, today, codes, dialog }: Props & { dialog: OpenDialog }) {
  const t = useTranslations("attendance.student");
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, busy, formError, error } = useActionForm(noticeSchema, addNoticeAction, {
    defaultValues: {
      studentId,
      kind,
      startsOn: today,
      endsOn: kind === "absence" ? today : "",
      at: "",
      codeId: codes[0]?.id ?? "",
      reason: "",
      reportedBy: "",
    },
    onSuccess: () => {
      dialog.close();
      router.refresh();
    },
  });
  return (
    <DialogForm
      dialog={dialog}
      title={t(`noticeTitle.${kind}`)}
      submitLabel={t("record")}
      busy={busy}
      formError={formError}
      onSubmit={onSubmit}
    >
      <TextField
        id={`${id}-from`}
        type="date"
        label={kind === "absence" ? t("from") : t("on")}
        registration={form.register("startsOn")}
        error={error("startsOn")}
      />
      {kind === "absence" ? (
        <TextField
          id={`${id}-to`}
          type="date"
          label={t("to")}
          registration={form.register("endsOn")}
          error={error("endsOn")}
        />
      ) : (
        <TextField
          id={`${id}-at`}
          type="time"
          label={t("at")}
          registration={form.register("at")}
          error={error("at")}
        />
      )}
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
      <TextField
        id={`${id}-who`}
        label={t("reportedBy")}
        registration={form.register("reportedBy")}
        error={error("reportedBy")}
      />
    </DialogForm>
  );
}
