import { describe, expect, it } from "vitest";
import { letterFor, percentageOf, scaleOr } from "./grading.ts";

describe("grading", () => {
  it("maps shown percentages to letters at inclusive thresholds", () => {
    expect(letterFor("97.00")).toBe("A+");
    expect(letterFor("96.99")).toBe("A");
    expect(letterFor("90.00")).toBe("A-");
    expect(letterFor("89.99")).toBe("B+");
    expect(letterFor("59.99")).toBe("F");
    expect(letterFor("0.00")).toBe("F");
    expect(letterFor("106.00")).toBe("A+");
  });

  it("honours a class's own scale and falls back to the school's", () => {
    expect(letterFor("75.00", { P: 70, NP: 0 })).toBe("P");
    expect(letterFor("69.99", { P: 70, NP: 0 })).toBe("NP");
    expect(scaleOr({})).toHaveProperty("A+", 97);
    expect(scaleOr({ P: 70, NP: 0 })).toEqual({ P: 70, NP: 0 });
  });

  it("computes percentages exactly, half up, and refuses zero points possible", () => {
    expect(percentageOf(17, 20)).toBe("85.00");
    expect(percentageOf(2, 3)).toBe("66.67");
    expect(percentageOf(17.9, 20)).toBe("89.50");
    expect(() => percentageOf(1, 0)).toThrow(RangeError);
    expect(() => percentageOf("1.005", 1)).toThrow(RangeError);
  });
});
