"use client";
// Reminds a class's teacher by mail that its register is not taken (once per class and day).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { nudgeAction } from "../actions";

export function NudgeButton({
  classId,
  day,
  label,
  sentLabel,
}: {
  classId: string;
  day: string;
  label: string;
  sentLabel: string;
}) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [pending, start] = useTransition();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await nudgeAction({ classId, day });
            setMessage(result.ok ? sentLabel : (result.formError ?? ""));
            if (result.ok) router.refresh();
          })
        }
        className="min-h-11 rounded border border-slate-400 px-3 text-sm font-medium hover:bg-slate-100"
      >
        {label}
      </button>
      <span role="status" className="text-sm">
        {message}
      </span>
    </span>
  );
}
