"use client";
// Changing a guardian link: relationship, primary contact, lives with, pickup, family mail, and
// the custody or court-order notes only the office reads.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { DialogButton, DialogForm, type OpenDialog } from "@/components/ui/dialog-form";
import { CheckboxField, TextAreaField } from "@/components/ui/form-fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateGuardianLinkAction } from "../actions";
import { guardianLinkSchema, type GuardianLinkValues } from "../schemas";

interface Props {
  defaults: GuardianLinkValues;
  name: string;
}

export function GuardianLinkButton({ label, ...props }: Props & { label: string }) {
  return <DialogButton label={label}>{(dialog) => <LinkForm {...props} dialog={dialog} />}</DialogButton>;
}

function LinkForm({ defaults, name, dialog }: Props & { dialog: OpenDialog }) {
  const t = useTranslations("guardians");
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, busy, formError, error } = useActionForm(
    guardianLinkSchema,
    updateGuardianLinkAction,
    {
      defaultValues: defaults,
      onSuccess: () => {
        dialog.close();
        router.refresh();
      },
    },
  );
  return (
    <DialogForm
      dialog={dialog}
      title={t("editTitle", { name })}
      submitLabel={t("save")}
      busy={busy}
      formError={formError}
      onSubmit={onSubmit}
    >
      <TextField
        id={`${id}-relationship`}
        label={t("relationship")}
        registration={form.register("relationship")}
        error={error("relationship")}
      />
      <CheckboxField id={`${id}-primary`} label={t("isPrimary")} registration={form.register("isPrimary")} />
      <CheckboxField id={`${id}-lives`} label={t("livesWith")} registration={form.register("livesWith")} />
      <CheckboxField
        id={`${id}-pickup`}
        label={t("pickupAllowed")}
        registration={form.register("pickupAllowed")}
      />
      <CheckboxField
        id={`${id}-mail`}
        label={t("receivesMail")}
        registration={form.register("receivesMail")}
      />
      <TextAreaField
        id={`${id}-custody`}
        label={t("custodyNotes")}
        hint={t("custodyHint")}
        registration={form.register("custodyNotes")}
        error={error("custodyNotes")}
      />
    </DialogForm>
  );
}
