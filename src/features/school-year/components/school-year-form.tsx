"use client";
// A school year and its grading periods, edited together: the rows of the hierarchy (a semester,
// then its quarters, each with its dates and weight), checked by the same rules as the action, so
// an overlap, a gap or a date outside the year shows on the period's own field.
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { FormSection } from "@/components/ui/form-fields";
import { FormErrors, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createSchoolYearAction, updateSchoolYearAction } from "../actions";
import { schoolYearSchema, type SchoolYearInput } from "../schemas";

export function SchoolYearForm({ yearId, initial }: { yearId?: string; initial: SchoolYearInput }) {
  const t = useTranslations("schoolYear");
  const f = useTranslations("forms");
  const { form, onSubmit, busy, formError, error } = useActionForm(
    schoolYearSchema,
    yearId ? updateSchoolYearAction : createSchoolYearAction,
    {
      defaultValues: initial,
      ...(yearId ? { extra: { id: yearId } } : {}),
      recordPath: (id) => `/school-year/${id}`,
    },
  );
  const { register, control, formState } = form;
  const periods = useFieldArray({ control, name: "periods" });
  const rowError = (i: number, field: "code" | "name" | "parentCode" | "startsOn" | "endsOn" | "weight") =>
    formState.errors.periods?.[i]?.[field]?.message;
  const listError = formState.errors.periods?.message ?? formState.errors.periods?.root?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormErrors
        id="year-errors"
        formError={formError}
        fieldErrorCount={Object.keys(formState.errors).length}
      />
      <FormSection title={t("year.section")}>
        <TextField
          id="year-name"
          label={t("year.name")}
          placeholder="2027-2028"
          readOnly={!!yearId}
          registration={register("name")}
          error={error("name")}
        />
        <div className="flex items-end gap-2 pb-2">
          <input id="year-current" type="checkbox" {...register("isCurrent")} className="h-5 w-5" />
          <label htmlFor="year-current" className="text-sm font-medium">
            {t("year.current")}
          </label>
          {error("isCurrent") ? <p className="text-sm text-red-800">{error("isCurrent")}</p> : null}
        </div>
        <TextField
          id="year-starts"
          type="date"
          label={t("year.startsOn")}
          registration={register("startsOn")}
          error={error("startsOn")}
        />
        <TextField
          id="year-ends"
          type="date"
          label={t("year.endsOn")}
          registration={register("endsOn")}
          error={error("endsOn")}
        />
      </FormSection>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">{t("periods.section")}</legend>
        <p className="text-sm text-slate-700">{t("periods.hint")}</p>
        {listError ? (
          <p className="mt-2 text-sm text-red-800" role="alert">
            {listError}
          </p>
        ) : null}
        <div className="mt-3 space-y-4">
          {periods.fields.map((field, i) => (
            <div
              key={field.id}
              className="grid items-start gap-2 border-b border-slate-200 pb-4 sm:grid-cols-[6rem_1fr_7rem_9.5rem_9.5rem_6rem_auto]"
            >
              <TextField
                id={`period-${i}-code`}
                label={t("periods.code", { n: i + 1 })}
                registration={register(`periods.${i}.code`)}
                error={rowError(i, "code")}
              />
              <TextField
                id={`period-${i}-name`}
                label={t("periods.name", { n: i + 1 })}
                registration={register(`periods.${i}.name`)}
                error={rowError(i, "name")}
              />
              <TextField
                id={`period-${i}-parent`}
                label={t("periods.parent", { n: i + 1 })}
                registration={register(`periods.${i}.parentCode`)}
                error={rowError(i, "parentCode")}
              />
              <TextField
                id={`period-${i}-starts`}
                type="date"
                label={t("periods.startsOn", { n: i + 1 })}
                registration={register(`periods.${i}.startsOn`)}
                error={rowError(i, "startsOn")}
              />
              <TextField
                id={`period-${i}-ends`}
                type="date"
                label={t("periods.endsOn", { n: i + 1 })}
                registration={register(`periods.${i}.endsOn`)}
                error={rowError(i, "endsOn")}
              />
              <TextField
                id={`period-${i}-weight`}
                type="number"
                min={0}
                max={100}
                step="0.01"
                label={t("periods.weight", { n: i + 1 })}
                registration={register(`periods.${i}.weight`)}
                error={rowError(i, "weight")}
              />
              <button
                type="button"
                onClick={() => periods.remove(i)}
                className="mt-6 rounded border border-slate-400 px-2 py-2 text-sm"
              >
                {t("periods.remove", { n: i + 1 })}
              </button>
            </div>
          ))}
        </div>
        <button
          type="button"
          onClick={() =>
            periods.append({ code: "", name: "", parentCode: "", startsOn: "", endsOn: "", weight: 100 })
          }
          className="mt-3 rounded border border-slate-400 px-3 py-2 text-sm font-medium"
        >
          {t("periods.add")}
        </button>
      </fieldset>
      <div className="flex gap-3">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand px-5 py-2 font-semibold text-brand-contrast disabled:opacity-60"
        >
          {busy ? f("saving") : yearId ? f("saveChanges") : t("year.add")}
        </button>
        <a href="/school-year" className="rounded border border-slate-400 px-5 py-2 font-medium">
          {f("cancel")}
        </a>
      </div>
    </form>
  );
}
