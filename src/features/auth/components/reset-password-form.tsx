"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormAlert, SubmitButton, TextField } from "@/components/ui/text-field";
import { acceptInvitationAction, resetPasswordAction } from "../actions";
import { resetPasswordSchema, type ResetPasswordValues } from "../schemas";

/** Choosing a password from an emailed link: a reset, or the first one of an invited account. */
export function ResetPasswordForm({
  token,
  purpose = "reset",
}: {
  token: string;
  purpose?: "reset" | "invitation";
}) {
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, password: "", confirm: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await (purpose === "invitation" ? acceptInvitationAction : resetPasswordAction)(values);
    if (result.ok) return setDone(true);
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "password" || field === "confirm") setError(field, { message: messages.join(" ") });
    }
    if (result.formError) setFormError(result.formError);
  });

  if (done) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {purpose === "invitation"
          ? "Your password is set and your account is ready."
          : "Your password has been changed and you have been signed out everywhere."}{" "}
        <a href="/login" className="font-medium underline">
          Sign in
        </a>
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError ? <FormAlert id="reset-error">{formError}</FormAlert> : null}
      <TextField
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        registration={register("password")}
        error={errors.password?.message}
      />
      <TextField
        id="confirm"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        registration={register("confirm")}
        error={errors.confirm?.message}
      />
      <p className="text-sm text-slate-700">
        At least 12 characters. A few unrelated words make a strong, memorable password.
      </p>
      <SubmitButton
        busy={isSubmitting}
        label={purpose === "invitation" ? "Set password" : "Change password"}
        busyLabel="Saving…"
      />
    </form>
  );
}
