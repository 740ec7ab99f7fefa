"use client";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { deleteTeacherAction } from "../actions";

export function DeleteTeacherButton({
  teacherId,
  name,
  impact,
}: {
  teacherId: string;
  name: string;
  impact: { taught: number; coTaught: number };
}) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Delete"
      title={`Delete ${name} permanently?`}
      confirmLabel="Delete permanently"
      className="rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50"
      onConfirm={async () => {
        const result = await deleteTeacherAction({ id: teacherId });
        if (result.ok) {
          router.push("/teachers");
          router.refresh();
          return;
        }
        return result.formError ?? "The teacher could not be deleted.";
      }}
    >
      <p>The teacher record is removed. Their classes stay, without a teacher:</p>
      <ul className="list-disc pl-6">
        <li>
          {impact.taught} class{impact.taught === 1 ? "" : "es"} they teach
        </li>
        <li>
          {impact.coTaught} class{impact.coTaught === 1 ? "" : "es"} they co-teach
        </li>
      </ul>
      <p>
        Their sign-in account is not deleted. To keep the record, set the employment status to inactive
        instead.
      </p>
    </ConfirmButton>
  );
}
