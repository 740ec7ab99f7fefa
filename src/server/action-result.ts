import type { z } from "zod";
import { UserFacingError } from "./errors.ts";

export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]>; signedOut?: boolean };

/** zod issues as the form shows them: by top-level field name. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return fieldErrors;
}

export function refusal(error: UserFacingError): ActionResult<never> {
  return error.field ? { ok: false, fieldErrors: { [error.field]: [error.message] } } : { ok: false, formError: error.message };
}
