"use client";
// One bell schedule: its name, whether it is the regular day, and its periods with their times.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { FormErrors, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createBellScheduleAction, updateBellScheduleAction } from "../actions";
import { bellScheduleSchema, type BellScheduleInput } from "../schemas";

export function BellScheduleForm({
  scheduleId,
  initial,
}: {
  scheduleId?: string;
  initial: BellScheduleInput;
}) {
  const t = useTranslations("schoolYear.bells");
  const f = useTranslations("forms");
  const router = useRouter();
  const prefix = scheduleId ?? "new";
  const { form, onSubmit, busy, formError, saved, error } = useActionForm(
    bellScheduleSchema,
    scheduleId ? updateBellScheduleAction : createBellScheduleAction,
    {
      defaultValues: initial,
      ...(scheduleId ? { extra: { id: scheduleId } } : {}),
      saved: t("saved"),
      onSuccess: () => {
        if (!scheduleId) form.reset(initial);
        router.refresh();
      },
    },
  );
  const { register, control, formState } = form;
  const periods = useFieldArray({ control, name: "periods" });
  const rowError = (i: number, field: "code" | "name" | "start" | "end") =>
    formState.errors.periods?.[i]?.[field]?.message;
  const listError = formState.errors.periods?.message ?? formState.errors.periods?.root?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormErrors
        id={`${prefix}-errors`}
        formError={formError}
        fieldErrorCount={Object.keys(formState.errors).length}
      />
      {saved ? (
        <p role="status" className="rounded bg-green-50 p-2 text-green-900">
          {saved}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${prefix}-name`}
          label={t("name")}
          registration={register("name")}
          error={error("name")}
        />
        <div className="flex items-end gap-2 pb-2">
          <input id={`${prefix}-default`} type="checkbox" {...register("isDefault")} className="h-5 w-5" />
          <label htmlFor={`${prefix}-default`} className="text-sm font-medium">
            {t("isDefault")}
          </label>
          {error("isDefault") ? <p className="text-sm text-red-800">{error("isDefault")}</p> : null}
        </div>
      </div>
      {listError ? (
        <p className="text-sm text-red-800" role="alert">
          {listError}
        </p>
      ) : null}
      <div className="space-y-2">
        {periods.fields.map((field, i) => (
          <div key={field.id} className="grid items-start gap-2 sm:grid-cols-[5rem_1fr_8rem_8rem_auto]">
            <TextField
              id={`${prefix}-${i}-code`}
              label={t("code", { n: i + 1 })}
              registration={register(`periods.${i}.code`)}
              error={rowError(i, "code")}
            />
            <TextField
              id={`${prefix}-${i}-name`}
              label={t("periodName", { n: i + 1 })}
              registration={register(`periods.${i}.name`)}
              error={rowError(i, "name")}
            />
            <TextField
              id={`${prefix}-${i}-start`}
              type="time"
              label={t("start", { n: i + 1 })}
              registration={register(`periods.${i}.start`)}
              error={rowError(i, "start")}
            />
            <TextField
              id={`${prefix}-${i}-end`}
              type="time"
              label={t("end", { n: i + 1 })}
              registration={register(`periods.${i}.end`)}
              error={rowError(i, "end")}
            />
            <button
              type="button"
              onClick={() => periods.remove(i)}
              className="mt-6 rounded border border-slate-400 px-2 py-2 text-sm"
            >
              {t("remove", { n: i + 1 })}
            </button>
          </div>
        ))}
      </div>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => periods.append({ code: "", name: "", start: "", end: "" })}
          className="rounded border border-slate-400 px-3 py-2 text-sm font-medium"
        >
          {t("add")}
        </button>
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60"
        >
          {busy ? f("saving") : scheduleId ? t("save") : t("create")}
        </button>
      </div>
    </form>
  );
}
