import { describe, expect, it } from "vitest";
import { contrastRatio, isHexColor, readableTextOn } from "./color.ts";

describe("brand colour contrast", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("picks text that keeps at least 4.5:1 on every background", () => {
    for (let r = 0; r < 256; r += 17)
      for (let g = 0; g < 256; g += 17)
        for (let b = 0; b < 256; b += 17) {
          const bg = `#${[r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
          expect(contrastRatio(bg, readableTextOn(bg)), bg).toBeGreaterThanOrEqual(4.5);
        }
    expect(readableTextOn("#7a1f2b")).toBe("#ffffff");
    expect(readableTextOn("#f2b705")).toBe("#000000");
  });

  it("accepts only #rrggbb", () => {
    expect(isHexColor("#1d4e89")).toBe(true);
    for (const bad of ["1d4e89", "#1d4e8", "#1d4e89;}", "red", "", null]) expect(isHexColor(bad)).toBe(false);
  });
});
