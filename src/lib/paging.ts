// One way to page a list: the sizes people may choose, and which page of how many they are on.
import { z } from "zod";

export const PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = PAGE_SIZES[0];

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
