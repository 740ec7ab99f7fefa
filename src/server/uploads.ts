import "server-only";
// Files operators upload (school logos), stored on local disk under UPLOAD_DIR (default
// .data/uploads; a persistent volume in production) and named by their SHA-256, so a name never
// collides and a file never changes. Served by /api/uploads/logos/<name>.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export const LOGO_MAX_BYTES = 512 * 1024;
const LOGO_TYPES = {
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
} as const;
export type LogoExtension = keyof typeof LOGO_TYPES;
const NAME = /^[0-9a-f]{64}\.(png|jpg|webp|gif)$/;

const uploadDir = () => path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads");

/** The image format from the file's first bytes (never from its name or the browser's claim). SVG is refused: it can carry script. */
export function sniffImage(bytes: Uint8Array): LogoExtension | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (starts(0xff, 0xd8, 0xff)) return "jpg";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "gif";
  if (
    starts(0x52, 0x49, 0x46, 0x46) &&
    bytes[8] === 0x57 &&
    bytes[9] === 0x45 &&
    bytes[10] === 0x42 &&
    bytes[11] === 0x50
  )
    return "webp";
  return null;
}

/** Stores a logo and returns the address it is served at. */
export async function storeLogo(bytes: Uint8Array, extension: LogoExtension): Promise<string> {
  const name = `${createHash("sha256").update(bytes).digest("hex")}.${extension}`;
  const dir = path.join(uploadDir(), "logos");
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, name), bytes);
  return `/api/uploads/logos/${name}`;
}

export async function readLogo(name: string): Promise<{ bytes: Buffer; type: string } | null> {
  if (!NAME.test(name)) return null;
  try {
    const bytes = await readFile(path.join(uploadDir(), "logos", name));
    return { bytes, type: LOGO_TYPES[name.split(".")[1] as LogoExtension] };
  } catch {
    return null;
  }
}
