"use client";
// One day of the month calendar: a button that opens a dialog to close the school that day
// (holiday, snow day…), run it short or on another bell schedule, or make it a normal day again.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { DialogButton, DialogForm, type OpenDialog } from "@/components/ui/dialog-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { CALENDAR_DAY_KINDS, type CalendarDayKind } from "@/lib/school-calendar";
import { clearCalendarDayAction, setCalendarDayAction } from "../actions";
import { calendarDaySchema } from "../schemas";

interface Props {
  day: string;
  /** "Tuesday, 1 December 2026", for the dialog's title. */
  dayLabel: string;
  current: { kind: CalendarDayKind; reason: string; bellScheduleId: string | null } | null;
  bellSchedules: { id: string; name: string }[];
}

export function CalendarDayEditor({ label, ...props }: Props & { label: string }) {
  return (
    <DialogButton
      label={label}
      triggerClassName="mt-1 w-full rounded border border-slate-400 px-1 py-0.5 text-xs font-medium text-slate-900 hover:bg-slate-100"
    >
      {(dialog) => <DayForm {...props} dialog={dialog} />}
    </DialogButton>
  );
}

function DayForm({ day, dayLabel, current, bellSchedules, dialog }: Props & { dialog: OpenDialog }) {
  const t = useTranslations("schoolYear");
  const router = useRouter();
  const id = useId();
  const [clearError, setClearError] = useState<string | null>(null);
  const [clearing, setClearing] = useState(false);
  const done = () => {
    dialog.close();
    router.refresh();
  };
  const { form, onSubmit, busy, formError, error } = useActionForm(calendarDaySchema, setCalendarDayAction, {
    defaultValues: {
      day,
      kind: current?.kind ?? "closure",
      reason: current?.reason ?? "",
      bellScheduleId: current?.bellScheduleId ?? "",
    },
    onSuccess: done,
  });
  const clear = async () => {
    setClearing(true);
    setClearError(null);
    try {
      const result = await clearCalendarDayAction({ day });
      if (result.ok) done();
      else setClearError(result.formError ?? t("calendar.clearFailed"));
    } catch {
      setClearError(t("calendar.clearFailed"));
    } finally {
      setClearing(false);
    }
  };
  return (
    <DialogForm
      dialog={dialog}
      title={t("calendar.dialogTitle", { day: dayLabel })}
      submitLabel={t("calendar.save")}
      busy={busy}
      formError={formError ?? clearError}
      onSubmit={onSubmit}
    >
      <SelectField
        id={`${id}-kind`}
        label={t("calendar.kind")}
        registration={form.register("kind")}
        error={error("kind")}
        options={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
      />
      <TextField
        id={`${id}-reason`}
        label={t("calendar.reason")}
        registration={form.register("reason")}
        error={error("reason")}
        maxLength={200}
      />
      <SelectField
        id={`${id}-bells`}
        label={t("calendar.bellSchedule")}
        registration={form.register("bellScheduleId")}
        error={error("bellScheduleId")}
        placeholder={t("calendar.defaultBells")}
        options={bellSchedules.map((s) => ({ value: s.id, label: s.name }))}
      />
      {current ? (
        <button
          type="button"
          onClick={clear}
          disabled={clearing}
          className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium text-slate-900 disabled:opacity-60"
        >
          {clearing ? t("calendar.clearing") : t("calendar.clear")}
        </button>
      ) : null}
    </DialogForm>
  );
}
