"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { updateEnrollmentNotesAction } from "../actions";

/** The office's notes and the teacher's comments on one student's place in a class. */
export function EnrollmentNotes({
  enrollmentId,
  studentName,
  notes,
  teacherComments,
}: {
  enrollmentId: string;
  studentName: string;
  notes: string | null;
  teacherComments: string | null;
}) {
  const router = useRouter();
  const [values, setValues] = useState({ notes: notes ?? "", teacherComments: teacherComments ?? "" });
  const id = useId();
  const field = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";
  return (
    <ConfirmButton
      label="Notes"
      title={`Notes on ${studentName}'s enrolment`}
      confirmLabel="Save notes"
      tone="neutral"
      onConfirm={async () => {
        const result = await updateEnrollmentNotesAction({ enrollmentId, ...values });
        if (result.ok) return router.refresh();
        return (
          result.formError ??
          Object.values(result.fieldErrors ?? {})
            .flat()
            .join(" ")
        );
      }}
    >
      <div className="space-y-3">
        <div>
          <label htmlFor={`${id}-notes`} className="block text-sm font-medium">
            Office notes
          </label>
          <textarea
            id={`${id}-notes`}
            rows={3}
            value={values.notes}
            onChange={(e) => setValues({ ...values, notes: e.target.value })}
            className={field}
          />
        </div>
        <div>
          <label htmlFor={`${id}-comments`} className="block text-sm font-medium">
            Teacher comments
          </label>
          <textarea
            id={`${id}-comments`}
            rows={3}
            value={values.teacherComments}
            onChange={(e) => setValues({ ...values, teacherComments: e.target.value })}
            className={field}
          />
        </div>
      </div>
    </ConfirmButton>
  );
}
