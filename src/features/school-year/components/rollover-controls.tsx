"use client";
// The rollover's controls: hold a student back or mark one as leaving, start the rollover (after
// a confirmation), and follow its progress while the job runner applies it.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { TextAreaField } from "@/components/ui/form-fields";
import { SelectField } from "@/components/ui/select-field";
import { FormAlert, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { previewRolloverAction, setRolloverChoiceAction, startRolloverAction } from "../actions";
import { rolloverChoiceSchema, startRolloverSchema } from "../schemas";

export function RolloverChoiceForm({ yearId }: { yearId: string }) {
  const t = useTranslations("schoolYear.rollover");
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, busy, formError, saved, error } = useActionForm(
    rolloverChoiceSchema,
    setRolloverChoiceAction,
    {
      defaultValues: { yearId, studentNumber: "", choice: "retain" },
      saved: t("choiceSaved"),
      onSuccess: () => {
        form.reset({ yearId, studentNumber: "", choice: "retain" });
        router.refresh();
      },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      {formError ? <FormAlert id={`${id}-error`}>{formError}</FormAlert> : null}
      <TextField
        id={`${id}-student`}
        label={t("studentNumber")}
        registration={form.register("studentNumber")}
        error={error("studentNumber")}
      />
      <SelectField
        id={`${id}-choice`}
        label={t("choice")}
        registration={form.register("choice")}
        error={error("choice")}
        options={(["retain", "leave", "promote"] as const).map((c) => ({
          value: c,
          label: t(`choices.${c}`),
        }))}
      />
      <button
        type="submit"
        disabled={busy}
        className="rounded border border-slate-400 px-4 py-2 font-medium disabled:opacity-60"
      >
        {busy ? t("saving") : t("saveChoice")}
      </button>
      {saved ? (
        <p role="status" className="text-green-900">
          {saved}
        </p>
      ) : null}
    </form>
  );
}

export function StartRollover({
  yearId,
  fromYear,
  toYear,
}: {
  yearId: string;
  fromYear: string;
  toYear: string;
}) {
  const t = useTranslations("schoolYear.rollover");
  const router = useRouter();
  const id = useId();
  const [preview, setPreview] = useState<{ enrollments: number; enrollmentsOverCapacity: number } | null>(
    null,
  );
  const { form, onSubmit, busy, formError, error } = useActionForm(
    startRolloverSchema,
    previewRolloverAction,
    {
      defaultValues: { yearId, copyEnrollments: false, mapping: "" },
      onSuccess: (plan) => setPreview(plan ?? null),
    },
  );
  const copying = form.watch("copyEnrollments");
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      {formError ? <FormAlert id={`${id}-error`}>{formError}</FormAlert> : null}
      <label className="flex items-center gap-2">
        <input type="checkbox" {...form.register("copyEnrollments", { onChange: () => setPreview(null) })} />
        {t("copyEnrollments")}
      </label>
      {copying ? (
        <>
          <TextAreaField
            id={`${id}-mapping`}
            label={t("mapping")}
            hint={t("mappingHint")}
            rows={4}
            registration={form.register("mapping", { onChange: () => setPreview(null) })}
            error={error("mapping")}
          />
          <button
            type="submit"
            disabled={busy}
            className="rounded border border-slate-400 px-4 py-2 font-medium disabled:opacity-60"
          >
            {busy ? t("previewing") : t("previewEnrollments")}
          </button>
          {preview ? (
            <p role="status">
              {t("enrollmentPreview", { count: preview.enrollments, full: preview.enrollmentsOverCapacity })}
            </p>
          ) : null}
        </>
      ) : null}
      <ConfirmButton
        label={t("apply", { from: fromYear, to: toYear })}
        title={t("confirmTitle", { to: toYear })}
        confirmLabel={t("confirm")}
        tone="neutral"
        className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast"
        onConfirm={async () => {
          const values = form.getValues();
          const result = await startRolloverAction({ ...values, yearId });
          if (!result.ok) {
            const mapping = result.fieldErrors?.mapping?.join(" ");
            if (mapping) form.setError("mapping", { message: mapping });
            return mapping ?? result.formError ?? t("failedToStart");
          }
          router.refresh();
        }}
      >
        <p>{t("confirmText", { from: fromYear, to: toYear })}</p>
      </ConfirmButton>
    </form>
  );
}

/** While the job runs, the page reads its progress again every two seconds. */
export function RefreshWhileRunning() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
