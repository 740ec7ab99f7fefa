import { useTranslations } from "next-intl";

// Neutral on purpose: an unknown host or path names no school and no product.
export default function NotFound() {
  const t = useTranslations("pages");
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("unknownAddress")}</p>
    </main>
  );
}
