"use client";
// Copies a value someone must paste elsewhere (a DNS record), and says so where a screen reader hears it.
import { useTranslations } from "next-intl";
import { useState } from "react";

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (a page served without HTTPS): select the text in a scratch field and copy.
    const field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.append(field);
    field.select();
    const done = document.execCommand("copy");
    field.remove();
    return done;
  }
}

export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useTranslations("forms");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2 font-sans">
      <button
        type="button"
        className="rounded border border-slate-400 bg-white px-2 py-0.5 text-xs font-medium hover:bg-slate-100"
        onClick={async () => setState((await copy(value)) ? "copied" : "failed")}
      >
        {t("copy", { what: label })}
      </button>
      <span role="status" className="text-xs text-slate-700">
        {state === "copied" ? t("copied") : state === "failed" ? t("copyByHand") : ""}
      </span>
    </span>
  );
}
