"use client";
// English or Spanish, on every page a family meets. Signed in, the choice is kept on the account;
// before that, on this browser. Each language is named in itself, so a reader finds their own.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { chooseLanguageAction } from "../actions";

const LANGUAGES = [
  { code: "en", name: "English" },
  { code: "es", name: "Español" },
] as const;

export function LanguageChoice() {
  const t = useTranslations("portal.language");
  const locale = useLocale();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <div role="group" aria-label={t("label")} className="flex items-center gap-1">
      {LANGUAGES.map((l) => (
        <button
          key={l.code}
          type="button"
          lang={l.code}
          aria-pressed={locale === l.code}
          disabled={busy}
          onClick={async () => {
            if (locale === l.code) return;
            setBusy(true);
            setFailed(false);
            try {
              const result = await chooseLanguageAction({ language: l.code });
              if (result.ok) router.refresh();
              else setFailed(true);
            } catch {
              setFailed(true);
            } finally {
              setBusy(false);
            }
          }}
          className="min-h-11 min-w-11 rounded px-3 text-sm font-medium text-blue-800 underline aria-pressed:bg-slate-200 aria-pressed:text-slate-900 aria-pressed:no-underline"
        >
          {l.name}
        </button>
      ))}
      {failed ? (
        <span role="alert" className="text-sm text-red-800">
          {t("failed")}
        </span>
      ) : null}
    </div>
  );
}
