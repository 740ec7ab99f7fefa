import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Inside the school's own layout: its name, logo and colours stay, with a way back.
export default async function SchoolNotFound() {
  const t = await getTranslations("pages");
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("notFoundText")}</p>
      <p className="mt-6">
        <Link href="/" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
