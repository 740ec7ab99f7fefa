import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import {
  BCRYPT_COST,
  hashPassword,
  passwordProblems,
  verifyAgainstNothing,
  verifyPassword,
} from "./passwords.ts";
import { messageText } from "../../i18n/translate.ts";

/** The problems as the person reads them (the action says each key in the school's language). */
const problemsOf = (password: string, context?: { email?: string }) =>
  passwordProblems(password, context).map((key) => messageText(key, "en"));

describe("passwords", () => {
  it("hashes with bcrypt at cost 12 and verifies only the same password", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(bcrypt.getRounds(hash)).toBe(BCRYPT_COST);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
  });

  it("tells apart long passwords that share their first 72 bytes", async () => {
    const base = "a".repeat(80);
    const hash = await hashPassword(`${base}-one`);
    expect(await verifyPassword(`${base}-two`, hash)).toBe(false);
    expect(await verifyPassword(`${base}-one`, hash)).toBe(true);
  });

  it("answers false for an unknown account, after doing the same work", async () => {
    expect(await verifyAgainstNothing("anything at all")).toBe(false);
  });

  it("refuses short, overlong, common and email-based passwords", () => {
    expect(problemsOf("short1!")).toEqual(["Use at least 12 characters."]);
    expect(problemsOf("x".repeat(129))).toEqual(["Use at most 128 characters."]);
    expect(problemsOf("Password1234")).toEqual(["This password is too common; choose another."]);
    expect(problemsOf("dana.whitfield-rocks", { email: "dana.whitfield@lincoln.demo" })).toEqual([
      "Do not use your email address in your password.",
    ]);
    expect(problemsOf("Maple syrup on Tuesdays")).toEqual([]);
    expect(problemsOf("🦊".repeat(12))).toEqual([]); // characters, not bytes
  });
});
