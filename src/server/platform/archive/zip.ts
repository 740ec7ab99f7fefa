// The archive's container: a ZIP (opens with a double click on any operator's computer).
// Reading one never inflates more than asked for: the directory is listed first (names and
// declared sizes, nothing inflated), and each entry is inflated on its own into a buffer of its
// declared size, which bounds the memory an entry can take whatever its compressed bytes say.
import { strToU8, unzipSync, zipSync } from "fflate";

export function packFiles(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), {
    level: 6,
  });
}

export interface ZipEntry {
  name: string;
  originalSize: number;
}

/** The entries' names and declared sizes, without inflating any; null when the bytes are not a ZIP. */
export function listEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, originalSize: file.originalSize });
        if (entries.length > maxEntries) throw new RangeError("too many entries");
        return false;
      },
    });
  } catch {
    return null;
  }
  return entries;
}

/** One entry's bytes (at most its declared size); null when it cannot be inflated. */
export function inflateEntry(bytes: Uint8Array, name: string): Uint8Array | null {
  try {
    return unzipSync(bytes, { filter: (file) => file.name === name })[name] ?? null;
  } catch {
    return null;
  }
}
