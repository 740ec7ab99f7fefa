// The grade-math table: the research file's cases (../shared/research/grade-math-cases.md, numbered
// as there) with our rule where the anchors disagree, plus rounding at the letter boundaries.
import { describe, expect, it } from "vitest";
import { calculateGrade, combinePeriods, type GradeInput } from "./grade-calculation.ts";

const DUE = "2026-10-01";
const AS_OF = "2026-11-01";
type A = GradeInput["assignments"][number];
type S = GradeInput["scores"][number];

const work = (id: string, category: string, possible: number | string, extra: Partial<A> = {}): A => ({
  id,
  category,
  pointsPossible: possible,
  dueDate: DUE,
  ...extra,
});
const score = (assignment: string, pointsEarned?: number | string, status?: S["status"]): S => ({
  assignment,
  ...(pointsEarned !== undefined ? { pointsEarned } : {}),
  ...(status ? { status } : {}),
});

/** Points mode over one category unless told otherwise. */
function points(assignments: A[], scores: S[], extra: Partial<GradeInput> = {}): GradeInput {
  return { mode: "points", categories: [{ name: "All" }], assignments, scores, asOf: AS_OF, ...extra };
}
function weighted(categories: GradeInput["categories"], assignments: A[], scores: S[]): GradeInput {
  return { mode: "weighted", categories, assignments, scores, asOf: AS_OF };
}
/** One assignment scored earned/possible. */
const single = (earned: number | string, possible: number | string) =>
  points([work("a", "All", possible)], [score("a", earned)]);

interface Case {
  name: string;
  input: GradeInput;
  percentage: string | null;
  letter: string | null;
  warnings?: string[];
  dropped?: string[];
}

const cases: Case[] = [
  {
    name: "#1 points mode: 8/10 + 45/50",
    input: points([work("hw", "All", 10), work("t", "All", 50)], [score("hw", 8), score("t", 45)]),
    percentage: "88.33",
    letter: "B+",
  },
  {
    name: "#2 points mode is Σearned/Σpossible, not the mean of percents",
    input: points([work("a", "All", 10), work("b", "All", 100)], [score("a", 8), score("b", 100)]),
    percentage: "98.18",
    letter: "A+",
  },
  {
    name: "#4 weighted categories",
    input: weighted(
      [
        { name: "HW", weight: 40 },
        { name: "Tests", weight: 60 },
      ],
      [work("hw", "HW", 20), work("t", "Tests", 100)],
      [score("hw", 18), score("t", 70)],
    ),
    percentage: "78.00",
    letter: "C+",
  },
  {
    name: "#5 weighted, empty category renormalised away (not 68.50)",
    input: weighted(
      [
        { name: "HW", weight: 30 },
        { name: "Tests", weight: 50 },
        { name: "Final", weight: 20 },
      ],
      [work("hw", "HW", 20), work("t", "Tests", 100), work("f", "Final", 100, { dueDate: "2026-12-15" })],
      [score("hw", 19), score("t", 80)],
    ),
    percentage: "85.63",
    letter: "B",
  },
  {
    name: "#6 category with only excused work behaves as empty",
    input: weighted(
      [
        { name: "Quizzes", weight: 20 },
        { name: "HW", weight: 80 },
      ],
      [work("q1", "Quizzes", 20), work("q2", "Quizzes", 20), work("hw", "HW", 10)],
      [score("q1", undefined, "excused"), score("q2", 15, "excused"), score("hw", 9)],
    ),
    percentage: "90.00",
    letter: "A-",
  },
  {
    name: "#7 weights need not sum to 100, with a warning",
    input: weighted(
      [
        { name: "HW", weight: 30 },
        { name: "Tests", weight: 50 },
      ],
      [work("hw", "HW", 20), work("t", "Tests", 100)],
      [score("hw", 19), score("t", 80)],
    ),
    percentage: "85.63",
    letter: "B",
    warnings: ["weightsNotHundred"],
  },
  {
    name: "#8 extra-credit-only category in weighted mode is a warning, not a silent drop",
    input: weighted(
      [
        { name: "HW", weight: 50 },
        { name: "Tests", weight: 50 },
        { name: "Bonus", weight: 10 },
      ],
      [work("hw", "HW", 10), work("t", "Tests", 50), work("b", "Bonus", 0, { extraCredit: true })],
      [score("hw", 9), score("t", 40), score("b", 5)],
    ),
    percentage: "85.00",
    letter: "B",
    warnings: ["extraCreditOnlyCategory", "weightsNotHundred"],
  },
  {
    name: "#9 extra credit in points mode adds earned points only",
    input: points(
      [work("hw", "All", 10), work("t", "All", 50), work("b", "All", 0, { extraCredit: true })],
      [score("hw", 9), score("t", 40), score("b", 5)],
    ),
    percentage: "90.00",
    letter: "A-",
  },
  {
    name: "#10 excused work is excluded",
    input: points(
      [work("hw", "All", 10), work("q", "All", 50), work("t", "All", 50)],
      [score("hw", 10), score("q", undefined, "excused"), score("t", 40)],
    ),
    percentage: "83.33",
    letter: "B",
  },
  {
    name: "#11 ungraded work not yet due is ignored",
    input: points([work("t", "All", 50), work("p", "All", 50, { dueDate: "2026-11-02" })], [score("t", 40)]),
    percentage: "80.00",
    letter: "B-",
  },
  {
    name: "#12 ungraded past-due work is ignored by default",
    input: points([work("t", "All", 50), work("p", "All", 50, { dueDate: "2026-10-31" })], [score("t", 40)]),
    percentage: "80.00",
    letter: "B-",
  },
  {
    name: "#12 ungraded past-due work counts zero when the class says so",
    input: points([work("t", "All", 50), work("p", "All", 50, { dueDate: "2026-10-31" })], [score("t", 40)], {
      ungradedPastDueCountsZero: true,
    }),
    percentage: "40.00",
    letter: "F",
  },
  {
    name: "#12 status missing counts zero",
    input: points(
      [work("t", "All", 50), work("p", "All", 50)],
      [score("t", 40), score("p", undefined, "missing")],
    ),
    percentage: "40.00",
    letter: "F",
  },
  {
    name: "#13 missing wins over a score typed beside it",
    input: points([work("t", "All", 50)], [score("t", 45, "missing")]),
    percentage: "0.00",
    letter: "F",
  },
  {
    name: "#14 a late flag alone changes nothing",
    input: points([work("t", "All", 50)], [score("t", 45, "late")]),
    percentage: "90.00",
    letter: "A-",
  },
  {
    name: "#14 an explicit late penalty takes its percent off",
    input: points([work("t", "All", 50)], [score("t", 45, "late")], { latePenaltyPercent: 10 }),
    percentage: "81.00",
    letter: "B-",
  },
  {
    name: "#14 a late penalty of 100 % leaves nothing",
    input: points([work("t", "All", 50), work("u", "All", 50)], [score("t", 45, "late"), score("u", 50)], {
      latePenaltyPercent: 100,
    }),
    percentage: "50.00",
    letter: "F",
  },
  {
    name: "#15 work due before enrolment is excluded, not zero",
    input: points(
      [work("old", "All", 10, { dueDate: "2026-09-10" }), work("t", "All", 50)],
      [score("t", 40)],
      { enrolledOn: "2026-09-15", ungradedPastDueCountsZero: true },
    ),
    percentage: "80.00",
    letter: "B-",
  },
  {
    name: "#15 work due before enrolment counts when it was scored",
    input: points(
      [work("old", "All", 10, { dueDate: "2026-09-10" }), work("t", "All", 50)],
      [score("old", 10), score("t", 40)],
      { enrolledOn: "2026-09-15" },
    ),
    percentage: "83.33",
    letter: "B",
  },
  {
    name: "#18 extra credit up to 100 %",
    input: points(
      [work("t", "All", 50), work("b", "All", 0, { extraCredit: true })],
      [score("t", 45), score("b", 5)],
    ),
    percentage: "100.00",
    letter: "A+",
  },
  {
    name: "#19 extra credit above 100 % is allowed and flagged",
    input: points(
      [work("t", "All", 50), work("b", "All", 5, { extraCredit: true })],
      [score("t", 48), score("b", 5)],
    ),
    percentage: "106.00",
    letter: "A+",
    warnings: ["aboveHundred"],
  },
  {
    name: "#19 an ungraded extra-credit task costs nothing, even past due and counted as zero",
    input: points([work("t", "All", 50), work("b", "All", 5, { extraCredit: true })], [score("t", 40)], {
      ungradedPastDueCountsZero: true,
    }),
    percentage: "80.00",
    letter: "B-",
  },
  {
    name: "#27 all zeros is 0.00 and F, not blank",
    input: points([work("a", "All", 10), work("b", "All", 20)], [score("a", 0), score("b", 0)]),
    percentage: "0.00",
    letter: "F",
  },
  { name: "#28 89.49 is B+", input: single("89.49", 100), percentage: "89.49", letter: "B+" },
  {
    name: "#28 89.50 is B+ (letters read the shown value)",
    input: single("89.5", 100),
    percentage: "89.50",
    letter: "B+",
  },
  { name: "#28 89.99 is B+", input: single("89.99", 100), percentage: "89.99", letter: "B+" },
  {
    name: "#28/#31 90.00 is A- (inclusive cut-off)",
    input: single(18, 20),
    percentage: "90.00",
    letter: "A-",
  },
  { name: "#29 17.9/20 is exactly 89.50", input: single(17.9, 20), percentage: "89.50", letter: "B+" },
  {
    name: "rounding half up at the third decimal: 178.99/200 = 89.495",
    input: single("178.99", 200),
    percentage: "89.50",
    letter: "B+",
  },
  { name: "rounding down below half: 2/3", input: single(2, 3), percentage: "66.67", letter: "D" },
  { name: "rounding: 1/3", input: single(1, 3), percentage: "33.33", letter: "F" },
  {
    name: "#30 the letter comes from the rounded shown value (539.71/600 = 89.9516… → 89.95, B+)",
    input: single("539.71", 600),
    percentage: "89.95",
    letter: "B+",
  },
  {
    name: "#32 no intermediate rounding of category averages",
    input: weighted(
      [
        { name: "HW", weight: 50 },
        { name: "Tests", weight: 50 },
      ],
      [work("hw", "HW", 20), work("t", "Tests", 200)],
      [score("hw", 17.9), score("t", 179)],
    ),
    percentage: "89.50",
    letter: "B+",
  },
  {
    name: "#42 a score above the points possible is kept and flagged",
    input: single(22, 20),
    percentage: "110.00",
    letter: "A+",
    warnings: ["aboveHundred"],
  },
  {
    name: "#43 drop the lowest percentage, not the lowest raw score",
    input: points(
      [work("q1", "Q", 5), work("q2", "Q", 100), work("q3", "Q", 10)],
      [score("q1", 4), score("q2", 60), score("q3", 10)],
      { categories: [{ name: "Q", dropLowest: 1 }] },
    ),
    percentage: "93.33",
    letter: "A",
    dropped: ["q2"],
  },
  {
    name: "#43 equal percentages: drop the one that leaves the category highest",
    input: points(
      [work("q1", "Q", 5), work("q2", "Q", 100), work("q3", "Q", 10)],
      [score("q1", 4), score("q2", 80), score("q3", 10)],
      { categories: [{ name: "Q", dropLowest: 1 }] },
    ),
    percentage: "93.33",
    letter: "A",
    dropped: ["q2"],
  },
  {
    name: "#44 dropping never empties a category",
    input: points([work("q1", "Q", 10), work("q2", "Q", 10)], [score("q1", 6), score("q2", 9)], {
      categories: [{ name: "Q", dropLowest: 2 }],
    }),
    percentage: "90.00",
    letter: "A-",
    dropped: ["q1"],
  },
  {
    name: "drops: a missing zero may be dropped",
    input: points(
      [work("q1", "Q", 10), work("q2", "Q", 10), work("q3", "Q", 10)],
      [score("q1", undefined, "missing"), score("q2", 8), score("q3", 9)],
      { categories: [{ name: "Q", dropLowest: 1 }] },
    ),
    percentage: "85.00",
    letter: "B",
    dropped: ["q1"],
  },
  {
    name: "drops: scored work not yet due is not eligible",
    input: points(
      [work("q1", "Q", 10, { dueDate: "2026-11-05" }), work("q2", "Q", 10), work("q3", "Q", 10)],
      [score("q1", 2), score("q2", 8), score("q3", 9)],
      { categories: [{ name: "Q", dropLowest: 1 }] },
    ),
    percentage: "55.00",
    letter: "F",
    dropped: ["q2"],
  },
  {
    name: "drops: extra credit is never dropped and excused work is not a score",
    input: points(
      [work("q1", "Q", 10), work("q2", "Q", 10), work("b", "Q", 0, { extraCredit: true })],
      [score("q1", 5), score("q2", 9, "excused"), score("b", 1)],
      { categories: [{ name: "Q", dropLowest: 1 }] },
    ),
    percentage: "60.00",
    letter: "D-",
    dropped: [],
  },
  {
    name: "drops apply per category in weighted mode",
    input: weighted(
      [
        { name: "HW", weight: 50, dropLowest: 1 },
        { name: "Tests", weight: 50 },
      ],
      [work("h1", "HW", 10), work("h2", "HW", 10), work("t1", "Tests", 100), work("t2", "Tests", 100)],
      [score("h1", 2), score("h2", 10), score("t1", 50), score("t2", 90)],
    ),
    percentage: "85.00",
    letter: "B",
    dropped: ["h1"],
  },
  {
    name: "nothing graded: no percentage and no letter",
    input: points([work("a", "All", 10, { dueDate: "2026-12-01" })], []),
    percentage: null,
    letter: null,
  },
  {
    name: "an empty class has no grade",
    input: points([], []),
    percentage: null,
    letter: null,
  },
  {
    name: "weighted: a graded category without a weight is warned about and left out",
    input: weighted(
      [{ name: "HW", weight: 100 }, { name: "Labs" }],
      [work("hw", "HW", 10), work("l", "Labs", 10)],
      [score("hw", 8), score("l", 2)],
    ),
    percentage: "80.00",
    letter: "B-",
    warnings: ["categoryWithoutWeight"],
  },
  {
    name: "weighted: work in a category the class does not have is warned about",
    input: weighted(
      [{ name: "HW", weight: 100 }],
      [work("hw", "HW", 10), work("x", "Other", 10)],
      [score("hw", 7), score("x", 10)],
    ),
    percentage: "70.00",
    letter: "C-",
    warnings: ["unknownCategory"],
  },
  {
    name: "a class's own scale",
    input: { ...single(7, 10), scale: { P: 70, NP: 0 } },
    percentage: "70.00",
    letter: "P",
  },
  {
    name: "half points add up exactly",
    input: points([work("a", "All", 10), work("b", "All", 10)], [score("a", 9.5), score("b", 8.5)]),
    percentage: "90.00",
    letter: "A-",
  },
];

describe("calculateGrade: the grade-math table", () => {
  it("holds at least 40 cases", () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases)("$name", (c) => {
    const result = calculateGrade(c.input);
    expect({ percentage: result.percentage, letter: result.letter }).toEqual({
      percentage: c.percentage,
      letter: c.letter,
    });
    expect(result.warnings.map((w) => w.code).sort()).toEqual([...(c.warnings ?? [])].sort());
    if (c.dropped) expect(result.categories.flatMap((cat) => cat.dropped)).toEqual(c.dropped);
  });

  it("explains every assignment: counted or why not", () => {
    const result = calculateGrade(cases.find((c) => c.name.startsWith("#10"))!.input);
    expect(result.items.map((i) => [i.id, i.counted, i.reason])).toEqual([
      ["hw", true, "graded"],
      ["q", false, "excused"],
      ["t", true, "graded"],
    ]);
    expect(result.categories[0]).toMatchObject({ earned: "50.00", possible: "60.00", percentage: "83.33" });
  });

  it("gives the same result whatever order the assignments come in", () => {
    const input = cases.find((c) => c.name.startsWith("#5"))!.input;
    const reversed = {
      ...input,
      assignments: [...input.assignments].reverse(),
      scores: [...input.scores].reverse(),
    };
    expect(calculateGrade(reversed).percentage).toBe(calculateGrade(input).percentage);
  });

  it("refuses points with more than two decimals rather than guessing", () => {
    expect(() => calculateGrade(single("1.005", 2))).toThrow(RangeError);
  });
});

describe("combinePeriods", () => {
  it("#33 renormalises over the periods that have a grade", () => {
    expect(
      combinePeriods([
        { percentage: "80.00", weight: 50 },
        { percentage: null, weight: 50 },
      ]),
    ).toBe("80.00");
  });
  it("#34 a year from its semesters", () => {
    expect(
      combinePeriods([
        { percentage: "88.00", weight: 50 },
        { percentage: "91.00", weight: 50 },
      ]),
    ).toBe("89.50");
  });
  it("Q1 40 %, Q2 40 %, exam 20 %; and without the exam", () => {
    const parts = [
      { percentage: "90.00", weight: 40 },
      { percentage: "80.00", weight: 40 },
      { percentage: "70.00", weight: 20 },
    ];
    expect(combinePeriods(parts)).toBe("82.00");
    expect(combinePeriods([parts[0]!, parts[1]!, { percentage: null, weight: 20 }])).toBe("85.00");
    expect(combinePeriods([{ percentage: null, weight: 100 }])).toBeNull();
  });
});

describe("assignmentAverage", () => {
  it("averages the scores that count: missing is zero, excused and ungraded are left out", async () => {
    const { assignmentAverage } = await import("./grade-calculation.ts");
    expect(
      assignmentAverage(
        [
          { pointsEarned: "17.9" },
          { pointsEarned: "20" },
          { status: "missing" },
          { status: "excused" },
          { pointsEarned: null },
        ],
        20,
      ),
    ).toBe("63.17");
    expect(assignmentAverage([{ status: "excused" }], 20)).toBeNull();
  });
});
