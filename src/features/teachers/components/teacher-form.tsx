"use client";
import { useTranslations } from "next-intl";
import { Controller, type Path } from "react-hook-form";
import { FormSection, TextAreaField } from "@/components/ui/form-fields";
import { SelectField } from "@/components/ui/select-field";
import { TagsField } from "@/components/ui/tags-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormErrors, TextField } from "@/components/ui/text-field";
import { useVocabulary } from "@/i18n/use-vocabulary";
import { GRADE_LEVELS } from "@/lib/grade-levels";
import { createTeacherAction, updateTeacherAction } from "../actions";
import {
  EDUCATION_LEVELS,
  EMPLOYMENT_STATUSES,
  EMPLOYMENT_TYPES,
  teacherSchema,
  WEEKDAYS,
  type TeacherInput,
} from "../schemas";

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
  const t = useTranslations("teachers");
  const f = useTranslations("forms");
  const v = useVocabulary();
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
      aria-label={teacherId ? t("form.editLabel") : t("form.newLabel")}
    >
      <FormErrors id="teacher-error" formError={formError} fieldErrorCount={Object.keys(errors).length} />
      <FormSection title={t("form.teacherSection")}>
        {text("employeeId", t("field.employeeId"))}
        {text("title", t("field.title"), { placeholder: t("form.titlePlaceholder") })}
        {text("firstName", t("field.firstName"), { autoComplete: "off" })}
        {text("lastName", t("field.lastName"), { autoComplete: "off" })}
        {text("middleName", t("field.middleName"))}
        {text("preferredName", t("field.preferredName"))}
        {text("email", t("field.email"), { type: "email" })}
        {text("phone", t("field.phone"), { type: "tel" })}
        <SelectField
          id="teacher-userId"
          label={t("field.userId")}
          placeholder={t("form.noAccount")}
          options={accounts}
          registration={register("userId")}
          error={err("userId")}
        />
      </FormSection>
      <FormSection title={t("form.employmentSection")}>
        {text("hireDate", t("field.hireDate"), { type: "date" })}
        <SelectField
          id="teacher-employmentStatus"
          label={t("field.employmentStatus")}
          options={v.options(EMPLOYMENT_STATUSES, v.employmentStatus)}
          registration={register("employmentStatus")}
          error={err("employmentStatus")}
        />
        <SelectField
          id="teacher-employmentType"
          label={t("field.employmentType")}
          options={v.options(EMPLOYMENT_TYPES, v.employmentType)}
          registration={register("employmentType")}
          error={err("employmentType")}
        />
        {text("department", t("field.department"))}
        {text("position", t("field.position"))}
        {text("yearsExperience", t("field.yearsExperience"), { type: "number", min: 0, max: 60 })}
      </FormSection>
      <FormSection title={t("form.qualificationsSection")}>
        <SelectField
          id="teacher-educationLevel"
          label={t("field.educationLevel")}
          placeholder={t("form.notRecorded")}
          options={v.options(EDUCATION_LEVELS, v.education)}
          registration={register("educationLevel")}
          error={err("educationLevel")}
        />
        {text("degreeField", t("field.degreeField"))}
        <div className="sm:col-span-2">
          <Controller
            control={control}
            name="teachingCertifications"
            render={({ field }) => (
              <TagsField
                id="teacher-certifications"
                label={t("field.certifications")}
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
                label={t("field.subjectsTaught")}
                value={field.value}
                onChange={field.onChange}
                suggestions={subjects}
                error={err("subjectsTaught")}
              />
            )}
          />
        </div>
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium">{t("field.gradeLevelsTaught")}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {GRADE_LEVELS.map((g) => (
              <label key={g} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={g} {...register("gradeLevelsTaught")} />
                {v.grade(g)}
              </label>
            ))}
          </div>
        </fieldset>
      </FormSection>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">{t("form.scheduleSection")}</legend>
        <div className="space-y-2">
          {WEEKDAYS.map((key) => {
            const label = v.day(key);
            const dayErrors = errors.workSchedule?.[key];
            return (
              <div key={key} className="grid grid-cols-[8rem_auto_auto] items-center gap-3">
                <label className="flex items-center gap-2">
                  <input type="checkbox" {...register(`workSchedule.${key}.works`)} />
                  {label}
                </label>
                <TextField
                  id={`teacher-${key}-start`}
                  label={t("form.dayStart", { day: label })}
                  type="time"
                  registration={register(`workSchedule.${key}.start`)}
                  error={dayErrors?.start?.message}
                />
                <TextField
                  id={`teacher-${key}-end`}
                  label={t("form.dayEnd", { day: label })}
                  type="time"
                  registration={register(`workSchedule.${key}.end`)}
                  error={dayErrors?.end?.message}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
      <FormSection title={t("form.officeSection")}>
        {text("officeLocation", t("field.officeLocation"))}
        {text("officeHours", t("field.officeHours"), { placeholder: t("form.officeHoursPlaceholder") })}
        <div className="sm:col-span-2">{text("address", t("field.address"))}</div>
        {text("city", t("field.city"))}
        {text("state", t("field.state"), { maxLength: 2 })}
        {text("zipCode", t("field.zipCode"), { inputMode: "numeric" })}
        {text("photoUrl", t("field.photoUrl"), { type: "url" })}
        {text("resumeUrl", t("field.resumeUrl"), { type: "url" })}
        <div className="sm:col-span-2">
          <TextAreaField
            id="teacher-bio"
            label={t("field.bio")}
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
          {busy ? f("saving") : teacherId ? f("saveChanges") : t("form.add")}
        </button>
        <a
          href={teacherId ? `/teachers/${teacherId}` : "/teachers"}
          className="rounded border border-slate-400 px-5 py-2 font-medium"
        >
          {f("cancel")}
        </a>
      </div>
    </form>
  );
}
