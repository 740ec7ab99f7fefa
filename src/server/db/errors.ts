import { Prisma } from "../../generated/prisma/client.ts";

/** A unique index refused the write (two people creating the same thing at once). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** A serializable transaction lost a race with another one; the work can simply be retried. */
export function isSerializationFailure(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    (error.code === "P2034" || /could not serialize/i.test(error.message))
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
