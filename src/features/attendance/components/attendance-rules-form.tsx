"use client";
// How period marks make a day, and the family messages' wait.
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { CheckboxField, FormSection } from "@/components/ui/form-fields";
import { FormErrors, FormSaved, SubmitButton, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveAttendanceRulesAction } from "../actions";
import { attendanceRulesSchema } from "../schemas";

export function AttendanceRulesForm({ initial }: { initial: z.input<typeof attendanceRulesSchema> }) {
  const t = useTranslations("attendance.settings");
  const f = useTranslations("forms");
  const { form, onSubmit, busy, formError, error, saved } = useActionForm(
    attendanceRulesSchema,
    saveAttendanceRulesAction,
    { defaultValues: initial, saved: f("changesSaved") },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6">
      <FormErrors
        id="rules-errors"
        formError={formError}
        fieldErrorCount={Object.keys(form.formState.errors).length}
      />
      <FormSaved message={saved} />
      <FormSection title={t("dayRule")}>
        <p className="text-sm text-slate-700 sm:col-span-2">{t("dayRuleHelp")}</p>
        <TextField
          id="rules-full"
          label={t("fullDayPercent")}
          inputMode="numeric"
          registration={form.register("fullDayPercent")}
          error={error("fullDayPercent")}
        />
        <TextField
          id="rules-half"
          label={t("halfDayPercent")}
          inputMode="numeric"
          registration={form.register("halfDayPercent")}
          error={error("halfDayPercent")}
        />
      </FormSection>
      <FormSection title={t("alerts")}>
        <CheckboxField
          id="rules-alerts"
          label={t("alertsEnabled")}
          registration={form.register("alertsEnabled")}
        />
        <TextField
          id="rules-delay"
          label={t("alertDelayMinutes")}
          inputMode="numeric"
          registration={form.register("alertDelayMinutes")}
          error={error("alertDelayMinutes")}
        />
      </FormSection>
      <SubmitButton busy={busy} label={f("saveChanges")} busyLabel={f("saving")} />
    </form>
  );
}
