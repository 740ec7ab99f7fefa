"use client";
// A form in a modal dialog (a native <dialog>: focus moves in, Escape cancels, the page behind is
// out of reach), driven by useActionForm: its fields show their own errors, the refusal that
// belongs to no field shows at the top, and it closes when the action succeeded.
//
// DialogButton is what a page renders (a button); the form inside, and the form state its
// useActionForm keeps, exist only while the dialog is open. A roster of 35 rows with two dialogs
// each renders 70 buttons, not 70 forms.
import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { Modal } from "./modal";
import { FormAlert } from "./text-field";

/** The open dialog, as its form sees it. */
export interface OpenDialog {
  close(): void;
  returnFocusTo: HTMLButtonElement | null;
}

export function DialogButton({
  label,
  triggerClassName,
  children,
}: {
  label: string;
  triggerClassName?: string;
  /** The dialog's form, mounted when the button is pressed. */
  children: (dialog: OpenDialog) => ReactNode;
}) {
  // The button as state (a callback ref), so the dialog can hand focus back to it when it closes.
  const [trigger, setTrigger] = useState<HTMLButtonElement | null>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        ref={setTrigger}
        type="button"
        onClick={() => setOpen(true)}
        className={
          triggerClassName ??
          "rounded border border-slate-400 px-2 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100"
        }
      >
        {label}
      </button>
      {open ? children({ close: () => setOpen(false), returnFocusTo: trigger }) : null}
    </>
  );
}

export function DialogForm({
  dialog,
  title,
  submitLabel,
  busyLabel,
  busy,
  formError,
  onSubmit,
  children,
}: {
  dialog: OpenDialog;
  title: string;
  submitLabel: string;
  busyLabel?: string;
  busy: boolean;
  formError: string | null;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  children: ReactNode;
}) {
  const t = useTranslations("forms");
  const titleId = useId();
  return (
    <Modal
      labelledBy={titleId}
      onClose={dialog.close}
      returnFocusTo={dialog.returnFocusTo}
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
            onClick={dialog.close}
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
  );
}
