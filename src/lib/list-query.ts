// One way to read a list's URL: the search words, the page sizes people may choose, and which page
// of how many they are on. Every list (students, teachers, classes, people, the console's schools) uses it.
import { z } from "zod";

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = PAGE_SIZES[0];

/** ?size= from the URL: one of PAGE_SIZES, anything else falls back to the default. */
export const pageSizeParam = z
  .enum(PAGE_SIZES.map(String) as ["25", "50", "100"])
  .transform(Number)
  .optional()
  .catch(undefined);

export interface PageWindow {
  page: number;
  pageCount: number;
  size: number;
  skip: number;
}

/** The page asked for, clamped to the pages that exist (a stale link to page 40 shows the last). */
export function pageWindow(
  total: number,
  requested: number | undefined,
  size: number = DEFAULT_PAGE_SIZE,
): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, requested ?? 1), pageCount);
  return { page, pageCount, size, skip: (page - 1) * size };
}

/** ?q= from the URL: trimmed, at most 100 characters; junk falls back to no search. */
export const searchParam = z.string().trim().max(100).optional().catch(undefined);
/** ?page= from the URL; junk falls back to the first page. */
export const pageParam = z.coerce.number().int().min(1).max(100_000).optional().catch(undefined);

/** The words of a search (at most four), each of which must match somewhere. */
export function searchWords(q: string | undefined, max = 4): string[] {
  return (q ?? "").split(/\s+/).filter(Boolean).slice(0, max);
}
