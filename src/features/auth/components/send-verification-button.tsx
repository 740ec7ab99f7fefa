"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendVerificationEmailAction } from "../actions";

export function SendVerificationButton({ email }: { email: string }) {
  const t = useTranslations("account");
  const f = useTranslations("forms");
  const [state, setState] = useState<"idle" | "busy" | "sent">("idle");
  const [error, setError] = useState<string | null>(null);
  if (state === "sent")
    return (
      <p role="status" className="text-green-900">
        {t("linkSent", { email })}
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
          try {
            const result = await sendVerificationEmailAction({});
            if (result.ok) return setState("sent");
            setError(result.formError ?? f("didNotWork"));
          } catch {
            setError(f("requestFailed"));
          }
          setState("idle");
        }}
      >
        {state === "busy" ? t("sending") : t("sendConfirmation")}
      </button>
    </div>
  );
}
