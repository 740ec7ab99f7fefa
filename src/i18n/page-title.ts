import "server-only";
// A page's title (the browser tab, the history list) from the catalogue's "titles", in the page's
// language: `export const generateMetadata = pageTitle("students");`.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type en from "../../messages/en.json";

export function pageTitle(key: keyof (typeof en)["titles"], extra: Omit<Metadata, "title"> = {}) {
  return async (): Promise<Metadata> => {
    const t = await getTranslations("titles");
    return { ...extra, title: t(key) };
  };
}
