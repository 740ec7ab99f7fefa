"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { DialogButton, DialogForm, type OpenDialog } from "@/components/ui/dialog-form";
import { TextAreaField } from "@/components/ui/form-fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateEnrollmentNotesAction } from "../actions";
import { enrollmentNotesSchema } from "../schemas";

interface Props {
  enrollmentId: string;
  studentName: string;
  notes: string | null;
  teacherComments: string | null;
}

/**
 * The office's notes and the teacher's comments on one student's place in a class.
 * The button takes its words from the page (one translator for the roster, not two per row);
 * the form and its translator mount when the dialog opens.
 */
export function EnrollmentNotes({ label, ...props }: Props & { label: string }) {
  return <DialogButton label={label}>{(dialog) => <NotesForm {...props} dialog={dialog} />}</DialogButton>;
}

function NotesForm({
  enrollmentId,
  studentName,
  notes,
  teacherComments,
  dialog,
}: Props & { dialog: OpenDialog }) {
  const t = useTranslations("enrollments");
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, busy, formError, error } = useActionForm(
    enrollmentNotesSchema,
    updateEnrollmentNotesAction,
    {
      defaultValues: { enrollmentId, notes: notes ?? "", teacherComments: teacherComments ?? "" },
      onSuccess: () => {
        dialog.close();
        router.refresh();
      },
    },
  );
  return (
    <DialogForm
      dialog={dialog}
      title={t("notes.title", { name: studentName })}
      submitLabel={t("notes.save")}
      busy={busy}
      formError={formError}
      onSubmit={onSubmit}
    >
      <TextAreaField
        id={`${id}-notes`}
        label={t("notes.office")}
        rows={3}
        registration={form.register("notes")}
        error={error("notes")}
      />
      <TextAreaField
        id={`${id}-comments`}
        label={t("notes.teacher")}
        rows={3}
        registration={form.register("teacherComments")}
        error={error("teacherComments")}
      />
    </DialogForm>
  );
}
