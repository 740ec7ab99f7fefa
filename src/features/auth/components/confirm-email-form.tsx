"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { confirmEmailAction } from "../actions";
import { emailTokenSchema } from "../schemas";

// A button, not an automatic confirmation on opening the link: mail scanners open links too.
export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("account");
  const [done, setDone] = useState(false);
  const { onSubmit, busy, formError } = useActionForm(emailTokenSchema, confirmEmailAction, {
    defaultValues: { token },
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {t("emailConfirmed")}{" "}
        <a href="/home" className="font-medium underline">
          {t("continue")}
        </a>
      </p>
    );
  }
  return (
    <form className="space-y-4" onSubmit={onSubmit} noValidate>
      {formError ? <FormAlert id="confirm-error">{formError}</FormAlert> : null}
      <button
        type="submit"
        disabled={busy}
        className="w-full rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60"
      >
        {busy ? t("confirming") : t("confirmEmail")}
      </button>
    </form>
  );
}
