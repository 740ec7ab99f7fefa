"use client";
import { Controller, type Path } from "react-hook-form";
import { FormSection, TextAreaField } from "@/components/ui/form-fields";
import { SelectField } from "@/components/ui/select-field";
import { TagsField } from "@/components/ui/tags-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormErrors, TextField } from "@/components/ui/text-field";
import { GRADE_LEVELS, gradeLabel } from "@/lib/grade-levels";
import { createTeacherAction, updateTeacherAction } from "../actions";
import {
  EDUCATION_LABELS,
  EDUCATION_LEVELS,
  EMPLOYMENT_STATUS_LABELS,
  EMPLOYMENT_STATUSES,
  EMPLOYMENT_TYPE_LABELS,
  EMPLOYMENT_TYPES,
  teacherSchema,
  WEEKDAYS,
  type TeacherInput,
} from "../schemas";

const options = (values: readonly string[], labels: Record<string, string>) =>
  values.map((v) => ({ value: v, label: labels[v] ?? v }));

export function TeacherForm({
  teacherId,
  initial,
  accounts,
  subjects,
}: {
  teacherId?: string;
  initial: TeacherInput;
  accounts: { value: string; label: string }[];
  subjects: string[];
}) {
  const { form, onSubmit, busy, formError } = useActionForm(
    teacherSchema,
    teacherId ? updateTeacherAction : createTeacherAction,
    {
      defaultValues: initial,
      ...(teacherId ? { extra: { id: teacherId } } : {}),
      recordPath: (id) => `/teachers/${id}`,
    },
  );
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const err = (name: keyof TeacherInput) => errors[name]?.message as string | undefined;
  const text = (name: keyof TeacherInput & string, label: string, props: Record<string, unknown> = {}) => (
    <TextField
      id={`teacher-${name}`}
      label={label}
      registration={register(name as Path<TeacherInput>)}
      error={err(name)}
      {...props}
    />
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-6"
      aria-label={teacherId ? "Edit teacher" : "New teacher"}
    >
      <FormErrors id="teacher-error" formError={formError} fieldErrorCount={Object.keys(errors).length} />
      <FormSection title="Teacher">
        {text("employeeId", "Employee ID")}
        {text("title", "Title", { placeholder: "Ms., Mr., Dr." })}
        {text("firstName", "First name", { autoComplete: "off" })}
        {text("lastName", "Last name", { autoComplete: "off" })}
        {text("middleName", "Middle name")}
        {text("preferredName", "Preferred name")}
        {text("email", "Work email", { type: "email" })}
        {text("phone", "Phone", { type: "tel" })}
        <SelectField
          id="teacher-userId"
          label="Sign-in account"
          placeholder="No account linked"
          options={accounts}
          registration={register("userId")}
          error={err("userId")}
        />
      </FormSection>
      <FormSection title="Employment">
        {text("hireDate", "Hire date", { type: "date" })}
        <SelectField
          id="teacher-employmentStatus"
          label="Employment status"
          options={options(EMPLOYMENT_STATUSES, EMPLOYMENT_STATUS_LABELS)}
          registration={register("employmentStatus")}
          error={err("employmentStatus")}
        />
        <SelectField
          id="teacher-employmentType"
          label="Employment type"
          options={options(EMPLOYMENT_TYPES, EMPLOYMENT_TYPE_LABELS)}
          registration={register("employmentType")}
          error={err("employmentType")}
        />
        {text("department", "Department")}
        {text("position", "Position")}
        {text("yearsExperience", "Years of experience", { type: "number", min: 0, max: 60 })}
      </FormSection>
      <FormSection title="Qualifications">
        <SelectField
          id="teacher-educationLevel"
          label="Highest degree"
          placeholder="Not recorded"
          options={options(EDUCATION_LEVELS, EDUCATION_LABELS)}
          registration={register("educationLevel")}
          error={err("educationLevel")}
        />
        {text("degreeField", "Field of study")}
        <div className="sm:col-span-2">
          <Controller
            control={control}
            name="teachingCertifications"
            render={({ field }) => (
              <TagsField
                id="teacher-certifications"
                label="Certifications"
                value={field.value}
                onChange={field.onChange}
                error={err("teachingCertifications")}
              />
            )}
          />
        </div>
        <div className="sm:col-span-2">
          <Controller
            control={control}
            name="subjectsTaught"
            render={({ field }) => (
              <TagsField
                id="teacher-subjects"
                label="Subjects taught"
                value={field.value}
                onChange={field.onChange}
                suggestions={subjects}
                error={err("subjectsTaught")}
              />
            )}
          />
        </div>
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium">Grade levels taught</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {GRADE_LEVELS.map((g) => (
              <label key={g} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={g} {...register("gradeLevelsTaught")} />
                {gradeLabel(g)}
              </label>
            ))}
          </div>
        </fieldset>
      </FormSection>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">Weekly work schedule</legend>
        <div className="space-y-2">
          {WEEKDAYS.map(([key, label]) => {
            const dayErrors = errors.workSchedule?.[key];
            return (
              <div key={key} className="grid grid-cols-[8rem_auto_auto] items-center gap-3">
                <label className="flex items-center gap-2">
                  <input type="checkbox" {...register(`workSchedule.${key}.works`)} />
                  {label}
                </label>
                <TextField
                  id={`teacher-${key}-start`}
                  label={`${label} start`}
                  type="time"
                  registration={register(`workSchedule.${key}.start`)}
                  error={dayErrors?.start?.message}
                />
                <TextField
                  id={`teacher-${key}-end`}
                  label={`${label} end`}
                  type="time"
                  registration={register(`workSchedule.${key}.end`)}
                  error={dayErrors?.end?.message}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
      <FormSection title="Office and contact">
        {text("officeLocation", "Office location")}
        {text("officeHours", "Office hours", { placeholder: "Tue and Thu 15:30–16:30" })}
        <div className="sm:col-span-2">{text("address", "Home address")}</div>
        {text("city", "City")}
        {text("state", "State", { maxLength: 2 })}
        {text("zipCode", "ZIP code", { inputMode: "numeric" })}
        {text("photoUrl", "Photo address (https://…)", { type: "url" })}
        {text("resumeUrl", "Résumé address (https://…)", { type: "url" })}
        <div className="sm:col-span-2">
          <TextAreaField
            id="teacher-bio"
            label="Biography"
            registration={register("bio")}
            error={err("bio")}
          />
        </div>
      </FormSection>
      <div className="flex gap-3">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand px-5 py-2 font-semibold text-brand-contrast disabled:opacity-60"
        >
          {busy ? "Saving…" : teacherId ? "Save changes" : "Add teacher"}
        </button>
        <a
          href={teacherId ? `/teachers/${teacherId}` : "/teachers"}
          className="rounded border border-slate-400 px-5 py-2 font-medium"
        >
          Cancel
        </a>
      </div>
    </form>
  );
}
