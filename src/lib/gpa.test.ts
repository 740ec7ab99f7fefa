import { describe, expect, it } from "vitest";
import { classRanks, courseGrade, DEFAULT_GPA_POLICY, gpaOf, onHonorRoll } from "./gpa.ts";

const row = (
  letter: string,
  credits: number | string,
  level: "regular" | "ap" = "regular",
  countsInGpa = true,
) => ({
  ...courseGrade(letter, credits, level),
  countsInGpa,
});

describe("GPA", () => {
  it("#35 is credit-weighted: A (1), B (1), C+ (0.5) is 3.30, not the simple 3.17", () => {
    expect(gpaOf([row("A", 1), row("B", 1), row("C+", 0.5)]).unweighted).toBe("3.30");
  });

  it("#36 a pass/fail course stays out of the GPA but on the credits", () => {
    const gpa = gpaOf([row("A", 1), row("B", 1), row("C+", 0.5), row("A", 1, "regular", false)]);
    expect(gpa.unweighted).toBe("3.30");
    expect(gpa.creditsEarned).toBe("3.50");
  });

  it("#37 AP adds its bump to the weighted GPA only", () => {
    const gpa = gpaOf([row("A", 1, "ap"), row("B", 1)]);
    expect(gpa).toMatchObject({ weighted: "4.00", unweighted: "3.50" });
  });

  it("#38 credit is earned only at or above the passing grade", () => {
    expect(courseGrade("F", 1, "regular").creditsEarned).toBe("0.00");
    expect(courseGrade("D-", 1, "regular").creditsEarned).toBe("1.00");
    const strict = { ...DEFAULT_GPA_POLICY, passingLetter: "D" };
    expect(courseGrade("D-", 1, "regular", strict).creditsEarned).toBe("0.00");
    expect(courseGrade("D", 1, "regular", strict).creditsEarned).toBe("1.00");
    expect(courseGrade("F", 1, "ap").weightedGradePoints).toBe("0.00");
  });

  it("has no GPA without credits", () => {
    expect(gpaOf([]).unweighted).toBeNull();
  });

  it("#40 ties share a rank", () => {
    const ranks = classRanks([
      { id: "a", gpa: "3.90" },
      { id: "b", gpa: "3.90" },
      { id: "c", gpa: "3.50" },
      { id: "d", gpa: null },
    ]);
    expect([...ranks.entries()]).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 3],
    ]);
  });

  it("#41 honour roll needs every course at the minimum, not the average", () => {
    const policy = { ...DEFAULT_GPA_POLICY, honorRollMinimum: 3.5 };
    expect(onHonorRoll(["4.00", "4.00", "3.00"], policy)).toBe(false);
    expect(onHonorRoll(["4.00", "4.00", "3.75"], policy)).toBe(true);
  });
});
