// TOTP codes (RFC 6238, 30-second steps, 6 digits) checked one step either side of now, and
// reported with the step they matched so a code can be refused when used a second time.
import { timingSafeEqual } from "node:crypto";
import { generate, generateSecret, generateURI } from "otplib";

const STEP_SECONDS = 30;
const WINDOW_STEPS = 1;

export const newTotpSecret = () => generateSecret();

export function otpauthUri(secret: string, issuer: string, account: string): string {
  return generateURI({ issuer, label: account, secret });
}

export const currentStep = (now = Date.now()) => Math.floor(now / 1000 / STEP_SECONDS);

export function codeAt(secret: string, step: number): Promise<string> {
  return generate({ secret, epoch: step * STEP_SECONDS });
}

/** The step whose code this is, within ±WINDOW_STEPS of now, or null. */
export async function matchingStep(secret: string, code: string, now = Date.now()): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const here = currentStep(now);
  let found: number | null = null;
  for (let step = here - WINDOW_STEPS; step <= here + WINDOW_STEPS; step++) {
    const expected = Buffer.from(await codeAt(secret, step));
    if (timingSafeEqual(expected, Buffer.from(code)) && found === null) found = step;
  }
  return found;
}
