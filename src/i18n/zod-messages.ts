// zod's own messages (for rules that name none of their own) from the catalogue, in the school's
// language: "Use at most 100 characters.", never zod's developer wording ("Too big: expected …").
import { z } from "zod";
// use-intl/core: the translator without React, so the job runner's process can use it too.
import { createTranslator } from "use-intl/core";
import { CATALOGUES, shippedLocaleFor } from "./locales";

type Issue = z.core.$ZodRawIssue;

const byLocale = new Map<string, (issue: Issue) => string>();

/** zod's error map in a school's language (one per shipped language). */
export function zodMessages(setting?: string | null): (issue: Issue) => string {
  const locale = shippedLocaleFor(setting);
  let map = byLocale.get(locale);
  if (!map) byLocale.set(locale, (map = errorMapFor(locale)));
  return map;
}

function errorMapFor(locale: ReturnType<typeof shippedLocaleFor>) {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: "validation" });
  return (issue: Issue): string => {
    const i = issue as Issue & {
      origin?: string;
      minimum?: number | bigint;
      maximum?: number | bigint;
      format?: string;
      expected?: string;
    };
    const min = Number(i.minimum ?? 0);
    const max = Number(i.maximum ?? 0);
    switch (issue.code) {
      case "invalid_type":
        return i.input === undefined || i.input === null || i.input === ""
          ? t("required")
          : i.expected === "number"
            ? t("number")
            : t("invalid");
      case "too_small":
        if (i.origin === "string") return min <= 1 ? t("required") : t("too_short", { minimum: min });
        if (i.origin === "array" || i.origin === "set") return t("too_few", { minimum: min });
        return t("too_small", { minimum: min });
      case "too_big":
        if (i.origin === "string") return t("too_long", { maximum: max });
        if (i.origin === "array" || i.origin === "set") return t("too_many", { maximum: max });
        return t("too_big", { maximum: max });
      case "invalid_format":
        return i.format === "email" ? t("email") : t("format");
      case "invalid_value":
      case "invalid_union":
        return t("choice");
      case "not_multiple_of":
        return t("whole_number");
      default:
        return t("invalid");
    }
  };
}

/** Installs English (the shipped default) for every schema in this bundle. */
z.config({ customError: zodMessages("en") });
