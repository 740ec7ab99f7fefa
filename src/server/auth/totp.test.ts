import { describe, expect, it, vi } from "vitest";
import { decryptSecret, encryptSecret } from "./secrets.ts";
import { codeAt, currentStep, matchingStep, newTotpSecret, otpauthUri } from "./totp.ts";

describe("TOTP", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 25, 12, 0, 10);

  it("accepts this step's code and one step either side, nothing further", async () => {
    const here = currentStep(now);
    for (const offset of [-1, 0, 1])
      expect(await matchingStep(secret, await codeAt(secret, here + offset), now)).toBe(here + offset);
    for (const offset of [-3, -2, 2, 3]) {
      const code = await codeAt(secret, here + offset);
      const nearby = await Promise.all([-1, 0, 1].map((o) => codeAt(secret, here + o)));
      if (!nearby.includes(code)) expect(await matchingStep(secret, code, now)).toBeNull();
    }
  });

  it("refuses malformed codes", async () => {
    for (const code of ["", "12345", "1234567", "abcdef", "12 345"])
      expect(await matchingStep(secret, code, now)).toBeNull();
  });

  it("builds an otpauth URI for authenticator apps", () => {
    const uri = otpauthUri(secret, "Lincoln High School", "admin@lincoln.demo");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${secret}`);
  });
});

describe("secrets at rest", () => {
  it("round-trips, never stores the plain text, and detects tampering", () => {
    vi.stubEnv("APP_ENCRYPTION_KEY", Buffer.alloc(32, 7).toString("base64"));
    const stored = encryptSecret("JBSWY3DPEHPK3PXP");
    expect(stored).not.toContain("JBSWY3DPEHPK3PXP");
    expect(stored.length).toBeLessThanOrEqual(255);
    expect(decryptSecret(stored)).toBe("JBSWY3DPEHPK3PXP");
    const parts = stored.split(".");
    parts[3] = Buffer.from("tampered!").toString("base64url");
    expect(() => decryptSecret(parts.join("."))).toThrow();
    vi.stubEnv("APP_ENCRYPTION_KEY", Buffer.alloc(32, 8).toString("base64"));
    expect(() => decryptSecret(stored)).toThrow();
    vi.unstubAllEnvs();
  });
});
