"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert, SubmitButton, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { requestPasswordResetAction } from "../actions";
import { forgotPasswordSchema } from "../schemas";

export function ForgotPasswordForm() {
  const t = useTranslations("password");
  const [sent, setSent] = useState(false);
  const { form, onSubmit, busy, formError } = useActionForm(
    forgotPasswordSchema,
    requestPasswordResetAction,
    {
      defaultValues: { email: "" },
      send: "output",
      onSuccess: () => setSent(true),
    },
  );
  const {
    register,
    formState: { errors },
  } = form;

  if (sent) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {t("linkSent")}
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError ? <FormAlert id="forgot-error">{formError}</FormAlert> : null}
      <TextField
        id="email"
        label={t("email")}
        type="email"
        autoComplete="username"
        registration={register("email")}
        error={errors.email?.message}
      />
      <SubmitButton busy={busy} label={t("sendLink")} busyLabel={t("sending")} />
    </form>
  );
}
