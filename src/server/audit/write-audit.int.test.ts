// The audit row and the change it records land together or not at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../db/prisma.ts";
import { withTenant } from "../db/with-tenant.ts";
import { writeAudit } from "./write-audit.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let school: School;
const request = { ip: "203.0.113.9", userAgent: "Mozilla/5.0 (test)", method: "POST", url: "/students/x" };

beforeAll(async () => {
  ({
    db,
    app,
    schools: [school],
  } = await openSchoolDatabase("audit"));
});
afterAll(() => closeSchoolDatabase(db, app));

const actor = () => ({ id: school.ids.user, email: "teacher@example.org", role: "teacher" });
const auditCount = () =>
  withTenant(
    school.tenantId,
    (tx) => tx.auditLog.count({ where: { action: "update", resourceId: school.ids.student } }),
    { client: app },
  );

describe("writeAudit", () => {
  it("records who, what, from where, and the old and new values without secrets", async () => {
    await withTenant(
      school.tenantId,
      async (tx) => {
        const before = await tx.student.findUniqueOrThrow({ where: { id: school.ids.student } });
        const after = await tx.student.update({
          where: { id: school.ids.student },
          data: { preferredName: "Sammy" },
        });
        await writeAudit(tx, school.tenantId, actor(), request, {
          action: "update",
          resourceType: "student",
          resourceId: after.id,
          oldValues: { preferredName: before.preferredName },
          newValues: { preferredName: after.preferredName, passwordHash: "x" },
        });
      },
      { client: app },
    );
    const [row] = await withTenant(
      school.tenantId,
      (tx) =>
        tx.auditLog.findMany({
          where: { action: "update", resourceId: school.ids.student },
          orderBy: { createdAt: "desc" },
          take: 1,
        }),
      { client: app },
    );
    expect(row).toMatchObject({
      userId: school.ids.user,
      userRole: "teacher",
      ipAddress: "203.0.113.9",
      userAgent: "Mozilla/5.0 (test)",
      requestMethod: "POST",
      oldValues: { preferredName: null },
      newValues: { preferredName: "Sammy" },
      success: true,
    });
  });

  it("disappears with the change when the transaction fails", async () => {
    const before = await auditCount();
    await expect(
      withTenant(
        school.tenantId,
        async (tx) => {
          await tx.student.update({ where: { id: school.ids.student }, data: { preferredName: "Never" } });
          await writeAudit(tx, school.tenantId, actor(), request, {
            action: "update",
            resourceType: "student",
            resourceId: school.ids.student,
          });
          throw new Error("validation failed later");
        },
        { client: app },
      ),
    ).rejects.toThrow("validation failed later");
    expect(await auditCount()).toBe(before);
    const student = await withTenant(
      school.tenantId,
      (tx) => tx.student.findUniqueOrThrow({ where: { id: school.ids.student } }),
      { client: app },
    );
    expect(student.preferredName).not.toBe("Never");
  });
});
