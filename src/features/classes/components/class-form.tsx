"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useFieldArray, useWatch, type Path } from "react-hook-form";
import { FormSection, TextAreaField } from "@/components/ui/form-fields";
import { SelectField, yearOptions } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormErrors, TextField } from "@/components/ui/text-field";
import { useVocabulary } from "@/i18n/use-vocabulary";
import { GRADE_LEVELS } from "@/lib/grade-levels";
import { checkClassScheduleAction, createClassAction, updateClassAction } from "../actions";
import { CLASS_STATUSES, classSchema, SCHOOL_DAYS, SEMESTERS, type ClassInput } from "../schemas";

type Option = { value: string; label: string };
type Conflict = { classId: string; label: string; reason: string; who: string };

export function ClassForm({
  classId,
  initial,
  teachers,
  bellPeriods,
  years,
}: {
  classId?: string;
  initial: ClassInput;
  teachers: Option[];
  /** The regular day's periods (the school's default bell schedule). */
  bellPeriods: { code: string; name: string; start: string; end: string }[];
  /** The school's years, newest first. */
  years: string[];
}) {
  const t = useTranslations("classes");
  const f = useTranslations("forms");
  const v = useVocabulary();
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const { form, onSubmit, busy, formError } = useActionForm(
    classSchema,
    classId ? updateClassAction : createClassAction,
    {
      defaultValues: initial,
      ...(classId ? { extra: { id: classId } } : {}),
      recordPath: (id) => `/classes/${id}`,
    },
  );
  const {
    register,
    control,
    formState: { errors },
  } = form;
  // A period the class already names that the bell schedule no longer has stays choosable.
  const periodOptions = [
    ...bellPeriods.map((p) => ({ value: p.code, label: `${p.name} (${p.start}–${p.end})` })),
    ...(initial.schedule.period && !bellPeriods.some((p) => p.code === initial.schedule.period)
      ? [{ value: initial.schedule.period, label: initial.schedule.period }]
      : []),
  ];
  const scale = useFieldArray({ control, name: "gradingScale" });
  const categories = useFieldArray({ control, name: "gradeCategories" });
  const watched = useWatch({
    control,
    name: [
      "schedule",
      "teacherId",
      "coTeacherId",
      "roomNumber",
      "building",
      "academicYear",
      "gradeCategories",
    ],
  });
  const [schedule, teacherId, coTeacherId, roomNumber, building, year, cats] = watched;
  const fixedTimes = bellPeriods.some((p) => p.code === schedule?.period);
  const weightTotal = (cats ?? []).reduce((sum, c) => sum + (Number(c?.weight) || 0), 0);

  // Double-booking is a warning, checked as the timetable, teachers or room change.
  const key = JSON.stringify([schedule, teacherId, coTeacherId, roomNumber, building, year]);
  useEffect(() => {
    const timer = setTimeout(async () => {
      if (!schedule?.days?.length || !schedule.start || !schedule.end) return setConflicts([]);
      const result = await checkClassScheduleAction({
        ...(classId ? { id: classId } : {}),
        academicYear: year ?? "",
        teacherIds: [teacherId, coTeacherId].filter((id): id is string => !!id),
        roomNumber: roomNumber ?? "",
        building: building ?? "",
        schedule,
      });
      setConflicts(result.ok ? (result.data ?? []) : []);
    }, 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the watched values
  }, [key, classId]);

  const err = (name: string) =>
    (errors as Record<string, { message?: string; root?: { message?: string } } | undefined>)[name]
      ?.message ??
    (errors as Record<string, { root?: { message?: string } } | undefined>)[name]?.root?.message;
  const text = (name: Path<ClassInput>, label: string, props: Record<string, unknown> = {}) => (
    <TextField
      id={`class-${name.replace(/\./g, "-")}`}
      label={label}
      registration={register(name)}
      error={err(name)}
      {...props}
    />
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-6"
      aria-label={classId ? t("form.editLabel") : t("form.newLabel")}
    >
      <FormErrors id="class-error" formError={formError} fieldErrorCount={Object.keys(errors).length} />
      <FormSection title={t("form.classSection")}>
        {text("classCode", t("field.classCode"))}
        {text("name", t("field.name"))}
        {text("subject", t("field.subject"))}
        <SelectField
          id="class-gradeLevel"
          label={t("field.gradeLevel")}
          placeholder={t("form.chooseGrade")}
          options={v.options(GRADE_LEVELS, v.grade)}
          registration={register("gradeLevel")}
          error={err("gradeLevel")}
        />
        <SelectField
          id="class-academicYear"
          label={t("field.academicYear")}
          options={yearOptions(years, initial.academicYear)}
          registration={register("academicYear")}
          error={err("academicYear")}
        />
        <SelectField
          id="class-semester"
          label={t("field.semester")}
          placeholder={t("form.notSet")}
          options={v.options(SEMESTERS, v.term)}
          registration={register("semester")}
          error={err("semester")}
        />
        {text("credits", t("field.credits"), { type: "number", step: 0.5, min: 0, max: 10 })}
        <SelectField
          id="class-status"
          label={t("field.status")}
          options={v.options(CLASS_STATUSES, v.classStatus)}
          registration={register("status")}
          error={err("status")}
        />
        {text("startDate", t("field.startDate"), { type: "date" })}
        {text("endDate", t("field.endDate"), { type: "date" })}
        <div className="sm:col-span-2">
          <TextAreaField
            id="class-description"
            label={t("field.description")}
            registration={register("description")}
            error={err("description")}
          />
        </div>
      </FormSection>
      <FormSection title={t("form.staffSection")}>
        <SelectField
          id="class-teacherId"
          label={t("field.teacher")}
          placeholder={t("form.notAssigned")}
          options={teachers}
          registration={register("teacherId")}
          error={err("teacherId")}
        />
        <SelectField
          id="class-coTeacherId"
          label={t("field.coTeacher")}
          placeholder={t("form.none")}
          options={teachers}
          registration={register("coTeacherId")}
          error={err("coTeacherId")}
        />
        {text("roomNumber", t("field.room"))}
        {text("building", t("field.building"))}
        {text("maxStudents", t("field.capacity"), { type: "number", min: 1, max: 500 })}
      </FormSection>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">{t("form.scheduleSection")}</legend>
        <fieldset aria-describedby={errors.schedule?.days?.message ? "class-days-error" : undefined}>
          <legend className="text-sm font-medium">{t("form.meetsOn")}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {SCHOOL_DAYS.map((key) => (
              <label key={key} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  value={key}
                  {...register("schedule.days")}
                  aria-invalid={errors.schedule?.days?.message ? true : undefined}
                />
                {v.dayShort(key)}
              </label>
            ))}
          </div>
          {errors.schedule?.days?.message ? (
            <p id="class-days-error" className="mt-1 text-sm text-red-800">
              {errors.schedule.days.message}
            </p>
          ) : null}
        </fieldset>
        <div className="mt-4 grid gap-4 sm:grid-cols-3">
          <SelectField
            id="class-period"
            label={t("field.period")}
            placeholder={t("form.customTimes")}
            options={periodOptions}
            registration={register("schedule.period", {
              // A period of the bell schedule brings its times; "custom times" leaves them to type.
              onChange: (event: React.ChangeEvent<HTMLSelectElement>) => {
                const period = bellPeriods.find((p) => p.code === event.target.value);
                if (period) {
                  form.setValue("schedule.start", period.start, { shouldValidate: true });
                  form.setValue("schedule.end", period.end, { shouldValidate: true });
                }
              },
            })}
            error={errors.schedule?.period?.message}
          />
          <TextField
            id="class-start"
            label={t("field.start")}
            type="time"
            readOnly={fixedTimes}
            registration={register("schedule.start")}
            error={errors.schedule?.start?.message}
          />
          <TextField
            id="class-end"
            label={t("field.end")}
            type="time"
            readOnly={fixedTimes}
            registration={register("schedule.end")}
            error={errors.schedule?.end?.message}
          />
        </div>
        <div role="status" aria-live="polite" className="mt-4">
          {conflicts.length ? (
            <div className="rounded border border-amber-400 bg-amber-50 p-3 text-amber-950">
              <p className="font-semibold">{t("form.doubleBooked")}</p>
              <ul className="list-disc pl-6">
                {conflicts.map((c, i) => (
                  <li key={`${c.classId}-${c.reason}-${i}`}>
                    {t(c.reason === "room" ? "form.roomConflict" : "form.teacherConflict", {
                      who: c.who,
                      label: c.label,
                    })}
                  </li>
                ))}
              </ul>
              <p className="text-sm">{t("form.canStillSave")}</p>
            </div>
          ) : null}
        </div>
      </fieldset>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">{t("form.scaleSection")}</legend>
        <p className="text-sm text-slate-700">{t("form.scaleHint")}</p>
        {err("gradingScale") ? (
          <p className="mt-2 text-sm text-red-800" role="alert">
            {err("gradingScale")}
          </p>
        ) : null}
        <div className="mt-3 grid gap-2 sm:grid-cols-2">
          {scale.fields.map((field, i) => (
            <div key={field.id} className="grid grid-cols-[1fr_1fr_auto] items-end gap-2">
              <TextField
                id={`scale-${i}-letter`}
                label={t("form.letter", { n: i + 1 })}
                registration={register(`gradingScale.${i}.letter`)}
                error={errors.gradingScale?.[i]?.letter?.message}
              />
              <TextField
                id={`scale-${i}-min`}
                label={t("form.letterMin", { n: i + 1 })}
                type="number"
                min={0}
                max={100}
                registration={register(`gradingScale.${i}.min`)}
                error={errors.gradingScale?.[i]?.min?.message}
              />
              <button
                type="button"
                onClick={() => scale.remove(i)}
                className="rounded border border-slate-400 px-2 py-2 text-sm"
              >
                {t("form.removeLetter", { n: i + 1 })}
              </button>
            </div>
          ))}
        </div>
        <button
          type="button"
          onClick={() => scale.append({ letter: "", min: 0 })}
          className="mt-3 rounded border border-slate-400 px-3 py-2 text-sm font-medium"
        >
          {t("form.addLetter")}
        </button>
      </fieldset>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">{t("form.categoriesSection")}</legend>
        <p className="text-sm text-slate-700">
          {t("form.weightTotal", { total: Math.round(weightTotal * 100) / 100 })}
        </p>
        {categories.fields.length > 0 && Math.abs(weightTotal - 100) > 1e-9 ? (
          <p role="status" className="mt-1 text-sm font-semibold text-amber-900">
            {t("form.weightsNotHundred", { total: Math.round(weightTotal * 100) / 100 })}
          </p>
        ) : null}
        {err("gradeCategories") ? (
          <p className="mt-2 text-sm text-red-800" role="alert">
            {err("gradeCategories")}
          </p>
        ) : null}
        <div className="mt-3 space-y-2">
          {categories.fields.map((field, i) => (
            <div key={field.id} className="grid grid-cols-[2fr_1fr_auto] items-end gap-2">
              <TextField
                id={`category-${i}-name`}
                label={t("form.category", { n: i + 1 })}
                registration={register(`gradeCategories.${i}.name`)}
                error={errors.gradeCategories?.[i]?.name?.message}
              />
              <TextField
                id={`category-${i}-weight`}
                label={t("form.categoryWeight", { n: i + 1 })}
                type="number"
                min={0}
                max={100}
                registration={register(`gradeCategories.${i}.weight`)}
                error={errors.gradeCategories?.[i]?.weight?.message}
              />
              <button
                type="button"
                onClick={() => categories.remove(i)}
                className="rounded border border-slate-400 px-2 py-2 text-sm"
              >
                {t("form.removeCategory", { n: i + 1 })}
              </button>
            </div>
          ))}
        </div>
        <button
          type="button"
          onClick={() => categories.append({ name: "", weight: 0 })}
          className="mt-3 rounded border border-slate-400 px-3 py-2 text-sm font-medium"
        >
          {t("form.addCategory")}
        </button>
      </fieldset>
      <div className="flex gap-3">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand px-5 py-2 font-semibold text-brand-contrast disabled:opacity-60"
        >
          {busy ? f("saving") : classId ? f("saveChanges") : t("form.add")}
        </button>
        <a
          href={classId ? `/classes/${classId}` : "/classes"}
          className="rounded border border-slate-400 px-5 py-2 font-medium"
        >
          {f("cancel")}
        </a>
      </div>
    </form>
  );
}
