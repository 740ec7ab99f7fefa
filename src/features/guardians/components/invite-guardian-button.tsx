"use client";
// "Invite guardian": the form arrives filled from the guardian fields the school recorded (or
// empty, for another guardian); the office checks it and sends. The parent's existing account is
// reused when the address already has one (one sign-in across siblings).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { DialogButton, DialogForm, type OpenDialog } from "@/components/ui/dialog-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { inviteGuardianAction } from "../actions";
import { inviteGuardianSchema, type InviteGuardianValues } from "../schemas";

interface Props {
  defaults: InviteGuardianValues;
  label: string;
}

export function InviteGuardianButton({ label, defaults }: Props) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <DialogButton label={label}>
        {(dialog) => <InviteForm defaults={defaults} dialog={dialog} onDone={setDone} />}
      </DialogButton>
      {done ? (
        <span role="status" className="text-sm text-green-800">
          {done}
        </span>
      ) : null}
    </span>
  );
}

function InviteForm({
  defaults,
  dialog,
  onDone,
}: {
  defaults: InviteGuardianValues;
  dialog: OpenDialog;
  onDone: (message: string) => void;
}) {
  const t = useTranslations("guardians");
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, busy, formError, error } = useActionForm(
    inviteGuardianSchema,
    inviteGuardianAction,
    {
      defaultValues: defaults,
      onSuccess: (data, values) => {
        onDone(t(data?.outcome === "linked" ? "linkedNotice" : "invitedNotice", { email: values.email }));
        dialog.close();
        router.refresh();
      },
    },
  );
  return (
    <DialogForm
      dialog={dialog}
      title={t("inviteTitle")}
      submitLabel={t("send")}
      busyLabel={t("sending")}
      busy={busy}
      formError={formError}
      onSubmit={onSubmit}
    >
      <p className="text-sm text-slate-700">{t("inviteHelp")}</p>
      <TextField
        id={`${id}-first`}
        label={t("firstName")}
        autoComplete="off"
        registration={form.register("firstName")}
        error={error("firstName")}
      />
      <TextField
        id={`${id}-last`}
        label={t("lastName")}
        autoComplete="off"
        registration={form.register("lastName")}
        error={error("lastName")}
      />
      <TextField
        id={`${id}-email`}
        type="email"
        label={t("email")}
        autoComplete="off"
        registration={form.register("email")}
        error={error("email")}
      />
      <TextField
        id={`${id}-phone`}
        type="tel"
        label={t("phone")}
        autoComplete="off"
        registration={form.register("phone")}
        error={error("phone")}
      />
      <TextField
        id={`${id}-relationship`}
        label={t("relationship")}
        registration={form.register("relationship")}
        error={error("relationship")}
      />
    </DialogForm>
  );
}
