"use client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";

/**
 * For forms that do not call a server action (the archive upload posts to a route): puts a refused
 * answer's messages where the person will see them: on the field they belong to,
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
