import { describe, expect, it } from "vitest";
import { healthAlert } from "./health-alert.ts";

describe("healthAlert", () => {
  it("names allergies, conditions and medications, and nothing for empty or 'none'", () => {
    expect(healthAlert({ allergies: "Peanuts", medicalConditions: " Asthma ", medications: null })).toEqual([
      { label: "Allergies", text: "Peanuts" },
      { label: "Medical conditions", text: "Asthma" },
    ]);
    expect(healthAlert({ allergies: "None", medicalConditions: "", medications: "n/a" })).toEqual([]);
  });
});
