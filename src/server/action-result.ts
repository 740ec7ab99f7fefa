import { z } from "zod";
import { AppError, errorMessage, type ErrorCode, UserFacingError } from "./errors.ts";
import type { ActionResult } from "@/lib/action-result";

export type { ActionResult } from "@/lib/action-result";

/** zod issues as the form shows them: by top-level field name. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return fieldErrors;
}

/** What a request with fields the form does not have is told (only a tampered request has them). */
export const UNKNOWN_FIELDS = errorMessage("unknown_fields");

/** A parse failure as an action's answer: field errors by field, unknown keys as a form error. */
export function invalidInput(error: z.ZodError): ActionResult<never> {
  const unknown = error.issues.some((issue) => issue.code === "unrecognized_keys");
  const known = new z.ZodError(error.issues.filter((issue) => issue.code !== "unrecognized_keys"));
  return {
    ok: false,
    fieldErrors: fieldErrorsOf(known),
    ...(unknown ? { code: "unknown_fields", formError: UNKNOWN_FIELDS } : {}),
  };
}

/** A coded refusal as an action's answer: its code and its catalogue sentence. */
export function refusalOf(code: ErrorCode): ActionResult<never> & { ok: false } {
  return { ok: false, code, formError: errorMessage(code) };
}

export function refusal(error: UserFacingError): ActionResult<never> {
  if (error instanceof AppError) {
    return error.field
      ? { ok: false, code: error.code, fieldErrors: { [error.field]: [error.message] } }
      : { ok: false, code: error.code, formError: error.message };
  }
  return error.field
    ? { ok: false, fieldErrors: { [error.field]: [error.message] } }
    : { ok: false, formError: error.message };
}
