import Link from "next/link";
import { useTranslations } from "next-intl";

export default function ConsoleNotFound() {
  const t = useTranslations("console");
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-3 text-slate-700">{t("notFound.text")}</p>
      <p className="mt-6">
        <Link href="/tenants" className="rounded bg-slate-900 px-4 py-2 font-semibold text-white">
          {t("notFound.back")}
        </Link>
      </p>
    </div>
  );
}
