"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action-result";

/** Runs a row action: refreshes the page on success, returns the message to show otherwise. */
export function useRunAction() {
  const router = useRouter();
  const t = useTranslations("forms");
  return async (run: () => Promise<ActionResult<unknown>>): Promise<string | void> => {
    try {
      const result = await run();
      if (result.ok) return router.refresh();
      if (result.signedOut) return router.push("/login");
      return (
        result.formError ??
        (Object.values(result.fieldErrors ?? {})
          .flat()
          .join(" ") ||
          t("didNotWork"))
      );
    } catch {
      return t("requestFailed");
    }
  };
}
