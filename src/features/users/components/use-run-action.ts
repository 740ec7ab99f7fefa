"use client";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/server/action-result";

/** Runs a row action: refreshes the page on success, returns the message to show otherwise. */
export function useRunAction() {
  const router = useRouter();
  return async (run: () => Promise<ActionResult<unknown>>): Promise<string | void> => {
    const result = await run();
    if (result.ok) return router.refresh();
    if (result.signedOut) return router.push("/login");
    return (
      result.formError ??
      Object.values(result.fieldErrors ?? {})
        .flat()
        .join(" ") ??
      "That did not work. Try again."
    );
  };
}
