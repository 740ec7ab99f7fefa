import { Prisma } from "../../generated/prisma/client.ts";
import { UserFacingError } from "../errors.ts";

/** A unique index refused the write (two people creating the same thing at once). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** The unique constraint (or index) a P2002 names, as the PostgreSQL adapter reports it. */
export function violatedConstraint(error: unknown): string | null {
  if (!isUniqueViolation(error)) return null;
  const meta = (error as Prisma.PrismaClientKnownRequestError).meta as
    { driverAdapterError?: { cause?: { constraint?: { index?: string } } }; target?: unknown } | undefined;
  const index = meta?.driverAdapterError?.cause?.constraint?.index;
  if (index) return index;
  return typeof meta?.target === "string" ? meta.target : null;
}

/** For each unique constraint a write can meet: the form field it belongs to and what to say. */
export type UniqueFields = Record<string, { field?: string; message: string }>;

/**
 * A duplicate the database refused, as the person should hear it: the message of the constraint
 * it broke, on its field. Null for any other error (and for a constraint the map does not name,
 * which the action wrappers answer with "try again").
 */
export function uniqueFieldError(error: unknown, constraints: UniqueFields): UserFacingError | null {
  const rule = constraints[violatedConstraint(error) ?? ""];
  return rule ? new UserFacingError(rule.message, rule.field) : null;
}

/** Runs a write, turning a duplicate into its field error (a race that the checks before it lost). */
export async function writeUnique<T>(constraints: UniqueFields, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw uniqueFieldError(error, constraints) ?? error;
  }
}

/**
 * A serializable transaction lost a race with another one; the work can simply be retried. Prisma
 * reports it as P2034 from a statement, but a conflict found at COMMIT reaches us as the pg
 * adapter's own DriverAdapterError (SQLSTATE 40001/40P01, kind "TransactionWriteConflict").
 */
export function isSerializationFailure(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    return error.code === "P2034" || /could not serialize/i.test(error.message);
  }
  const cause = (error as { name?: unknown; cause?: { kind?: unknown; originalCode?: unknown } } | null)
    ?.cause;
  return (
    error instanceof Error &&
    error.name === "DriverAdapterError" &&
    (cause?.kind === "TransactionWriteConflict" ||
      cause?.originalCode === "40001" ||
      cause?.originalCode === "40P01")
  );
}

/**
 * The database's own sentence for a refused statement ("null value in column … violates not-null
 * constraint"), without the driver's wrapping (codes, backticks, stack): fit to show an operator.
 */
export function databaseReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const inner =
    /Message: `([^`]*)`/.exec(text)?.[1] ??
    text.split("\n").find((line) => /violat|invalid|out of range|null value|does not exist/i.test(line)) ??
    "";
  return (
    inner
      .replace(/^ERROR:\s*/, "")
      .trim()
      .slice(0, 300) || "the database refused it"
  );
}

// SQLSTATEs of a database that is restarting, overloaded or cut a statement off (statement
// timeout), Prisma's codes and the pg adapter's kinds for the same, and the driver's own words
// for a connection that broke or never came (pool wait timeout).
const UNAVAILABLE_SQLSTATES = new Set([
  "57014",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionAlreadyClosed",
]);
const UNAVAILABLE_WORDS =
  /connection terminated|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|EPIPE|statement timeout|administrator command|database system is (starting up|shutting down|in recovery mode)|connection error|Unable to start a transaction in the given time|Transaction already closed/i;

/**
 * The database could not be reached in time, or cut a statement that ran too long: nothing is
 * wrong with the request, and the person should be told to try again in a moment (no error page,
 * no stack trace). A transaction cut this way was rolled back, so no change is half-written.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const { code, originalCode, kind, message } = e as {
      code?: unknown;
      originalCode?: unknown;
      kind?: unknown;
      message?: unknown;
    };
    if (typeof code === "string" && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_PRISMA_CODES.has(code)))
      return true;
    if (typeof originalCode === "string" && UNAVAILABLE_SQLSTATES.has(originalCode)) return true;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && UNAVAILABLE_WORDS.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
