"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { endEnrollmentAction } from "../actions";
import { END_LABELS, END_STATUSES } from "../schemas";

/** Drop, withdraw or complete one enrolment, on a chosen day, after confirmation. */
export function EndEnrollment({
  enrollmentId,
  studentName,
  today,
}: {
  enrollmentId: string;
  studentName: string;
  today: string;
}) {
  const router = useRouter();
  const [status, setStatus] = useState<(typeof END_STATUSES)[number]>("dropped");
  const [date, setDate] = useState(today);
  const id = useId();
  return (
    <ConfirmButton
      label="End enrolment"
      title={`End ${studentName}'s enrolment?`}
      confirmLabel="End enrolment"
      tone="neutral"
      onConfirm={async () => {
        const result = await endEnrollmentAction({ enrollmentId, status, date });
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
          <label htmlFor={`${id}-how`} className="block text-sm font-medium">
            How
          </label>
          <select
            id={`${id}-how`}
            value={status}
            onChange={(e) => setStatus(e.target.value as typeof status)}
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
          >
            {END_STATUSES.map((s) => (
              <option key={s} value={s}>
                {END_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-date`} className="block text-sm font-medium">
            On
          </label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
          />
        </div>
      </div>
    </ConfirmButton>
  );
}
