"use client";
// The catalogue for client components, from the browser's own (cached) copy of the bundle: the
// catalogues are already in it (the form resolver and zod's messages use them), so a page does
// not send them again inside every response.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { CATALOGUES, type ShippedLocale } from "./locales";

export function CatalogueProvider({ locale, children }: { locale: ShippedLocale; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={CATALOGUES[locale]}>
      {children}
    </NextIntlClientProvider>
  );
}
