import { describe, expect, it } from "vitest";
import { isModuleEnabled } from "./features.ts";

describe("feature flags", () => {
  it("treats a module as on unless the school switched it off", () => {
    expect(isModuleEnabled({}, "portal")).toBe(true);
    expect(isModuleEnabled(null, "gradebook")).toBe(true);
    expect(isModuleEnabled({ portal: false }, "portal")).toBe(false);
    expect(isModuleEnabled({ portal: "false" }, "portal")).toBe(true);
  });
});
