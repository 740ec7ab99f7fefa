"use client";
// A family member's own phone and email. A new email is confirmed from a link sent to it.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormAlert, FormSaved, SubmitButton, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveContactAction } from "../actions";
import { contactSchema, type ContactValues } from "../schemas";

export function ContactForm({ initial }: { initial: ContactValues }) {
  const t = useTranslations("portal.account");
  const router = useRouter();
  const { form, onSubmit, busy, formError, saved, error } = useActionForm(contactSchema, saveContactAction, {
    defaultValues: initial,
    saved: (data) => (data?.confirming ? t("confirmSent") : t("saved")),
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <FormAlert id="contact-error">{formError}</FormAlert> : null}
      <TextField
        id="contact-email"
        type="email"
        autoComplete="email"
        label={t("email")}
        registration={form.register("email")}
        error={error("email")}
      />
      <TextField
        id="contact-phone"
        type="tel"
        autoComplete="tel"
        label={t("phone")}
        registration={form.register("phone")}
        error={error("phone")}
      />
      <SubmitButton busy={busy} label={t("save")} busyLabel={t("saving")} />
      <FormSaved message={saved} />
    </form>
  );
}
