"use client";
// An assignment (a column of the gradebook): what it is, its category and points, when it was set
// and is due, and whether families see it yet. Saving it updates every student's grade row too.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CheckboxField, FormSection, TextAreaField } from "@/components/ui/form-fields";
import { SelectField } from "@/components/ui/select-field";
import { FormErrors, SubmitButton, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createAssignmentAction, updateAssignmentAction } from "../actions";
import { ASSIGNMENT_TYPES, assignmentSchema } from "../schemas";
import type { z } from "zod";

export type AssignmentFormValues = z.input<typeof assignmentSchema>;

export function AssignmentForm({
  assignmentId,
  initial,
  categories,
  periods,
}: {
  assignmentId?: string;
  initial: AssignmentFormValues;
  categories: string[];
  periods: { id: string; name: string }[];
}) {
  const t = useTranslations("gradebook.assignment");
  const f = useTranslations("forms");
  const router = useRouter();
  const { form, onSubmit, busy, formError, error } = useActionForm(
    assignmentSchema,
    assignmentId ? updateAssignmentAction : createAssignmentAction,
    {
      defaultValues: initial,
      ...(assignmentId ? { extra: { id: assignmentId } } : {}),
      onSuccess: (_data, values) => {
        router.push(
          `/classes/${values.classId}/gradebook?period=${values.gradingPeriodId}&saved=${assignmentId ? "updated" : "created"}`,
        );
        router.refresh();
      },
    },
  );
  const { register, formState } = form;
  const categoryOptions = [...new Set([...categories, initial.category].filter(Boolean))];
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6">
      <FormErrors
        id="assignment-errors"
        formError={formError}
        fieldErrorCount={Object.keys(formState.errors).length}
      />
      <FormSection title={t("section")}>
        <TextField
          id="assignment-name"
          label={t("name")}
          maxLength={200}
          registration={register("name")}
          error={error("name")}
        />
        <SelectField
          id="assignment-type"
          label={t("type")}
          registration={register("assignmentType")}
          error={error("assignmentType")}
          options={ASSIGNMENT_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        />
        <SelectField
          id="assignment-category"
          label={t("category")}
          registration={register("category")}
          error={error("category")}
          placeholder={t("chooseCategory")}
          options={categoryOptions.map((c) => ({ value: c, label: c }))}
        />
        <SelectField
          id="assignment-period"
          label={t("period")}
          registration={register("gradingPeriodId")}
          error={error("gradingPeriodId")}
          options={periods.map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField
          id="assignment-points"
          label={t("points")}
          inputMode="decimal"
          registration={register("pointsPossible")}
          error={error("pointsPossible")}
        />
        <TextField
          id="assignment-assigned"
          type="date"
          label={t("assignedDate")}
          registration={register("assignedDate")}
          error={error("assignedDate")}
        />
        <TextField
          id="assignment-due"
          type="date"
          label={t("dueDate")}
          registration={register("dueDate")}
          error={error("dueDate")}
        />
        <TextAreaField
          id="assignment-description"
          label={t("description")}
          maxLength={2000}
          registration={register("description")}
          error={error("description")}
        />
        <CheckboxField
          id="assignment-extra"
          label={t("extraCredit")}
          registration={register("extraCredit")}
        />
        <CheckboxField id="assignment-released" label={t("released")} registration={register("released")} />
      </FormSection>
      <SubmitButton
        busy={busy}
        label={assignmentId ? f("saveChanges") : t("create")}
        busyLabel={f("saving")}
      />
    </form>
  );
}
