"use client";
import { useState } from "react";
import { FormAlert, SubmitButton, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { requestPasswordResetAction } from "../actions";
import { forgotPasswordSchema } from "../schemas";

export function ForgotPasswordForm() {
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
        If an account uses that address, we have sent it a link to choose a new password. The link works for
        one hour.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError ? <FormAlert id="forgot-error">{formError}</FormAlert> : null}
      <TextField
        id="email"
        label="Email"
        type="email"
        autoComplete="username"
        registration={register("email")}
        error={errors.email?.message}
      />
      <SubmitButton busy={busy} label="Send me a link" busyLabel="Sending…" />
    </form>
  );
}
