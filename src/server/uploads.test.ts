// Logo uploads: the format comes from the bytes, files are named by content, and only such names are served.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLogo, sniffImage, storeLogo } from "./uploads.ts";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "sis-uploads-"));
  process.env.UPLOAD_DIR = dir;
});
afterAll(async () => {
  delete process.env.UPLOAD_DIR;
  await rm(dir, { recursive: true, force: true });
});

describe("logo uploads", () => {
  it("recognises images by their bytes and refuses SVG and anything else", () => {
    expect(sniffImage(PNG)).toBe("png");
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpg");
    expect(sniffImage(Buffer.from("GIF89a"))).toBe("gif");
    expect(sniffImage(Buffer.from("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).toBe("webp");
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBeNull();
    expect(sniffImage(Buffer.from("%PDF-1.7"))).toBeNull();
  });

  it("stores under the content's hash and serves only such names", async () => {
    const url = await storeLogo(PNG, "png");
    expect(url).toMatch(/^\/api\/uploads\/logos\/[0-9a-f]{64}\.png$/);
    expect(await storeLogo(PNG, "png")).toBe(url);
    const served = await readLogo(url.split("/").pop()!);
    expect(served?.type).toBe("image/png");
    expect(Buffer.compare(served!.bytes, PNG)).toBe(0);
    expect(await readLogo("../../../etc/passwd")).toBeNull();
    expect(await readLogo(`${"0".repeat(64)}.svg`)).toBeNull();
    expect(await readLogo(`${"0".repeat(64)}.png`)).toBeNull();
  });
});
