"use client";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { FormAlert, SubmitButton, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePasswordAction, disableTwoFactorAction } from "../actions";
import { changePasswordSchema, stepUpSchema, type StepUpValues } from "../schemas";

/** The step-up fields: the current password, and a code where two-factor is on. */
function StepUpFields<V extends FieldValues & StepUpValues>({
  form,
  prefix,
  twoFactorOn,
}: {
  form: UseFormReturn<V, unknown, unknown>;
  prefix: string;
  twoFactorOn: boolean;
}) {
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <>
      <TextField
        id={`${prefix}-current`}
        label="Current password"
        type="password"
        autoComplete="current-password"
        registration={register("currentPassword" as Path<V>)}
        error={errors.currentPassword?.message as string | undefined}
      />
      {twoFactorOn ? (
        <TextField
          id={`${prefix}-code`}
          label="Code from your authenticator app (or a backup code)"
          inputMode="numeric"
          autoComplete="one-time-code"
          registration={register("code" as Path<V>)}
          error={errors.code?.message as string | undefined}
        />
      ) : null}
    </>
  );
}

export function ChangePasswordForm({ twoFactorOn }: { twoFactorOn: boolean }) {
  const [done, setDone] = useState(false);
  const { form, onSubmit, busy, formError } = useActionForm(changePasswordSchema, changePasswordAction, {
    defaultValues: { currentPassword: "", code: "", password: "", confirm: "" },
    send: "output",
    ...(twoFactorOn ? {} : { extra: { code: undefined } }),
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        Your password has been changed and you have been signed out everywhere.{" "}
        <a href="/login" className="font-medium underline">
          Sign in with the new password
        </a>
      </p>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change password">
      {formError ? <FormAlert id="change-password-error">{formError}</FormAlert> : null}
      <StepUpFields form={form} prefix="change" twoFactorOn={twoFactorOn} />
      <TextField
        id="new-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        registration={form.register("password")}
        error={form.formState.errors.password?.message}
      />
      <TextField
        id="new-password-confirm"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        registration={form.register("confirm")}
        error={form.formState.errors.confirm?.message}
      />
      <p className="text-sm text-slate-700">
        At least 12 characters. Changing it signs you out on every device.
      </p>
      <SubmitButton busy={busy} label="Change password" busyLabel="Changing…" />
    </form>
  );
}

export function TurnOffTwoFactorForm() {
  const [done, setDone] = useState(false);
  const { form, onSubmit, busy, formError } = useActionForm(stepUpSchema, disableTwoFactorAction, {
    defaultValues: { currentPassword: "", code: "" },
    send: "output",
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        Two-factor sign-in is off, and you have been signed out everywhere.{" "}
        <a href="/login" className="font-medium underline">
          Sign in again
        </a>{" "}
        to set it up on a new phone.
      </p>
    );
  }
  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      aria-label="Turn off two-factor sign-in"
    >
      {formError ? <FormAlert id="turn-off-error">{formError}</FormAlert> : null}
      <p className="text-sm text-slate-700">
        To turn it off or move it to a new phone, confirm it is you. You will be signed out everywhere.
      </p>
      <StepUpFields form={form} prefix="turn-off" twoFactorOn />
      <SubmitButton busy={busy} label="Turn off two-factor sign-in" busyLabel="Turning off…" />
    </form>
  );
}
