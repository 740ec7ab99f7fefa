// Password storage and rules (OWASP ASVS 5.0 V6). bcrypt reads only the first 72 bytes, so the
// password is first reduced to a fixed 44-byte SHA-256 digest (base64): long passphrases keep all
// their strength and no two passwords that share 72 bytes collide.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
// (No "server-only" marker: the demo seed hashes with this module too; node:crypto keeps it off the client.)

export const BCRYPT_COST = 12;
const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 128;

function prehash(password: string): string {
  return createHash("sha256").update(password.normalize("NFKC"), "utf8").digest("base64");
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(prehash(password), BCRYPT_COST);
}

/** Stored for an invited account until its owner chooses a password: no password matches it. */
export const NO_PASSWORD_YET = "!invited";

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (!hash.startsWith("$2")) return verifyAgainstNothing(password);
  return bcrypt.compare(prehash(password), hash);
}

let dummyHash: Promise<string> | null = null;
/** Spends the same time as a real check, for unknown accounts: the answer never tells them apart. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword("no account has this password, by construction");
  await verifyPassword(password, await dummyHash);
  return false;
}

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set(
    fs
      .readFileSync(path.join(process.cwd(), "src/server/auth/common-passwords.txt"), "utf8")
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line && !line.startsWith("#")),
  );
  return common;
}

/**
 * Problems with a new password, in words a parent or teacher understands (catalogue keys, said in
 * the school's language by the action wrapper); empty when fine.
 */
export function passwordProblems(password: string, context: { email?: string } = {}): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push("rules.password.tooShort");
  if (length > PASSWORD_MAX_LENGTH) problems.push("rules.password.tooLong");
  if (commonPasswords().has(password.toLowerCase())) problems.push("rules.password.common");
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local))
    problems.push("rules.password.containsEmail");
  return problems;
}
