"use client";
// Adding or changing one of the school's attendance codes: its short code, its name, the seed's
// status it is stored with, and what it counts as. Retiring a code keeps the marks that use it.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { DialogButton, DialogForm, type OpenDialog } from "@/components/ui/dialog-form";
import { CheckboxField } from "@/components/ui/form-fields";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { ATTENDANCE_STATUSES, PRESENCES } from "@/lib/attendance-day";
import type { z } from "zod";
import { saveCodeAction } from "../actions";
import { codeSchema } from "../schemas";

type Values = z.input<typeof codeSchema>;

export function CodeButton({ label, initial }: { label: string; initial: Values }) {
  return (
    <DialogButton label={label}>{(dialog) => <CodeForm initial={initial} dialog={dialog} />}</DialogButton>
  );
}

function CodeForm({ initial, dialog }: { initial: Values; dialog: OpenDialog }) {
  const t = useTranslations("attendance.settings");
  const s = useTranslations("attendance.register.status");
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, busy, formError, error } = useActionForm(codeSchema, saveCodeAction, {
    defaultValues: initial,
    onSuccess: () => {
      dialog.close();
      router.refresh();
    },
  });
  return (
    <DialogForm
      dialog={dialog}
      title={initial.id ? t("editCode", { code: initial.code }) : t("addCode")}
      submitLabel={t("saveCode")}
      busy={busy}
      formError={formError}
      onSubmit={onSubmit}
    >
      <TextField
        id={`${id}-code`}
        label={t("code")}
        registration={form.register("code")}
        error={error("code")}
      />
      <TextField
        id={`${id}-name`}
        label={t("name")}
        registration={form.register("name")}
        error={error("name")}
      />
      <SelectField
        id={`${id}-status`}
        label={t("status")}
        options={ATTENDANCE_STATUSES.map((v) => ({ value: v, label: s(v) }))}
        registration={form.register("status")}
        error={error("status")}
      />
      <SelectField
        id={`${id}-counts`}
        label={t("countsAs")}
        options={PRESENCES.map((v) => ({ value: v, label: s(v) }))}
        registration={form.register("countsAs")}
        error={error("countsAs")}
      />
      <CheckboxField id={`${id}-active`} label={t("active")} registration={form.register("isActive")} />
    </DialogForm>
  );
}
