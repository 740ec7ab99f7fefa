// `npm run -s grades:explain` prints the app's own calculation for one student, and refuses a
// file it cannot read rather than guessing.
import { execFile } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const explain = (file: string) => run("npm", ["run", "-s", "grades:explain", "--", file], { cwd: root });
const caseFile = (name: string) => path.join(import.meta.dirname, name);

describe("npm run -s grades:explain", () => {
  it.each([
    ["points-mode.json", "88.33", "B+"],
    ["weighted-empty-category.json", "85.63", "B"],
    ["rounding-17-9-of-20.json", "89.50", "B+"],
    ["drop-lowest-and-extra-credit.json", "106.67", "A+"],
  ])("%s → %s %s", async (file, percentage, letter) => {
    const { stdout } = await explain(caseFile(file));
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ percentage, letter });
    expect(Object.keys(out)).toEqual(["percentage", "letter", "categories", "warnings"]);
  });

  it("shows each category's figures and what was dropped", async () => {
    const out = JSON.parse((await explain(caseFile("drop-lowest-and-extra-credit.json"))).stdout);
    expect(out.categories[0]).toEqual({
      name: "Quizzes",
      percentage: "93.33",
      earned: "14.00",
      possible: "15.00",
      dropped: ["q2"],
    });
    expect(out.warnings).toEqual([{ code: "aboveHundred" }]);
  });

  it("refuses unknown keys and scores for assignments that are not there", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "grades-"));
    const bad = path.join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({
        mode: "points",
        categories: [],
        assignments: [],
        scores: [],
        asOf: "2026-10-01",
        bonus: 1,
      }),
    );
    await expect(explain(bad)).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("bonus") });
    writeFileSync(
      bad,
      JSON.stringify({
        mode: "points",
        categories: [],
        assignments: [],
        scores: [{ assignment: "x", pointsEarned: 1 }],
        asOf: "2026-10-01",
      }),
    );
    await expect(explain(bad)).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no assignment "x"'),
    });
  });
});
