"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert, SubmitButton, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { acceptInvitationAction, resetPasswordAction } from "../actions";
import { resetPasswordSchema } from "../schemas";

/** Choosing a password from an emailed link: a reset, or the first one of an invited account. */
export function ResetPasswordForm({
  token,
  purpose = "reset",
}: {
  token: string;
  purpose?: "reset" | "invitation";
}) {
  const t = useTranslations("password");
  const [done, setDone] = useState(false);
  const { form, onSubmit, busy, formError } = useActionForm(
    resetPasswordSchema,
    purpose === "invitation" ? acceptInvitationAction : resetPasswordAction,
    { defaultValues: { token, password: "", confirm: "" }, send: "output", onSuccess: () => setDone(true) },
  );
  const {
    register,
    formState: { errors },
  } = form;

  if (done) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {purpose === "invitation" ? t("invitationDone") : t("resetDone")}{" "}
        <a href="/login" className="font-medium underline">
          {t("signIn")}
        </a>
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError ? <FormAlert id="reset-error">{formError}</FormAlert> : null}
      <TextField
        id="password"
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        registration={register("password")}
        error={errors.password?.message}
      />
      <TextField
        id="confirm"
        label={t("repeatPassword")}
        type="password"
        autoComplete="new-password"
        registration={register("confirm")}
        error={errors.confirm?.message}
      />
      <p className="text-sm text-slate-700">{t("advice")}</p>
      <SubmitButton
        busy={busy}
        label={purpose === "invitation" ? t("setPassword") : t("changePassword")}
        busyLabel={t("saving")}
      />
    </form>
  );
}
