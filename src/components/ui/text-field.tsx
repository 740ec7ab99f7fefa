import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/** A labelled input with its error announced and tied to it (aria-describedby). */
export function TextField({
  id,
  label,
  error,
  registration,
  ...input
}: {
  id: string;
  label: string;
  error?: string;
  registration: UseFormRegisterReturn;
} & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <input
        id={id}
        {...input}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FormAlert({ id, children }: { id: string; children: string }) {
  return (
    <p id={id} role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      {children}
    </p>
  );
}

export function SubmitButton({
  busy,
  label,
  busyLabel,
}: {
  busy: boolean;
  label: string;
  busyLabel: string;
}) {
  return (
    <button
      type="submit"
      disabled={busy}
      className="w-full rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60"
    >
      {busy ? busyLabel : label}
    </button>
  );
}

/** The top of a long form: the refusal from the server, or a pointer to the fields marked below. */
export function FormErrors({
  id,
  formError,
  fieldErrorCount,
}: {
  id: string;
  formError: string | null;
  fieldErrorCount: number;
}) {
  const t = useTranslations("forms");
  if (formError) return <FormAlert id={id}>{formError}</FormAlert>;
  return fieldErrorCount > 0 ? <FormAlert id={id}>{t("fieldsNeedAttention")}</FormAlert> : null;
}

/** A form's confirmation after a save (useActionForm's `saved`), announced politely. */
export function FormSaved({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
      {message}
    </p>
  );
}
