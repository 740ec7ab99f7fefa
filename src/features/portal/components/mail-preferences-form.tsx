"use client";
// Which school mail a parent gets about their children.
import { useTranslations } from "next-intl";
import { FormAlert, FormSaved, SubmitButton } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { MailPreferences } from "@/lib/mail-preferences";
import { saveMailPreferencesAction } from "../actions";
import { mailPreferencesSchema } from "../schemas";

export function MailPreferencesForm({ initial }: { initial: MailPreferences }) {
  const t = useTranslations("portal.account");
  const { form, onSubmit, busy, formError, saved } = useActionForm(
    mailPreferencesSchema,
    saveMailPreferencesAction,
    {
      defaultValues: initial,
      saved: t("saved"),
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {formError ? <FormAlert id="mail-error">{formError}</FormAlert> : null}
      {(["attendance", "reportCards"] as const).map((kind) => (
        <label key={kind} className="flex min-h-11 items-center gap-3">
          <input type="checkbox" {...form.register(kind)} className="h-5 w-5" />
          <span>
            <span className="block font-medium">{t(`mail.${kind}`)}</span>
            <span className="block text-sm text-slate-700">{t(`mail.${kind}Help`)}</span>
          </span>
        </label>
      ))}
      <SubmitButton busy={busy} label={t("save")} busyLabel={t("saving")} />
      <FormSaved message={saved} />
    </form>
  );
}
