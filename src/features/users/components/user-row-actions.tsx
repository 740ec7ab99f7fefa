"use client";
import { useId, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { changeRoleAction, resendInvitationAction, setUserStatusAction, unlockUserAction } from "../actions";
import type { UserRow } from "../queries";
import { ROLE_LABELS, SCHOOL_ROLES } from "../schemas";
import { useRunAction } from "./use-run-action";

export function RoleControl({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const run = useRunAction();
  const id = useId();
  const [role, setRole] = useState(user.role);
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (isSelf) return <span>{ROLE_LABELS[user.role]}</span>;
  // A role change signs the person out everywhere: it is confirmed first, like the other changes here.
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Role of {user.name}
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
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      {role !== user.role ? (
        <ConfirmButton
          label="Save role"
          title={`Make ${user.name} ${ROLE_LABELS[role]}?`}
          confirmLabel="Change role"
          cancelLabel="Keep the current role"
          tone="neutral"
          className="rounded bg-brand px-2 py-1 text-sm font-semibold text-brand-contrast"
          onConfirm={async () => {
            const problem = await run(() => changeRoleAction({ userId: user.id, role }));
            setMessage(problem ?? null);
            setSaved(!problem);
            return problem ?? undefined;
          }}
        >
          <p>
            They are signed out everywhere at once, and sign in again with the rights of their new role (
            {ROLE_LABELS[role]}).
          </p>
        </ConfirmButton>
      ) : null}
      {message ? (
        <span role="alert" className="text-sm text-red-800">
          {message}
        </span>
      ) : null}
      {saved && role === user.role ? (
        <span role="status" className="text-sm text-green-800">
          Saved
        </span>
      ) : null}
    </div>
  );
}

export function UserRowActions({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const run = useRunAction();
  if (isSelf) return <span className="text-sm text-slate-700">You</span>;
  return (
    <div className="flex flex-wrap gap-2">
      {user.locked ? (
        <ConfirmButton
          label="Unlock"
          title={`Unlock ${user.name}?`}
          confirmLabel="Unlock"
          tone="neutral"
          onConfirm={() => run(() => unlockUserAction({ userId: user.id }))}
        >
          <p>
            Sign-in is locked or paused after repeated wrong passwords. Unlocking lets them try again at once,
            from anywhere.
          </p>
        </ConfirmButton>
      ) : null}
      {user.invitationPending && user.status === "active" ? (
        <ConfirmButton
          label="Resend invitation"
          title={`Send a new invitation to ${user.email}?`}
          confirmLabel="Send"
          tone="neutral"
          onConfirm={() => run(() => resendInvitationAction({ userId: user.id }))}
        >
          <p>The link in the earlier invitation stops working.</p>
        </ConfirmButton>
      ) : null}
      {user.status === "active" ? (
        <ConfirmButton
          label="Deactivate"
          title={`Deactivate ${user.name}?`}
          confirmLabel="Deactivate"
          onConfirm={() => run(() => setUserStatusAction({ userId: user.id, status: "inactive" }))}
        >
          <p>They are signed out everywhere at once and cannot sign in until reactivated.</p>
          <p>Their records (grades they gave, attendance they took) stay as they are.</p>
        </ConfirmButton>
      ) : (
        <ConfirmButton
          label="Reactivate"
          title={`Reactivate ${user.name}?`}
          confirmLabel="Reactivate"
          tone="neutral"
          onConfirm={() => run(() => setUserStatusAction({ userId: user.id, status: "active" }))}
        >
          <p>They can sign in again with their password.</p>
        </ConfirmButton>
      )}
    </div>
  );
}
