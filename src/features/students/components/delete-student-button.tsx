"use client";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { deleteStudentAction } from "../actions";

/** Deleting says exactly what goes with the student; withdrawing is usually what an office wants. */
export function DeleteStudentButton({
  studentId,
  name,
  impact,
}: {
  studentId: string;
  name: string;
  impact: { enrollments: number; grades: number; attendance: number };
}) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Delete"
      title={`Delete ${name} permanently?`}
      confirmLabel="Delete permanently"
      className="rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50"
      onConfirm={async () => {
        const result = await deleteStudentAction({ id: studentId });
        if (result.ok) {
          router.push("/students");
          router.refresh();
          return;
        }
        return result.formError ?? "The student could not be deleted.";
      }}
    >
      <p>This also deletes, and cannot be undone:</p>
      <ul className="list-disc pl-6">
        <li>
          {impact.enrollments} class enrolment{impact.enrollments === 1 ? "" : "s"}
        </li>
        <li>
          {impact.grades} grade{impact.grades === 1 ? "" : "s"}
        </li>
        <li>
          {impact.attendance} attendance record{impact.attendance === 1 ? "" : "s"}
        </li>
      </ul>
      <p>
        To keep the record but take the student off the roll, change their status to withdrawn or transferred
        instead.
      </p>
    </ConfirmButton>
  );
}
