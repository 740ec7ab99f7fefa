import "server-only";
// The school's vocabulary in an async server component: (await getVocabulary()).grade("9").
import { getTranslations } from "next-intl/server";
import { vocabularyOf, type CatalogueTranslator, type Vocabulary } from "./vocabulary";

export async function getVocabulary(): Promise<Vocabulary> {
  return vocabularyOf((await getTranslations()) as unknown as CatalogueTranslator);
}
