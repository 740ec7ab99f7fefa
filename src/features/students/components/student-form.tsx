"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, type Path } from "react-hook-form";
import { CheckboxField, FormSection, TextAreaField } from "@/components/ui/form-fields";
import { SelectField, yearOptions } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormErrors, TextField } from "@/components/ui/text-field";
import { createStudentAction, updateStudentAction } from "../actions";
import { useVocabulary } from "@/i18n/use-vocabulary";
import { GENDERS, GRADE_LEVELS, RELATIONSHIPS, studentSchema, type StudentInput } from "../schemas";

export function StudentForm({
  studentId,
  initial,
  showSensitive,
  accounts,
  years,
}: {
  studentId?: string;
  initial: StudentInput;
  showSensitive: boolean;
  accounts: { value: string; label: string }[];
  /** The school's years, newest first. */
  years: string[];
}) {
  const t = useTranslations("students");
  const f = useTranslations("forms");
  const v = useVocabulary();
  const relationshipOptions = v.options(RELATIONSHIPS, v.relationship);
  const { form, onSubmit, busy, formError } = useActionForm(
    studentSchema,
    studentId ? updateStudentAction : createStudentAction,
    {
      defaultValues: initial,
      ...(studentId ? { extra: { id: studentId } } : {}),
      recordPath: (id) => `/students/${id}`,
    },
  );
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const documents = useFieldArray({ control, name: "documents" });
  const err = (name: keyof StudentInput) => errors[name]?.message as string | undefined;
  const text = (name: keyof StudentInput & string, label: string, props: Record<string, unknown> = {}) => (
    <TextField
      id={`student-${name}`}
      label={label}
      registration={register(name as Path<StudentInput>)}
      error={err(name)}
      {...props}
    />
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-6"
      aria-label={studentId ? t("form.editLabel") : t("form.newLabel")}
    >
      <FormErrors id="student-error" formError={formError} fieldErrorCount={Object.keys(errors).length} />
      <FormSection title={t("form.studentSection")}>
        {text("studentId", t("field.studentId"))}
        <SelectField
          id="student-gradeLevel"
          label={t("field.gradeLevel")}
          placeholder={t("form.chooseGrade")}
          options={v.options(GRADE_LEVELS, v.grade)}
          registration={register("gradeLevel")}
          error={err("gradeLevel")}
        />
        {text("firstName", t("field.firstName"), { autoComplete: "off" })}
        {text("lastName", t("field.lastName"), { autoComplete: "off" })}
        {text("middleName", t("field.middleName"))}
        {text("preferredName", t("field.preferredName"))}
        {text("dateOfBirth", t("field.dateOfBirth"), { type: "date" })}
        <SelectField
          id="student-gender"
          label={t("field.gender")}
          placeholder={t("form.notRecorded")}
          options={v.options(GENDERS, v.gender)}
          registration={register("gender")}
          error={err("gender")}
        />
        <SelectField
          id="student-userId"
          label={t("field.userId")}
          placeholder={t("form.noAccount")}
          options={accounts}
          registration={register("userId")}
          error={err("userId")}
        />
      </FormSection>
      <FormSection title={t("form.enrolmentSection")}>
        {text("enrollmentDate", t("field.enrollmentDate"), { type: "date" })}
        <SelectField
          id="student-academicYear"
          label={t("field.academicYear")}
          options={yearOptions(years, initial.academicYear)}
          registration={register("academicYear")}
          error={err("academicYear")}
        />
        {text("graduationDate", t("field.graduationDate"), { type: "date" })}
      </FormSection>
      <FormSection title={t("form.contactSection")}>
        <div className="sm:col-span-2">{text("address", t("field.address"))}</div>
        {text("city", t("field.city"))}
        {text("state", t("field.state"), { maxLength: 2, placeholder: "IL" })}
        {text("zipCode", t("field.zipCode"), { inputMode: "numeric" })}
        {text("phone", t("field.phone"), { type: "tel" })}
        {text("email", t("field.email"), { type: "email" })}
      </FormSection>
      <FormSection title={t("form.emergencySection")}>
        {text("emergencyContactName", t("field.contactName"))}
        {text("emergencyContactPhone", t("field.phone"), { type: "tel" })}
        <SelectField
          id="student-emergencyContactRelationship"
          label={t("field.relationship")}
          placeholder={t("form.choose")}
          options={relationshipOptions}
          registration={register("emergencyContactRelationship")}
          error={err("emergencyContactRelationship")}
        />
      </FormSection>
      {([1, 2] as const).map((n) => (
        <FormSection key={n} title={t("form.guardianSection", { n })}>
          {text(`parentGuardian${n}Name`, t("field.contactName"))}
          <SelectField
            id={`student-parentGuardian${n}Relationship`}
            label={t("field.relationship")}
            placeholder={t("form.choose")}
            options={relationshipOptions}
            registration={register(`parentGuardian${n}Relationship`)}
            error={err(`parentGuardian${n}Relationship`)}
          />
          {text(`parentGuardian${n}Phone`, t("field.phone"), { type: "tel" })}
          {text(`parentGuardian${n}Email`, t("field.email"), { type: "email" })}
        </FormSection>
      ))}
      <FormSection title={t("form.specialEducationSection")}>
        <CheckboxField
          id="student-iepStatus"
          label={t("field.iepStatus")}
          registration={register("iepStatus")}
        />
        <CheckboxField
          id="student-section504Status"
          label={t("field.section504Status")}
          registration={register("section504Status")}
        />
      </FormSection>
      {showSensitive ? (
        <FormSection title={t("form.medicalSection")}>
          <TextAreaField
            id="student-medicalConditions"
            label={t("field.medicalConditions")}
            registration={register("medicalConditions")}
            error={err("medicalConditions")}
          />
          <TextAreaField
            id="student-allergies"
            label={t("field.allergies")}
            registration={register("allergies")}
            error={err("allergies")}
          />
          <TextAreaField
            id="student-medications"
            label={t("field.medications")}
            registration={register("medications")}
            error={err("medications")}
          />
          <TextAreaField
            id="student-specialNeeds"
            label={t("field.specialNeeds")}
            registration={register("specialNeeds")}
            error={err("specialNeeds")}
          />
        </FormSection>
      ) : null}
      <FormSection title={t("form.documentsSection")}>
        <div className="sm:col-span-2">{text("photoUrl", t("field.photoUrl"), { type: "url" })}</div>
        <div className="space-y-3 sm:col-span-2">
          {documents.fields.map((field, index) => (
            <div key={field.id} className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
              <TextField
                id={`student-doc-${index}-name`}
                label={t("form.documentName", { n: index + 1 })}
                registration={register(`documents.${index}.name`)}
                error={errors.documents?.[index]?.name?.message}
              />
              <TextField
                id={`student-doc-${index}-url`}
                label={t("form.documentUrl", { n: index + 1 })}
                type="url"
                registration={register(`documents.${index}.url`)}
                error={errors.documents?.[index]?.url?.message}
              />
              <button
                type="button"
                onClick={() => documents.remove(index)}
                className="rounded border border-slate-400 px-3 py-2 text-sm"
              >
                {t("form.removeDocument", { n: index + 1 })}
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => documents.append({ name: "", url: "" })}
            className="rounded border border-slate-400 px-3 py-2 text-sm font-medium"
          >
            {t("form.addDocument")}
          </button>
        </div>
      </FormSection>
      <div className="flex gap-3">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand px-5 py-2 font-semibold text-brand-contrast disabled:opacity-60"
        >
          {busy ? f("saving") : studentId ? f("saveChanges") : t("form.add")}
        </button>
        <a
          href={studentId ? `/students/${studentId}` : "/students"}
          className="rounded border border-slate-400 px-5 py-2 font-medium"
        >
          {f("cancel")}
        </a>
      </div>
    </form>
  );
}
