import { decode as nextAuthDecode, encode as nextAuthEncode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "./session-token.ts";

const secret = "a-secret-of-at-least-thirty-two-characters";
const claims = { uid: "u1", tid: "t1", sid: "s1", sv: 3, authTime: 1_800_000_000, email: "a@b.demo" };

describe("session token", () => {
  it("reads the cookies next-auth writes, and next-auth reads the ones written here", async () => {
    const fromNextAuth = await nextAuthEncode({ token: claims, secret, maxAge: 60 });
    expect(await decodeSessionToken({ token: fromNextAuth, secret })).toMatchObject(claims);
    const written = await encodeSessionToken({ token: claims, secret, maxAge: 60 });
    expect(await nextAuthDecode({ token: written, secret })).toMatchObject(claims);
  });

  it("sets an expiry maxAge seconds ahead and a fresh token id each time", async () => {
    const before = Math.floor(Date.now() / 1000);
    const one = await decodeSessionToken({
      token: await encodeSessionToken({ token: claims, secret, maxAge: 600 }),
      secret,
    });
    const two = await decodeSessionToken({
      token: await encodeSessionToken({ token: claims, secret, maxAge: 600 }),
      secret,
    });
    expect(one!.exp).toBeGreaterThanOrEqual(before + 600);
    expect(one!.exp).toBeLessThanOrEqual(before + 601);
    expect(one!.jti).not.toBe(two!.jti);
  });

  it("refuses a token made with another secret, an altered one and an expired one", async () => {
    const other = await nextAuthEncode({ token: claims, secret: `${secret}-other`, maxAge: 60 });
    await expect(decodeSessionToken({ token: other, secret })).rejects.toThrow();

    const good = await encodeSessionToken({ token: claims, secret, maxAge: 60 });
    const parts = good.split(".");
    const cipher = parts[3]!;
    parts[3] = (cipher[0] === "A" ? "B" : "A") + cipher.slice(1);
    await expect(decodeSessionToken({ token: parts.join("."), secret })).rejects.toThrow();

    // Past its expiry and the 15 s of clock tolerance next-auth allows.
    const expired = await encodeSessionToken({ token: claims, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
  });

  it("reads no token as no session", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
