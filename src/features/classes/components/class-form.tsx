"use client";
import { useEffect, useState } from "react";
import { useFieldArray, useWatch, type Path } from "react-hook-form";
import { FormSection, TextAreaField } from "@/components/ui/form-fields";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormErrors, TextField } from "@/components/ui/text-field";
import { GRADE_LEVELS, gradeLabel } from "@/lib/grade-levels";
import { checkClassScheduleAction, createClassAction, updateClassAction } from "../actions";
import {
  CLASS_STATUS_LABELS,
  CLASS_STATUSES,
  classSchema,
  SCHOOL_DAYS,
  SEMESTER_LABELS,
  SEMESTERS,
  type ClassInput,
} from "../schemas";

type Option = { value: string; label: string };
type Conflict = { classId: string; label: string; reason: string; who: string };

export function ClassForm({
  classId,
  initial,
  teachers,
}: {
  classId?: string;
  initial: ClassInput;
  teachers: Option[];
}) {
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
  const weightTotal = (cats ?? []).reduce((sum, c) => sum + (Number(c?.weight) || 0), 0);

  // Double-booking is a warning, checked as the timetable, teachers or room change.
  const key = JSON.stringify([schedule, teacherId, coTeacherId, roomNumber, building, year]);
  useEffect(() => {
    const timer = setTimeout(async () => {
      if (!schedule?.days?.length || !schedule.start || !schedule.end) return setConflicts([]);
      const result = await checkClassScheduleAction({
        ...(classId ? { id: classId } : {}),
        academicYear: year ?? "",
        teacherIds: [teacherId, coTeacherId].filter((t): t is string => !!t),
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
      aria-label={classId ? "Edit class" : "New class"}
    >
      <FormErrors id="class-error" formError={formError} fieldErrorCount={Object.keys(errors).length} />
      <FormSection title="Class">
        {text("classCode", "Class code")}
        {text("name", "Name")}
        {text("subject", "Subject")}
        <SelectField
          id="class-gradeLevel"
          label="Grade level"
          placeholder="Choose a grade"
          options={GRADE_LEVELS.map((g) => ({ value: g, label: gradeLabel(g) }))}
          registration={register("gradeLevel")}
          error={err("gradeLevel")}
        />
        {text("academicYear", "School year", { placeholder: "2026-2027" })}
        <SelectField
          id="class-semester"
          label="Term"
          placeholder="Not set"
          options={SEMESTERS.map((s) => ({ value: s, label: SEMESTER_LABELS[s] }))}
          registration={register("semester")}
          error={err("semester")}
        />
        {text("credits", "Credits", { type: "number", step: 0.5, min: 0, max: 10 })}
        <SelectField
          id="class-status"
          label="Status"
          options={CLASS_STATUSES.map((s) => ({ value: s, label: CLASS_STATUS_LABELS[s]! }))}
          registration={register("status")}
          error={err("status")}
        />
        {text("startDate", "First day", { type: "date" })}
        {text("endDate", "Last day", { type: "date" })}
        <div className="sm:col-span-2">
          <TextAreaField
            id="class-description"
            label="Description"
            registration={register("description")}
            error={err("description")}
          />
        </div>
      </FormSection>
      <FormSection title="Teachers, room and capacity">
        <SelectField
          id="class-teacherId"
          label="Teacher"
          placeholder="Not assigned"
          options={teachers}
          registration={register("teacherId")}
          error={err("teacherId")}
        />
        <SelectField
          id="class-coTeacherId"
          label="Co-teacher"
          placeholder="None"
          options={teachers}
          registration={register("coTeacherId")}
          error={err("coTeacherId")}
        />
        {text("roomNumber", "Room")}
        {text("building", "Building")}
        {text("maxStudents", "Capacity (students)", { type: "number", min: 1, max: 500 })}
      </FormSection>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">Weekly schedule</legend>
        <fieldset aria-describedby={errors.schedule?.days?.message ? "class-days-error" : undefined}>
          <legend className="text-sm font-medium">Meets on</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {SCHOOL_DAYS.map(([key, label]) => (
              <label key={key} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  value={key}
                  {...register("schedule.days")}
                  aria-invalid={errors.schedule?.days?.message ? true : undefined}
                />
                {label}
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
          <TextField
            id="class-period"
            label="Period"
            registration={register("schedule.period")}
            error={errors.schedule?.period?.message}
          />
          <TextField
            id="class-start"
            label="Starts at"
            type="time"
            registration={register("schedule.start")}
            error={errors.schedule?.start?.message}
          />
          <TextField
            id="class-end"
            label="Ends at"
            type="time"
            registration={register("schedule.end")}
            error={errors.schedule?.end?.message}
          />
        </div>
        <div role="status" aria-live="polite" className="mt-4">
          {conflicts.length ? (
            <div className="rounded border border-amber-400 bg-amber-50 p-3 text-amber-950">
              <p className="font-semibold">Double-booked at this time:</p>
              <ul className="list-disc pl-6">
                {conflicts.map((c, i) => (
                  <li key={`${c.classId}-${c.reason}-${i}`}>
                    {c.who} already has {c.label}
                  </li>
                ))}
              </ul>
              <p className="text-sm">You can still save; resolve it before the timetable is published.</p>
            </div>
          ) : null}
        </div>
      </fieldset>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">Grading scale</legend>
        <p className="text-sm text-slate-700">
          Highest letter first; each letter starts at its minimum percentage; the last starts at 0.
        </p>
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
                label={`Letter ${i + 1}`}
                registration={register(`gradingScale.${i}.letter`)}
                error={errors.gradingScale?.[i]?.letter?.message}
              />
              <TextField
                id={`scale-${i}-min`}
                label={`Minimum % for letter ${i + 1}`}
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
                Remove letter {i + 1}
              </button>
            </div>
          ))}
        </div>
        <button
          type="button"
          onClick={() => scale.append({ letter: "", min: 0 })}
          className="mt-3 rounded border border-slate-400 px-3 py-2 text-sm font-medium"
        >
          Add a letter
        </button>
      </fieldset>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">Grade categories</legend>
        <p
          className={`text-sm ${Math.abs(weightTotal - 100) < 1e-9 ? "text-slate-700" : "font-semibold text-red-800"}`}
        >
          Weights add up to {Math.round(weightTotal * 100) / 100} of 100.
        </p>
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
                label={`Category ${i + 1}`}
                registration={register(`gradeCategories.${i}.name`)}
                error={errors.gradeCategories?.[i]?.name?.message}
              />
              <TextField
                id={`category-${i}-weight`}
                label={`Weight of category ${i + 1} (%)`}
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
                Remove category {i + 1}
              </button>
            </div>
          ))}
        </div>
        <button
          type="button"
          onClick={() => categories.append({ name: "", weight: 0 })}
          className="mt-3 rounded border border-slate-400 px-3 py-2 text-sm font-medium"
        >
          Add a category
        </button>
      </fieldset>
      <div className="flex gap-3">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand px-5 py-2 font-semibold text-brand-contrast disabled:opacity-60"
        >
          {busy ? "Saving…" : classId ? "Save changes" : "Add class"}
        </button>
        <a
          href={classId ? `/classes/${classId}` : "/classes"}
          className="rounded border border-slate-400 px-5 py-2 font-medium"
        >
          Cancel
        </a>
      </div>
    </form>
  );
}
