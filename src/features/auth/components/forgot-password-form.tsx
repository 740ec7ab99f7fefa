"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormAlert, SubmitButton, TextField } from "@/components/ui/text-field";
import { requestPasswordResetAction } from "../actions";
import { forgotPasswordSchema, type ForgotPasswordValues } from "../schemas";

export function ForgotPasswordForm() {
  const [sent, setSent] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ForgotPasswordValues>({
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await requestPasswordResetAction(values);
    if (result.ok) return setSent(true);
    if (result.fieldErrors?.email) setError("email", { message: result.fieldErrors.email[0] });
    if (result.formError) setFormError(result.formError);
  });

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
      <SubmitButton busy={isSubmitting} label="Send me a link" busyLabel="Sending…" />
    </form>
  );
}
