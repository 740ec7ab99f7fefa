// How a search is split into words, the same way the database splits a student's names into the
// words it keeps for the search (student_search_words_of, migration 032): lower case, apostrophes
// dropped ("O'Brien" is "obrien"), split at anything that is not a letter or a digit.

export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The words that start with `prefix`, as a range: `word >= prefix AND word < end`. The column is in
 * byte order (COLLATE "C"), which for UTF-8 is code point order, so the end is the prefix with its
 * last character one code point higher.
 */
export function prefixRange(prefix: string): { gte: string; lt: string } {
  const chars = [...prefix];
  const last = chars.pop()!;
  return { gte: prefix, lt: chars.join("") + String.fromCodePoint(last.codePointAt(0)! + 1) };
}
