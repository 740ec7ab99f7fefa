// A duplicate the database refuses becomes the message of the constraint it broke, on its field.
import { describe, expect, it } from "vitest";
import { Prisma } from "../../generated/prisma/client.ts";
import { UserFacingError } from "../errors.ts";
import { isSerializationFailure, uniqueFieldError, violatedConstraint, writeUnique } from "./errors.ts";

const duplicate = (index: string) =>
  new Prisma.PrismaClientKnownRequestError("Unique constraint failed", {
    code: "P2002",
    clientVersion: "7",
    meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation", constraint: { index } } } },
  });
const rules = {
  unique_student_id_per_tenant: { field: "studentId", message: "Another student has this ID." },
};

describe("uniqueFieldError", () => {
  it("names the field and message of the broken constraint", () => {
    expect(violatedConstraint(duplicate("unique_student_id_per_tenant"))).toBe(
      "unique_student_id_per_tenant",
    );
    const error = uniqueFieldError(duplicate("unique_student_id_per_tenant"), rules)!;
    expect(error).toBeInstanceOf(UserFacingError);
    expect([error.field, error.message]).toEqual(["studentId", "Another student has this ID."]);
  });

  it("leaves other constraints and other errors alone", async () => {
    expect(uniqueFieldError(duplicate("users_tenant_id_id_key"), rules)).toBeNull();
    expect(uniqueFieldError(new Error("boom"), rules)).toBeNull();
    const other = duplicate("something_else");
    await expect(writeUnique(rules, () => Promise.reject(other))).rejects.toBe(other);
    await expect(
      writeUnique(rules, () => Promise.reject(duplicate("unique_student_id_per_tenant"))),
    ).rejects.toMatchObject({
      field: "studentId",
    });
  });
});

describe("isSerializationFailure", () => {
  it("knows a lost race both as Prisma's P2034 and as the adapter's conflict at commit", () => {
    expect(
      isSerializationFailure(
        new Prisma.PrismaClientKnownRequestError("x", { code: "P2034", clientVersion: "7" }),
      ),
    ).toBe(true);
    const atCommit = Object.assign(new Error("TransactionWriteConflict"), {
      name: "DriverAdapterError",
      cause: { kind: "TransactionWriteConflict", originalCode: "40001" },
    });
    expect(isSerializationFailure(atCommit)).toBe(true);
    expect(
      isSerializationFailure(
        Object.assign(new Error("x"), {
          name: "DriverAdapterError",
          cause: { kind: "UniqueConstraintViolation" },
        }),
      ),
    ).toBe(false);
    expect(isSerializationFailure(new Error("could not serialize"))).toBe(false);
  });
});
