"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

// A page that failed to render: the school's header and footer stay, the person can retry or go home.
export default function SchoolError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("pages");
  useEffect(() => console.error(error), [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("errorText")}</p>
      {error.digest ? (
        <p className="mt-2 text-sm text-slate-600">{t("errorReference", { digest: error.digest })}</p>
      ) : null}
      <div className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast"
        >
          {t("tryAgain")}
        </button>
        <Link href="/" className="rounded border border-slate-400 px-4 py-2 font-semibold">
          {t("homePage")}
        </Link>
      </div>
    </div>
  );
}
