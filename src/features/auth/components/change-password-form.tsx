"use client";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("account");
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <>
      <TextField
        id={`${prefix}-current`}
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        registration={register("currentPassword" as Path<V>)}
        error={errors.currentPassword?.message as string | undefined}
      />
      {twoFactorOn ? (
        <TextField
          id={`${prefix}-code`}
          label={t("code")}
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
  const t = useTranslations("account");
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
        {t("passwordChanged")}{" "}
        <a href="/login" className="font-medium underline">
          {t("signInWithNew")}
        </a>
      </p>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("changePassword")}>
      {formError ? <FormAlert id="change-password-error">{formError}</FormAlert> : null}
      <StepUpFields form={form} prefix="change" twoFactorOn={twoFactorOn} />
      <TextField
        id="new-password"
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        registration={form.register("password")}
        error={form.formState.errors.password?.message}
      />
      <TextField
        id="new-password-confirm"
        label={t("repeatPassword")}
        type="password"
        autoComplete="new-password"
        registration={form.register("confirm")}
        error={form.formState.errors.confirm?.message}
      />
      <p className="text-sm text-slate-700">{t("passwordAdvice")}</p>
      <SubmitButton busy={busy} label={t("changePassword")} busyLabel={t("changing")} />
    </form>
  );
}

export function TurnOffTwoFactorForm() {
  const t = useTranslations("account");
  const [done, setDone] = useState(false);
  const { form, onSubmit, busy, formError } = useActionForm(stepUpSchema, disableTwoFactorAction, {
    defaultValues: { currentPassword: "", code: "" },
    send: "output",
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {t.rich("twoFactorOff", {
          link: (chunks) => (
            <a href="/login" className="font-medium underline">
              {chunks}
            </a>
          ),
        })}
      </p>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("turnOff")}>
      {formError ? <FormAlert id="turn-off-error">{formError}</FormAlert> : null}
      <p className="text-sm text-slate-700">{t("turnOffIntro")}</p>
      <StepUpFields form={form} prefix="turn-off" twoFactorOn />
      <SubmitButton busy={busy} label={t("turnOff")} busyLabel={t("turningOff")} />
    </form>
  );
}
