import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("console");
  return {
    title: { absolute: t("layout.name"), template: `%s · ${t("layout.name")}` },
    robots: { index: false },
  };
}

// Reached only on the console host (middleware.ts rewrites it here; /console itself is 404).
export default function ConsoleLayout({ children }: { children: ReactNode }) {
  const t = useTranslations("console");
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t("layout.skip")}
      </a>
      <header className="bg-slate-900 text-white">
        <div className="mx-auto max-w-6xl px-6 py-4">
          <p className="text-xl font-semibold">{t("layout.banner")}</p>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-6 py-10">
        {children}
      </main>
    </div>
  );
}
