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
