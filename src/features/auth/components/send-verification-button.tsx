"use client";
import { useState } from "react";
import { sendVerificationEmailAction } from "../actions";

export function SendVerificationButton({ email }: { email: string }) {
  const [state, setState] = useState<"idle" | "busy" | "sent">("idle");
  const [error, setError] = useState<string | null>(null);
  if (state === "sent")
    return (
      <p role="status" className="text-green-900">
        We sent a link to {email}. It works for 24 hours.
      </p>
    );
  return (
    <div className="space-y-2">
      {error ? (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        disabled={state === "busy"}
        className="rounded border border-slate-400 px-3 py-1.5 font-medium disabled:opacity-60"
        onClick={async () => {
          setState("busy");
          const result = await sendVerificationEmailAction({});
          if (result.ok) return setState("sent");
          setError(result.formError ?? "That did not work. Try again.");
          setState("idle");
        }}
      >
        {state === "busy" ? "Sending…" : "Send me a confirmation link"}
      </button>
    </div>
  );
}
