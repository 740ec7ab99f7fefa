"use client";
import { useFieldArray, type Path } from "react-hook-form";
import { CheckboxField, FormSection, TextAreaField } from "@/components/ui/form-fields";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormErrors, TextField } from "@/components/ui/text-field";
import { createStudentAction, updateStudentAction } from "../actions";
import {
  GENDER_LABELS,
  GENDERS,
  GRADE_LEVELS,
  gradeLabel,
  RELATIONSHIPS,
  studentSchema,
  type StudentInput,
} from "../schemas";

const GRADE_OPTIONS = GRADE_LEVELS.map((g) => ({ value: g, label: gradeLabel(g) }));
const GENDER_OPTIONS = GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g]! }));
const RELATIONSHIP_OPTIONS = RELATIONSHIPS.map((r) => ({ value: r, label: r }));

export function StudentForm({
  studentId,
  initial,
  showSensitive,
  accounts,
}: {
  studentId?: string;
  initial: StudentInput;
  showSensitive: boolean;
  accounts: { value: string; label: string }[];
}) {
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
      aria-label={studentId ? "Edit student" : "New student"}
    >
      <FormErrors id="student-error" formError={formError} fieldErrorCount={Object.keys(errors).length} />
      <FormSection title="Student">
        {text("studentId", "Student ID")}
        <SelectField
          id="student-gradeLevel"
          label="Grade level"
          placeholder="Choose a grade"
          options={GRADE_OPTIONS}
          registration={register("gradeLevel")}
          error={err("gradeLevel")}
        />
        {text("firstName", "First name", { autoComplete: "off" })}
        {text("lastName", "Last name", { autoComplete: "off" })}
        {text("middleName", "Middle name")}
        {text("preferredName", "Preferred name")}
        {text("dateOfBirth", "Date of birth", { type: "date" })}
        <SelectField
          id="student-gender"
          label="Gender"
          placeholder="Not recorded"
          options={GENDER_OPTIONS}
          registration={register("gender")}
          error={err("gender")}
        />
        <SelectField
          id="student-userId"
          label="Portal sign-in account"
          placeholder="No account linked"
          options={accounts}
          registration={register("userId")}
          error={err("userId")}
        />
      </FormSection>
      <FormSection title="Enrolment">
        {text("enrollmentDate", "Enrolment date", { type: "date" })}
        {text("academicYear", "School year", { placeholder: "2025-2026" })}
        {text("graduationDate", "Expected graduation", { type: "date" })}
      </FormSection>
      <FormSection title="Contact">
        <div className="sm:col-span-2">{text("address", "Street address")}</div>
        {text("city", "City")}
        {text("state", "State", { maxLength: 2, placeholder: "IL" })}
        {text("zipCode", "ZIP code", { inputMode: "numeric" })}
        {text("phone", "Phone", { type: "tel" })}
        {text("email", "Email", { type: "email" })}
      </FormSection>
      <FormSection title="Emergency contact">
        {text("emergencyContactName", "Name")}
        {text("emergencyContactPhone", "Phone", { type: "tel" })}
        <SelectField
          id="student-emergencyContactRelationship"
          label="Relationship"
          placeholder="Choose"
          options={RELATIONSHIP_OPTIONS}
          registration={register("emergencyContactRelationship")}
          error={err("emergencyContactRelationship")}
        />
      </FormSection>
      {([1, 2] as const).map((n) => (
        <FormSection key={n} title={`Parent or guardian ${n}`}>
          {text(`parentGuardian${n}Name`, "Name")}
          <SelectField
            id={`student-parentGuardian${n}Relationship`}
            label="Relationship"
            placeholder="Choose"
            options={RELATIONSHIP_OPTIONS}
            registration={register(`parentGuardian${n}Relationship`)}
            error={err(`parentGuardian${n}Relationship`)}
          />
          {text(`parentGuardian${n}Phone`, "Phone", { type: "tel" })}
          {text(`parentGuardian${n}Email`, "Email", { type: "email" })}
        </FormSection>
      ))}
      <FormSection title="Special education">
        <CheckboxField
          id="student-iepStatus"
          label="Has an IEP (Individualized Education Program)"
          registration={register("iepStatus")}
        />
        <CheckboxField
          id="student-section504Status"
          label="Has a Section 504 plan"
          registration={register("section504Status")}
        />
      </FormSection>
      {showSensitive ? (
        <FormSection title="Medical and special needs">
          <TextAreaField
            id="student-medicalConditions"
            label="Medical conditions"
            registration={register("medicalConditions")}
            error={err("medicalConditions")}
          />
          <TextAreaField
            id="student-allergies"
            label="Allergies"
            registration={register("allergies")}
            error={err("allergies")}
          />
          <TextAreaField
            id="student-medications"
            label="Medications"
            registration={register("medications")}
            error={err("medications")}
          />
          <TextAreaField
            id="student-specialNeeds"
            label="Special needs"
            registration={register("specialNeeds")}
            error={err("specialNeeds")}
          />
        </FormSection>
      ) : null}
      <FormSection title="Photo and documents">
        <div className="sm:col-span-2">{text("photoUrl", "Photo address (https://…)", { type: "url" })}</div>
        <div className="space-y-3 sm:col-span-2">
          {documents.fields.map((field, index) => (
            <div key={field.id} className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
              <TextField
                id={`student-doc-${index}-name`}
                label={`Document ${index + 1} name`}
                registration={register(`documents.${index}.name`)}
                error={errors.documents?.[index]?.name?.message}
              />
              <TextField
                id={`student-doc-${index}-url`}
                label={`Document ${index + 1} address`}
                type="url"
                registration={register(`documents.${index}.url`)}
                error={errors.documents?.[index]?.url?.message}
              />
              <button
                type="button"
                onClick={() => documents.remove(index)}
                className="rounded border border-slate-400 px-3 py-2 text-sm"
              >
                Remove document {index + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => documents.append({ name: "", url: "" })}
            className="rounded border border-slate-400 px-3 py-2 text-sm font-medium"
          >
            Add a document link
          </button>
        </div>
      </FormSection>
      <div className="flex gap-3">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand px-5 py-2 font-semibold text-brand-contrast disabled:opacity-60"
        >
          {busy ? "Saving…" : studentId ? "Save changes" : "Add student"}
        </button>
        <a
          href={studentId ? `/students/${studentId}` : "/students"}
          className="rounded border border-slate-400 px-5 py-2 font-medium"
        >
          Cancel
        </a>
      </div>
    </form>
  );
}
