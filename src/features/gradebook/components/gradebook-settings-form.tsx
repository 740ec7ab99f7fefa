"use client";
// How a class's grade is worked out: points or weighted categories, lowest scores dropped per
// category, whether ungraded past-due work counts zero, a late penalty, and how the course counts
// toward GPA. Weights are set with the class (its categories); here they are shown, with a
// warning when they do not add up to 100.
import { useTranslations } from "next-intl";
import { CheckboxField, FormSection } from "@/components/ui/form-fields";
import { SelectField } from "@/components/ui/select-field";
import { FormErrors, FormSaved, SubmitButton, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { COURSE_LEVELS } from "@/lib/gpa";
import type { z } from "zod";
import { saveGradebookSettingsAction } from "../actions";
import { gradebookSettingsSchema } from "../schemas";

export function GradebookSettingsForm({
  initial,
  weights,
}: {
  initial: z.input<typeof gradebookSettingsSchema>;
  weights: { name: string; weight: string }[];
}) {
  const t = useTranslations("gradebook.settings");
  const f = useTranslations("forms");
  const { form, onSubmit, busy, formError, error, saved } = useActionForm(
    gradebookSettingsSchema,
    saveGradebookSettingsAction,
    {
      defaultValues: initial,
      saved: f("changesSaved"),
    },
  );
  const { register, formState } = form;
  const total = weights.reduce((sum, w) => sum + Number(w.weight), 0);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6">
      <FormErrors
        id="settings-errors"
        formError={formError}
        fieldErrorCount={Object.keys(formState.errors).length}
      />
      <FormSaved message={saved} />
      <FormSection title={t("calculation")}>
        <SelectField
          id="settings-mode"
          label={t("mode")}
          registration={register("mode")}
          error={error("mode")}
          options={[
            { value: "weighted", label: t("modes.weighted") },
            { value: "points", label: t("modes.points") },
          ]}
        />
        <div>
          <p className="text-sm font-medium">{t("weights")}</p>
          <ul className="text-sm text-slate-700">
            {weights.map((w) => (
              <li key={w.name}>
                {w.name}: {w.weight}
              </li>
            ))}
          </ul>
          {weights.length && Math.abs(total - 100) > 1e-9 ? (
            <p role="status" className="text-sm font-semibold text-amber-900">
              {t("weightsWarning", { total })}
            </p>
          ) : null}
        </div>
        {initial.dropLowest.map((d, i) => (
          <div key={d.category}>
            <input type="hidden" {...register(`dropLowest.${i}.category`)} />
            <TextField
              id={`settings-drop-${i}`}
              type="number"
              min={0}
              max={20}
              label={t("dropLowest", { category: d.category })}
              registration={register(`dropLowest.${i}.count`)}
              error={formState.errors.dropLowest?.[i]?.count?.message}
            />
          </div>
        ))}
        <CheckboxField
          id="settings-zero"
          label={t("ungradedPastDueCountsZero")}
          registration={register("ungradedPastDueCountsZero")}
        />
        <TextField
          id="settings-late"
          label={t("latePenalty")}
          inputMode="decimal"
          registration={register("latePenaltyPercent")}
          error={error("latePenaltyPercent")}
        />
      </FormSection>
      <FormSection title={t("gpa")}>
        <SelectField
          id="settings-level"
          label={t("courseLevel")}
          registration={register("courseLevel")}
          error={error("courseLevel")}
          options={COURSE_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
        />
        <CheckboxField id="settings-gpa" label={t("countsInGpa")} registration={register("countsInGpa")} />
      </FormSection>
      <SubmitButton busy={busy} label={f("saveChanges")} busyLabel={f("saving")} />
    </form>
  );
}
