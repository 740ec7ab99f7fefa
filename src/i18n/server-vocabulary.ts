import "server-only";
// The school's vocabulary in an async server component: (await getVocabulary()).grade("9").
import { getLocale } from "next-intl/server";
import { vocabulary } from "./translate";
import type { Vocabulary } from "./vocabulary";

export async function getVocabulary(): Promise<Vocabulary> {
  return vocabulary(await getLocale());
}
