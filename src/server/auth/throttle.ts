import "server-only";
// Throttles for sign-in and password-reset requests (docs/decisions/011). Everything is counted per
// school from auth_attempts rows, so it holds across app instances. The rules are built so that an
// attacker cannot turn them against the real person: failures never end a session, a guesser from
// one address slows only that address for that account, and an account under attack from many
// addresses still opens from the addresses its owner signed in from before.
import type { TenantDb } from "@/server/db/with-tenant";

/** Failures for one account from one address before that address must wait. */
export const PAIR_MAX_FAILURES = 5;
const PAIR_WINDOW_MINUTES = 15;
/** Failures from one address across all accounts (a sprayer) before it must wait. */
export const ADDRESS_MAX_FAILURES = 30;
const ADDRESS_WINDOW_MINUTES = 15;
/** Failures for one account from everywhere before only its known addresses may still try. */
export const ACCOUNT_MAX_FAILURES = 50;
const ACCOUNT_WINDOW_MINUTES = 60;
/** An address the account signed in from this recently is one of its known addresses. */
const KNOWN_ADDRESS_DAYS = 30;
/** Password-reset mails per account, and reset requests per address, per hour. */
export const RESET_MAILS_PER_ACCOUNT_HOUR = 3;
export const RESET_REQUESTS_PER_ADDRESS_HOUR = 10;

const since = (minutes: number) => new Date(Date.now() - minutes * 60_000);

export type ThrottleVerdict = "allowed" | "pair" | "address" | "account";

/** May this address try this account's password now? Counted before the password is checked. */
export async function signInVerdict(
  tx: TenantDb,
  email: string,
  ip: string | null,
): Promise<ThrottleVerdict> {
  if (ip) {
    // The last success from here within the known-address window: it makes this a known address,
    // and only failures after it count against the pair.
    const lastSuccess = await tx.authAttempt.findFirst({
      where: {
        kind: "sign_in",
        email,
        ipAddress: ip,
        succeeded: true,
        attemptedAt: { gt: since(KNOWN_ADDRESS_DAYS * 1440) },
      },
      orderBy: { attemptedAt: "desc" },
    });
    const known = lastSuccess !== null;
    const pairFrom =
      lastSuccess && lastSuccess.attemptedAt > since(PAIR_WINDOW_MINUTES)
        ? lastSuccess.attemptedAt
        : since(PAIR_WINDOW_MINUTES);
    const pair = await tx.authAttempt.count({
      where: { kind: "sign_in", email, ipAddress: ip, succeeded: false, attemptedAt: { gt: pairFrom } },
    });
    if (pair >= PAIR_MAX_FAILURES) return "pair";
    // The owner's own address is exempt from what others do: spraying from it or guessing from elsewhere.
    if (known) return "allowed";
    const address = await tx.authAttempt.count({
      where: {
        kind: "sign_in",
        ipAddress: ip,
        succeeded: false,
        attemptedAt: { gt: since(ADDRESS_WINDOW_MINUTES) },
      },
    });
    if (address >= ADDRESS_MAX_FAILURES) return "address";
  }
  const account = await tx.authAttempt.count({
    where: { kind: "sign_in", email, succeeded: false, attemptedAt: { gt: since(ACCOUNT_WINDOW_MINUTES) } },
  });
  return account >= ACCOUNT_MAX_FAILURES ? "account" : "allowed";
}

export async function recordSignIn(
  tx: TenantDb,
  tenantId: string,
  email: string,
  ip: string | null,
  succeeded: boolean,
) {
  await tx.authAttempt.create({ data: { tenantId, kind: "sign_in", email, ipAddress: ip, succeeded } });
  if (succeeded) {
    // Keep the table small: an account's history older than the known-address window is of no use.
    await tx.authAttempt.deleteMany({
      where: { email, attemptedAt: { lt: since(KNOWN_ADDRESS_DAYS * 1440) } },
    });
  }
}

/** Whether a reset mail may go out now; the request is recorded either way. */
export async function mayMailReset(
  tx: TenantDb,
  tenantId: string,
  email: string,
  ip: string | null,
): Promise<boolean> {
  const hour = since(60);
  const fromAddress = ip
    ? await tx.authAttempt.count({
        where: { kind: "password_reset", ipAddress: ip, attemptedAt: { gt: hour } },
      })
    : 0;
  const mailed = await tx.authAttempt.count({
    where: { kind: "password_reset", email, succeeded: true, attemptedAt: { gt: hour } },
  });
  const allowed = fromAddress < RESET_REQUESTS_PER_ADDRESS_HOUR && mailed < RESET_MAILS_PER_ACCOUNT_HOUR;
  await tx.authAttempt.create({
    data: { tenantId, kind: "password_reset", email, ipAddress: ip, succeeded: allowed },
  });
  return allowed;
}

/** The office's "unlock": forget the account's failed attempts, so every address may try at once. */
export async function clearSignInFailures(tx: TenantDb, email: string) {
  await tx.authAttempt.deleteMany({ where: { kind: "sign_in", email, succeeded: false } });
}

/** The accounts (emails) that some address must currently wait to try: the People page shows them. */
export async function pausedSignIns(tx: TenantDb): Promise<Set<string>> {
  const rows = await tx.authAttempt.groupBy({
    by: ["email", "ipAddress"],
    where: { kind: "sign_in", succeeded: false, attemptedAt: { gt: since(PAIR_WINDOW_MINUTES) } },
    _count: { _all: true },
  });
  return new Set(rows.filter((row) => row._count._all >= PAIR_MAX_FAILURES).map((row) => row.email));
}
