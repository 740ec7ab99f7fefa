import { describe, expect, it } from "vitest";
import { columnName } from "./bulk-insert.ts";
import { DEMO_SCHOOLS } from "./demo-schools.ts";
import { generateSchool } from "./generate-school.ts";

const TENANT = "00000000-0000-4000-8000-000000000001";

describe("demo data generation", () => {
  it("is deterministic: the same school and day give the same rows", () => {
    const a = generateSchool(DEMO_SCHOOLS[0]!, TENANT, "2026-11-25", "hash");
    const b = generateSchool(DEMO_SCHOOLS[0]!, TENANT, "2026-11-25", "hash");
    expect(JSON.stringify(a)).toEqual(JSON.stringify(b));
  });

  it("runs the register only up to the given day", () => {
    const rows = generateSchool(DEMO_SCHOOLS[1]!, TENANT, "2026-09-04", "hash");
    const days = new Set(rows.attendance.map((r) => (r.attendanceDate as Date).toISOString().slice(0, 10)));
    expect([...days].sort().at(-1)).toBe("2026-09-04");
    expect(days.size).toBe(10); // two school weeks from 24 August
  });

  it("maps field names to the seed's column names", () => {
    expect(columnName("section504Status")).toBe("section_504_status");
    expect(columnName("parentGuardian2Email")).toBe("parent_guardian_2_email");
    expect(columnName("tenantId")).toBe("tenant_id");
    expect(columnName("id")).toBe("id");
  });
});
