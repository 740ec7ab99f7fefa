"use client";
// A native modal <dialog> that is in the page only while it is open: focus moves in, Escape
// closes it, the page behind is out of reach, and focus goes back to the button that opened it.
// Rendered on demand, so a roster of 35 rows does not send 70 hidden forms with every page.
import { useEffect, useRef, type ReactNode } from "react";

export function Modal({
  labelledBy,
  onClose,
  returnFocusTo,
  className,
  children,
}: {
  labelledBy: string;
  onClose: () => void;
  /** The button that opened it. */
  returnFocusTo: HTMLButtonElement | null;
  className: string;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    return () => returnFocusTo?.focus();
  }, [returnFocusTo]);
  return (
    <dialog ref={dialog} aria-labelledby={labelledBy} onClose={onClose} className={className}>
      {children}
    </dialog>
  );
}
