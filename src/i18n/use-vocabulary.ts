// The school's vocabulary in a component (client or server, not async): useVocabulary().grade("9").
// The same object while the language stays, so tables can keep their column definitions.
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { vocabularyOf, type CatalogueTranslator, type Vocabulary } from "./vocabulary";

export function useVocabulary(): Vocabulary {
  const t = useTranslations();
  return useMemo(() => vocabularyOf(t as unknown as CatalogueTranslator), [t]);
}
