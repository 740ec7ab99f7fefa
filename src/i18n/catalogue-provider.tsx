"use client";
// The catalogue for client components, from the browser's own (cached) copy of the bundle: the
// catalogues are already in it (the form resolver and zod's messages use them), so a page does
// not send them again inside every response. The school's timezone comes from the server's
// request configuration (src/i18n/request.ts), so the browser and the server render dates alike.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { CATALOGUES, type ShippedLocale } from "./locales";

export function CatalogueProvider({
  locale,
  timeZone,
  children,
}: {
  locale: ShippedLocale;
  timeZone: string;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={CATALOGUES[locale]}>
      {children}
    </NextIntlClientProvider>
  );
}
