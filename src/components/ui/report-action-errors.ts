"use client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";

/**
 * Puts a refused action's messages where the person will see them: on the field they belong to,
 * or at the top of the form; a session that ended sends them to sign in.
 */
export function reportActionErrors<V extends FieldValues>(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  form: {
    fields: object;
    setError: UseFormSetError<V>;
    setFormError: (message: string) => void;
    signIn: () => void;
  },
): void {
  if (result.signedOut) return form.signIn();
  let focused = false;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (!(field in form.fields)) {
      form.setFormError(messages.join(" "));
      continue;
    }
    // Keyboard focus goes to the first field to fix, as it does for the form's own checks.
    form.setError(field as Path<V>, { message: messages.join(" ") }, { shouldFocus: !focused });
    focused = true;
  }
  if (result.formError) form.setFormError(result.formError);
  if (!focused) window.scrollTo({ top: 0 });
}

/**
 * A record form's answer: on success open the record's page (fresh) with ?saved=created|updated,
 * which the page confirms with <SavedNotice>; otherwise show why not.
 */
export function openSavedRecord<V extends FieldValues>(
  result: ActionResult<{ id: string }>,
  form: {
    router: { push(href: string): void; refresh(): void };
    recordPath: (id: string) => string;
    existingId?: string | undefined;
    fields: object;
    setError: UseFormSetError<V>;
    setFormError: (message: string) => void;
  },
): void {
  if (result.ok) {
    const saved = form.existingId ? "updated" : "created";
    form.router.push(`${form.recordPath(result.data?.id ?? form.existingId!)}?saved=${saved}`);
    form.router.refresh();
    return;
  }
  reportActionErrors(result, {
    fields: form.fields,
    setError: form.setError,
    setFormError: form.setFormError,
    signIn: () => form.router.push("/login"),
  });
}
