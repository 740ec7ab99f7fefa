// The school's vocabulary in a component (client or server, not async): useVocabulary().grade("9").
// The same object while the language stays, so tables can keep their column definitions.
import { useLocale } from "next-intl";
import { vocabulary } from "./translate";
import type { Vocabulary } from "./vocabulary";

export function useVocabulary(): Vocabulary {
  return vocabulary(useLocale());
}
