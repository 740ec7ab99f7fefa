import type { MessageValues } from "@/i18n/message-key";
import { messageText, translator } from "@/i18n/translate";

// Refusals a user can read. Services throw them; the action wrappers turn them into the form's
// error (or a field's), so a rule broken deep in a service still reaches the person who broke it.
// The refusal names a catalogue key; `message` is its English sentence (logs, tests) and textIn()
// the sentence in the school's language.
export class UserFacingError extends Error {
  override name = "UserFacingError";
  constructor(
    readonly key: string,
    readonly field?: string,
    readonly values?: MessageValues,
  ) {
    super(messageText(key, "en", values));
  }

  textIn(setting: string | null | undefined): string {
    return messageText(this.key, setting, this.values);
  }
}

/**
 * The refusals with a stable code (docs/decisions/015): the code is what tests, logs and support
 * name; the sentence comes from the catalogue (messages/<locale>.json, namespace "errors").
 */
export const ERROR_CODES = [
  "signed_out",
  "not_allowed",
  "module_off",
  "try_again",
  "unknown_fields",
  "service_unavailable",
  "not_found",
  "database_unavailable",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The catalogue's sentence for a code (English until the school's language ships). */
export function errorMessage(code: ErrorCode, values?: Record<string, string>, locale?: string): string {
  return translator(locale, "errors")(code, values);
}

export class AppError extends UserFacingError {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    options: { field?: string; values?: Record<string, string> } = {},
  ) {
    super(`errors.${code}`, options.field, options.values);
  }
}

/** Another school's id, a deleted record, or one outside the user's reach: all look the same. */
export class NotFoundError extends AppError {
  override name = "NotFoundError";
  constructor(what = "record") {
    super("not_found", { values: { what } });
  }
}
