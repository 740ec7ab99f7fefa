"use client";
// react-hook-form's resolver for a form checked by the action's own zod schema: each rule's
// catalogue key is shown as its sentence in the page's language, and zod's own checks speak that
// language too, so the browser says what the server would answer.
import { toNestErrors } from "@hookform/resolvers";
import { useLocale, useTranslations } from "next-intl";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { issueTextOf, type KeyTranslator } from "@/i18n/message-key";
import { zodMessages } from "@/i18n/zod-messages";

export function useSchemaResolver<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
  /** The part of the form's values the schema checks (a form that shares fields). */
  toInput?: (values: z.input<S>) => z.input<S>,
): Resolver<z.input<S>, unknown, z.output<S>> {
  const t = useTranslations() as unknown as KeyTranslator;
  const locale = useLocale();
  return async (values, _context, resolverOptions) => {
    const result = await schema.safeParseAsync(toInput ? toInput(values) : values, {
      error: zodMessages(locale),
    });
    if (result.success) return { values: result.data as z.output<S>, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      flat[issue.path.join(".")] ??= { type: issue.code, message: issueTextOf(issue, t) };
    }
    return { values: {}, errors: toNestErrors(flat, resolverOptions) };
  };
}
