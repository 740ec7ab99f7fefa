import { z } from "zod";
import { AppError, errorMessage, type ErrorCode, UserFacingError } from "./errors.ts";
import { issueSentence, messageText } from "@/i18n/translate";
import { isDatabaseUnavailable } from "./db/errors.ts";
import type { ActionResult } from "@/lib/action-result";

export type { ActionResult } from "@/lib/action-result";

/** zod issues as the form shows them: by top-level field name, each rule's key as its sentence. */
export function fieldErrorsOf(error: z.ZodError, locale?: string | null): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues)
    (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issueText(issue, locale));
  return fieldErrors;
}

/** One issue's sentence: a rule's key (with the values it carries in `params`) from the catalogue. */
export function issueText(issue: z.core.$ZodIssue, locale?: string | null): string {
  return issueSentence(issue, locale);
}

/**
 * An action's answer in the school's language: a refusal the body returned names catalogue keys
 * (`{ ok: false, formError: "rules.account.resetLinkExpired" }`), and the wrapper says them.
 */
export function inLanguage<T>(result: ActionResult<T>, locale?: string | null): ActionResult<T> {
  if (result.ok) return result;
  const say = (message: string) => messageText(message, locale);
  return {
    ...result,
    ...(result.formError ? { formError: say(result.formError) } : {}),
    ...(result.fieldErrors
      ? {
          fieldErrors: Object.fromEntries(
            Object.entries(result.fieldErrors).map(([field, messages]) => [field, messages.map(say)]),
          ),
        }
      : {}),
  };
}

/** What a request with fields the form does not have is told (only a tampered request has them). */
export const UNKNOWN_FIELDS = errorMessage("unknown_fields");

/** A parse failure as an action's answer: field errors by field, unknown keys as a form error. */
export function invalidInput(error: z.ZodError, locale?: string | null): ActionResult<never> {
  const unknown = error.issues.some((issue) => issue.code === "unrecognized_keys");
  const known = new z.ZodError(error.issues.filter((issue) => issue.code !== "unrecognized_keys"));
  return {
    ok: false,
    fieldErrors: fieldErrorsOf(known, locale),
    ...(unknown
      ? { code: "unknown_fields", formError: errorMessage("unknown_fields", undefined, locale ?? undefined) }
      : {}),
  };
}

/** A coded refusal as an action's answer: its code and its catalogue sentence. */
export function refusalOf(code: ErrorCode): ActionResult<never> & { ok: false } {
  return { ok: false, code, formError: errorMessage(code) };
}

/** A service's refusal as an action's answer, in the school's language, on its field if it names one. */
export function refusal(error: UserFacingError, locale?: string | null): ActionResult<never> {
  const text = error.textIn(locale);
  const code = error instanceof AppError ? { code: error.code } : {};
  return error.field
    ? { ok: false, ...code, fieldErrors: { [error.field]: [text] } }
    : { ok: false, ...code, formError: text };
}

/**
 * Runs an action's whole body (the session check included); when the database is unreachable,
 * overloaded or cut a statement for running too long, the person is told to try again in a
 * moment instead of meeting an error page, and the server's log says what happened where.
 */
export async function answeringWhenDatabaseUnavailable<T>(
  path: string,
  run: () => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error(`database unavailable during the action of ${path}:`, oneLine(error));
    return refusalOf("database_unavailable");
  }
}

const oneLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 300);
