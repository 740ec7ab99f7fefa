"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormAlert, FormSaved, TextField } from "@/components/ui/text-field";
import { inviteUserAction } from "../actions";
import { useVocabulary } from "@/i18n/use-vocabulary";
import { inviteUserSchema, SCHOOL_ROLES, type InviteUserValues } from "../schemas";

export function InviteUserForm() {
  const router = useRouter();
  const t = useTranslations("users");
  const v = useVocabulary();
  const { form, onSubmit, busy, formError, saved } = useActionForm(inviteUserSchema, inviteUserAction, {
    defaultValues: { firstName: "", lastName: "", email: "", role: "" as InviteUserValues["role"] },
    send: "output",
    saved: (data, values) => t("invite.sent", { email: data?.email ?? values.email }),
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  const {
    register,
    formState: { errors },
  } = form;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="invite-title"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="invite-title" className="text-lg font-semibold">
        {t("invite.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("invite.intro")}</p>
      {formError ? <FormAlert id="invite-error">{formError}</FormAlert> : null}
      <FormSaved message={saved} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="invite-first-name"
          label={t("invite.firstName")}
          autoComplete="off"
          registration={register("firstName")}
          error={errors.firstName?.message}
        />
        <TextField
          id="invite-last-name"
          label={t("invite.lastName")}
          autoComplete="off"
          registration={register("lastName")}
          error={errors.lastName?.message}
        />
        <TextField
          id="invite-email"
          label={t("table.email")}
          type="email"
          autoComplete="off"
          registration={register("email")}
          error={errors.email?.message}
        />
        <SelectField
          id="invite-role"
          label={t("table.role")}
          placeholder={t("invite.chooseRole")}
          options={v.options(SCHOOL_ROLES, v.role)}
          registration={register("role")}
          error={errors.role?.message}
        />
      </div>
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60"
      >
        {busy ? t("invite.sending") : t("invite.send")}
      </button>
    </form>
  );
}
