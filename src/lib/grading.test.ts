import { describe, expect, it } from "vitest";
import { letterFor, percentageOf } from "./grading.ts";

describe("grading", () => {
  it("maps percentages to letters at the thresholds", () => {
    expect(letterFor(97)).toBe("A+");
    expect(letterFor(96.99)).toBe("A");
    expect(letterFor(90)).toBe("A-");
    expect(letterFor(59.99)).toBe("F");
    expect(letterFor(0)).toBe("F");
  });

  it("honours a class's own scale", () => {
    expect(letterFor(75, { P: 70, NP: 0 })).toBe("P");
    expect(letterFor(69, { P: 70, NP: 0 })).toBe("NP");
  });

  it("computes percentages to two decimals and refuses zero points possible", () => {
    expect(percentageOf(17, 20)).toBe(85);
    expect(percentageOf(2, 3)).toBe(66.67);
    expect(() => percentageOf(1, 0)).toThrow(RangeError);
  });
});
