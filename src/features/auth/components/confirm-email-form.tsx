"use client";
import { useState } from "react";
import { FormAlert } from "@/components/ui/text-field";
import { confirmEmailAction } from "../actions";

// A button, not an automatic confirmation on opening the link: mail scanners open links too.
export function ConfirmEmailForm({ token }: { token: string }) {
  const [state, setState] = useState<"idle" | "busy" | "done">("idle");
  const [error, setError] = useState<string | null>(null);
  if (state === "done") {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        Thank you: your email address is confirmed.{" "}
        <a href="/home" className="font-medium underline">
          Continue
        </a>
      </p>
    );
  }
  return (
    <form
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        setState("busy");
        const result = await confirmEmailAction({ token });
        if (result.ok) return setState("done");
        setError(result.formError ?? "That did not work. Try again.");
        setState("idle");
      }}
    >
      {error ? <FormAlert id="confirm-error">{error}</FormAlert> : null}
      <button
        type="submit"
        disabled={state === "busy"}
        className="w-full rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60"
      >
        {state === "busy" ? "Confirming…" : "Confirm my email address"}
      </button>
    </form>
  );
}
