// The archive's container: a ZIP (opens with a double click on any operator's computer).
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export function packFiles(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}

/** The archive's files as text; null when the bytes are not a ZIP. */
export function unpackFiles(bytes: Uint8Array, limits: { maxFiles: number; maxBytes: number; only?: (name: string) => boolean }): Record<string, string> | null {
  let entries: Record<string, Uint8Array>;
  try {
    let total = 0;
    let count = 0;
    // The filter sees each entry's declared size before it is inflated: refuse archive bombs.
    entries = unzipSync(bytes, {
      filter: (file) => {
        count += 1;
        total += file.originalSize;
        if (count > limits.maxFiles || total > limits.maxBytes) throw new RangeError("too large");
        return limits.only?.(file.name) ?? true;
      },
    });
  } catch (error) {
    if (error instanceof RangeError) throw error;
    return null;
  }
  return Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
}
