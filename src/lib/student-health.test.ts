import { describe, expect, it } from "vitest";
import {
  auditValue,
  healthAlert,
  keepSensitiveFields,
  redactForViewer,
  SENSITIVE_FIELDS,
} from "./student-health.ts";

describe("healthAlert", () => {
  it("names allergies, conditions and medications, and nothing for empty or 'none'", () => {
    expect(healthAlert({ allergies: "Peanuts", medicalConditions: " Asthma ", medications: null })).toEqual([
      { field: "allergies", text: "Peanuts" },
      { field: "medicalConditions", text: "Asthma" },
    ]);
    expect(healthAlert({ allergies: "None", medicalConditions: "", medications: "n/a" })).toEqual([]);
  });
});

describe("sensitive student fields", () => {
  const stored = {
    medicalConditions: "Asthma",
    allergies: "Bees",
    medications: "Inhaler",
    specialNeeds: "Extra time",
  };
  it("a save by an editor who could not see them keeps every one as stored", () => {
    const submitted = {
      firstName: "Ada",
      medicalConditions: null,
      allergies: null,
      medications: null,
      specialNeeds: null,
    };
    expect(keepSensitiveFields(submitted, stored)).toEqual({ firstName: "Ada", ...stored });
  });
  it("a viewer without the permission sees the health alert fields but not special-needs notes", () => {
    expect(redactForViewer(stored, false)).toEqual({ ...stored, specialNeeds: null });
    expect(redactForViewer(stored, true)).toEqual(stored);
  });
  it("the audit log holds only that something was recorded", () => {
    expect(SENSITIVE_FIELDS.map((f) => auditValue(f, "text"))).toEqual([
      "(recorded)",
      "(recorded)",
      "(recorded)",
      "(recorded)",
    ]);
    expect(auditValue("allergies", null)).toBeNull();
    expect(auditValue("city", "Springfield")).toBe("Springfield");
  });
});
