"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { changeRoleAction, resendInvitationAction, setUserStatusAction, unlockUserAction } from "../actions";
import type { UserRow } from "../queries";
import { useVocabulary } from "@/i18n/use-vocabulary";
import { SCHOOL_ROLES } from "../schemas";
import { useRunAction } from "./use-run-action";

export function RoleControl({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const t = useTranslations("users");
  const v = useVocabulary();
  const run = useRunAction();
  const id = useId();
  const [role, setRole] = useState(user.role);
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (isSelf) return <span>{v.role(user.role)}</span>;
  // A role change signs the person out everywhere: it is confirmed first, like the other changes here.
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {t("role.of", { name: user.name })}
      </label>
      <select
        id={id}
        value={role}
        onChange={(e) => {
          setRole(e.target.value);
          setSaved(false);
          setMessage(null);
        }}
        className="rounded border border-slate-400 bg-white px-2 py-1"
      >
        {SCHOOL_ROLES.map((r) => (
          <option key={r} value={r}>
            {v.role(r)}
          </option>
        ))}
      </select>
      {role !== user.role ? (
        <ConfirmButton
          label={t("role.save")}
          title={t("role.confirmTitle", { name: user.name, role: v.role(role) })}
          confirmLabel={t("role.change")}
          cancelLabel={t("role.keep")}
          tone="neutral"
          className="rounded bg-brand px-2 py-1 text-sm font-semibold text-brand-contrast"
          onConfirm={async () => {
            const problem = await run(() => changeRoleAction({ userId: user.id, role }));
            setMessage(problem ?? null);
            setSaved(!problem);
            return problem ?? undefined;
          }}
        >
          <p>{t("role.effect", { role: v.role(role) })}</p>
        </ConfirmButton>
      ) : null}
      {message ? (
        <span role="alert" className="text-sm text-red-800">
          {message}
        </span>
      ) : null}
      {saved && role === user.role ? (
        <span role="status" className="text-sm text-green-800">
          {t("role.saved")}
        </span>
      ) : null}
    </div>
  );
}

export function UserRowActions({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const t = useTranslations("users");
  const run = useRunAction();
  if (isSelf) return <span className="text-sm text-slate-700">{t("actions.you")}</span>;
  return (
    <div className="flex flex-wrap gap-2">
      {user.locked ? (
        <ConfirmButton
          label={t("actions.unlock")}
          title={t("actions.unlockTitle", { name: user.name })}
          confirmLabel={t("actions.unlock")}
          tone="neutral"
          onConfirm={() => run(() => unlockUserAction({ userId: user.id }))}
        >
          <p>{t("actions.unlockText")}</p>
        </ConfirmButton>
      ) : null}
      {user.invitationPending && user.status === "active" ? (
        <ConfirmButton
          label={t("actions.resend")}
          title={t("actions.resendTitle", { email: user.email })}
          confirmLabel={t("actions.send")}
          tone="neutral"
          onConfirm={() => run(() => resendInvitationAction({ userId: user.id }))}
        >
          <p>{t("actions.resendText")}</p>
        </ConfirmButton>
      ) : null}
      {user.status === "active" ? (
        <ConfirmButton
          label={t("actions.deactivate")}
          title={t("actions.deactivateTitle", { name: user.name })}
          confirmLabel={t("actions.deactivate")}
          onConfirm={() => run(() => setUserStatusAction({ userId: user.id, status: "inactive" }))}
        >
          <p>{t("actions.deactivateText")}</p>
          <p>{t("actions.deactivateKeeps")}</p>
        </ConfirmButton>
      ) : (
        <ConfirmButton
          label={t("actions.reactivate")}
          title={t("actions.reactivateTitle", { name: user.name })}
          confirmLabel={t("actions.reactivate")}
          tone="neutral"
          onConfirm={() => run(() => setUserStatusAction({ userId: user.id, status: "active" }))}
        >
          <p>{t("actions.reactivateText")}</p>
        </ConfirmButton>
      )}
    </div>
  );
}
