"use client";
// A form in a modal dialog (a native <dialog>: focus moves in, Escape cancels, the page behind is
// out of reach), driven by useActionForm: its fields show their own errors, the refusal that
// belongs to no field shows at the top, and it closes when the action succeeded.
import { useTranslations } from "next-intl";
import { useId, useRef, type ReactNode } from "react";
import { Modal } from "./modal";
import { FormAlert } from "./text-field";

export function DialogForm({
  open,
  onOpenChange,
  label,
  title,
  submitLabel,
  busyLabel,
  busy,
  formError,
  onSubmit,
  children,
  triggerClassName,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  label: string;
  title: string;
  submitLabel: string;
  busyLabel?: string;
  busy: boolean;
  formError: string | null;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  children: ReactNode;
  triggerClassName?: string;
}) {
  const trigger = useRef<HTMLButtonElement>(null);
  const t = useTranslations("forms");
  const titleId = useId();
  return (
    <>
      <button
        ref={trigger}
        type="button"
        onClick={() => onOpenChange(true)}
        className={
          triggerClassName ??
          "rounded border border-slate-400 px-2 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100"
        }
      >
        {label}
      </button>
      {open ? (
        <Modal
          labelledBy={titleId}
          onClose={() => onOpenChange(false)}
          returnFocusTo={trigger}
          className="m-auto w-full max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/50"
        >
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <h2 id={titleId} className="text-lg font-semibold text-slate-900">
              {title}
            </h2>
            {formError ? <FormAlert id={`${titleId}-error`}>{formError}</FormAlert> : null}
            {children}
            <div className="flex justify-end gap-3">
              <button
                type="button"
                onClick={() => onOpenChange(false)}
                className="rounded border border-slate-400 px-4 py-2 font-medium text-slate-900"
              >
                {t("cancel")}
              </button>
              <button
                type="submit"
                disabled={busy}
                className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60"
              >
                {busy ? (busyLabel ?? t("saving")) : submitLabel}
              </button>
            </div>
          </form>
        </Modal>
      ) : null}
    </>
  );
}
