import { Prisma } from "../../generated/prisma/client.ts";

/** A unique index refused the write (two people creating the same thing at once). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
