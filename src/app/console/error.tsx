"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

export default function ConsoleError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("console");
  useEffect(() => console.error(error), [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">{t("error.title")}</h1>
      <p className="mt-3 text-slate-700">
        {error.digest ? t("error.textWithReference", { digest: error.digest }) : t("error.text")}
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-slate-900 px-4 py-2 font-semibold text-white"
        >
          {t("error.tryAgain")}
        </button>
        <Link href="/tenants" className="rounded border border-slate-400 px-4 py-2 font-semibold">
          {t("list.title")}
        </Link>
      </div>
    </div>
  );
}
