// Exact fractions over BigInt for the grade maths. Stored points and weights have at most two
// decimals, so every value is a ratio of integers and nothing is ever binary floating point:
// 17.9 / 20 is exactly 89.50 %, not 89.49999999999999.

export interface Fraction {
  readonly n: bigint;
  readonly d: bigint; // always > 0
}

const DECIMAL = /^(\d+)(?:\.(\d{1,2}))?$/;

/** "17.9", "17.90" or 17.9 → 1790/100. Refuses negatives, more than two decimals and non-numbers. */
export function parseDecimal(value: string | number): Fraction {
  const text = typeof value === "number" ? numberText(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a decimal with at most two places: ${String(value)}`);
  const cents = BigInt(match[1]!) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
  // Left in hundredths (not reduced): sums of points then add without a common-divisor search.
  return { n: cents, d: 100n };
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) return "NaN";
  // Shortest round-trip text ("17.9"), which is what the person typed.
  return String(value);
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y) [x, y] = [y, x % y];
  return x || 1n;
}

export function fraction(n: bigint, d: bigint = 1n): Fraction {
  if (d === 0n) throw new RangeError("division by zero");
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

export const ZERO = fraction(0n);
export const HUNDRED = fraction(100n);

export const add = (a: Fraction, b: Fraction): Fraction =>
  a.d === b.d ? { n: a.n + b.n, d: a.d } : fraction(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Fraction, b: Fraction) => fraction(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Fraction, b: Fraction) => fraction(a.n * b.n, a.d * b.d);
export const div = (a: Fraction, b: Fraction) => fraction(a.n * b.d, a.d * b.n);
export const sum = (values: Fraction[]) => values.reduce(add, ZERO);

/** -1, 0 or 1. */
export function compare(a: Fraction, b: Fraction): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export const isZero = (a: Fraction) => a.n === 0n;

/** Half up (away from zero) to two decimals, as hundredths: the one rounding the product does. */
export function toHundredths(a: Fraction): bigint {
  const negative = a.n < 0n;
  const n = negative ? -a.n : a.n;
  const rounded = (200n * n + a.d) / (2n * a.d);
  return negative ? -rounded : rounded;
}

/** Hundredths → "89.50". */
function hundredthsText(hundredths: bigint): string {
  const negative = hundredths < 0n;
  const abs = negative ? -hundredths : hundredths;
  const whole = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${whole}.${cents}`;
}

/** Half up to two decimals as text: the shown (and stored) form of a value. */
export const round2 = (a: Fraction) => hundredthsText(toHundredths(a));
