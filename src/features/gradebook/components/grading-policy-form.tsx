"use client";
// The school's GPA policy: grade points per letter (default 4.0), what honours, AP and IB add to
// the weighted GPA, the lowest passing letter (credit is earned from it up), and class rank and
// honour roll, off unless the school turns them on.
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { CheckboxField, FormSection } from "@/components/ui/form-fields";
import { SelectField } from "@/components/ui/select-field";
import { FormErrors, FormSaved, SubmitButton, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveGradingPolicyAction } from "../actions";
import { gradingPolicySchema } from "../schemas";

export function GradingPolicyForm({ initial }: { initial: z.input<typeof gradingPolicySchema> }) {
  const t = useTranslations("grading.policy");
  const f = useTranslations("forms");
  const { form, onSubmit, busy, formError, error, saved } = useActionForm(
    gradingPolicySchema,
    saveGradingPolicyAction,
    {
      defaultValues: initial,
      saved: f("changesSaved"),
    },
  );
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6">
      <FormErrors
        id="policy-errors"
        formError={formError}
        fieldErrorCount={Object.keys(formState.errors).length}
      />
      <FormSaved message={saved} />
      <FormSection title={t("points")}>
        <div className="grid grid-cols-3 gap-3 sm:col-span-2 sm:grid-cols-5">
          {initial.gradePoints.map((g, i) => (
            <div key={g.letter}>
              <input type="hidden" {...register(`gradePoints.${i}.letter`)} />
              <TextField
                id={`policy-points-${i}`}
                label={t("pointsFor", { letter: g.letter })}
                inputMode="decimal"
                registration={register(`gradePoints.${i}.points`)}
                error={formState.errors.gradePoints?.[i]?.points?.message}
              />
            </div>
          ))}
        </div>
        <SelectField
          id="policy-passing"
          label={t("passingLetter")}
          registration={register("passingLetter")}
          error={error("passingLetter")}
          options={initial.gradePoints.map((g) => ({ value: g.letter, label: g.letter }))}
        />
      </FormSection>
      <FormSection title={t("bumps")}>
        <TextField
          id="policy-honors"
          label={t("honorsBump")}
          inputMode="decimal"
          registration={register("honorsBump")}
          error={error("honorsBump")}
        />
        <TextField
          id="policy-ap"
          label={t("apBump")}
          inputMode="decimal"
          registration={register("apBump")}
          error={error("apBump")}
        />
        <TextField
          id="policy-ib"
          label={t("ibBump")}
          inputMode="decimal"
          registration={register("ibBump")}
          error={error("ibBump")}
        />
      </FormSection>
      <FormSection title={t("standing")}>
        <CheckboxField id="policy-rank" label={t("classRank")} registration={register("classRank")} />
        <CheckboxField id="policy-honor" label={t("honorRoll")} registration={register("honorRoll")} />
        <TextField
          id="policy-honor-min"
          label={t("honorRollMinimum")}
          inputMode="decimal"
          registration={register("honorRollMinimum")}
          error={error("honorRollMinimum")}
        />
      </FormSection>
      <SubmitButton busy={busy} label={f("saveChanges")} busyLabel={f("saving")} />
    </form>
  );
}
