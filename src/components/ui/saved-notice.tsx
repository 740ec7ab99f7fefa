"use client";
// The confirmation a record page shows after its form saved (?saved=created|updated). It takes
// keyboard focus, so the person hears it and goes on from the top of the record, and removes the
// parameter so a reload or a shared link does not claim a fresh save.
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/** `created`: what a new record's page says ("Student added."); an update says "Changes saved.". */
export function SavedNotice({ created }: { created: string }) {
  const t = useTranslations("forms");
  const saved = useSearchParams().get("saved");
  const pathname = usePathname();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!saved) return;
    ref.current?.focus();
    const url = new URL(window.location.href);
    url.searchParams.delete("saved");
    window.history.replaceState(window.history.state, "", `${pathname}${url.search}`);
  }, [saved, pathname]);
  if (saved !== "created" && saved !== "updated") return null;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role="status"
      className="rounded border border-green-300 bg-green-50 p-3 text-sm font-medium text-green-900 focus:outline-2 focus:outline-green-800"
    >
      {saved === "created" ? created : t("changesSaved")}
    </p>
  );
}
