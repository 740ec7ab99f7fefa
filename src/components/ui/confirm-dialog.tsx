"use client";
// Confirmation before anything destructive. A native modal <dialog>: focus moves into it, Escape
// cancels, and the page behind cannot be reached until it closes.
import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { Modal } from "./modal";

export function ConfirmButton({
  label,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  tone = "danger",
  className,
}: {
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The button that closes the dialog doing nothing; say what it keeps when "Cancel" is ambiguous. */
  cancelLabel?: string;
  /** Returns an error message to show in the dialog, or nothing when done. */
  onConfirm: () => Promise<string | void>;
  tone?: "danger" | "neutral";
  className?: string;
}) {
  const t = useTranslations("forms");
  // The button as state (a callback ref), so the dialog can hand focus back to it when it closes.
  const [trigger, setTrigger] = useState<HTMLButtonElement | null>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const problem = await onConfirm();
    setBusy(false);
    if (problem) setError(problem);
    else setOpen(false);
  };

  const confirmClass = tone === "danger" ? "bg-red-700 text-white" : "bg-brand text-brand-contrast";
  return (
    <>
      <button
        ref={setTrigger}
        type="button"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
        className={
          className ??
          "rounded border border-slate-400 px-2 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100"
        }
      >
        {label}
      </button>
      {open ? (
        <Modal
          labelledBy={titleId}
          onClose={() => setOpen(false)}
          returnFocusTo={trigger}
          className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/50"
        >
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <div className="mt-3 space-y-2 text-slate-800">{children}</div>
          {error ? (
            <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
              {error}
            </p>
          ) : null}
          <div className="mt-6 flex justify-end gap-3">
            <button
              type="button"
              onClick={() => setOpen(false)}
              className="rounded border border-slate-400 px-4 py-2 font-medium text-slate-900"
            >
              {cancelLabel ?? t("cancel")}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={confirm}
              className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${confirmClass}`}
            >
              {busy ? t("working") : confirmLabel}
            </button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
