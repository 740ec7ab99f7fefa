import type { Metadata } from "next";
import { getLocale, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";
import { CatalogueProvider } from "@/i18n/catalogue-provider";
import { shippedLocaleFor } from "@/i18n/locales";
import "./globals.css";

export const metadata: Metadata = {
  // No template here: a school's pages carry its own name only (see t/[host]/layout.tsx).
  title: "K-12 Student Information System",
  description: "Student, teacher and class records for schools and districts.",
  icons: { icon: "/favicon.svg" },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The language actually rendered: the school's where its catalogue ships (src/i18n), else English.
  const locale = shippedLocaleFor(await getLocale());
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <CatalogueProvider locale={locale} timeZone={await getTimeZone()}>
          {children}
        </CatalogueProvider>
      </body>
    </html>
  );
}
