// Uploaded school logos, on every host (logos are public: they are on every school page).
import { readLogo } from "@/server/uploads";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const logo = await readLogo((await params).file);
  if (!logo) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(logo.bytes), {
    headers: {
      "content-type": logo.type,
      // Named by content: the same name is always the same image.
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'",
    },
  });
}
