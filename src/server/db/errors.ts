import { Prisma } from "../../generated/prisma/client.ts";

/** A unique index refused the write (two people creating the same thing at once). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** A serializable transaction lost a race with another one; the work can simply be retried. */
export function isSerializationFailure(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2034" || /could not serialize/i.test(error.message));
}
