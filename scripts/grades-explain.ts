// `npm run -s grades:explain -- FILE.json`: one student's grade, worked out by the app's own
// calculation (src/lib/grade-calculation.ts), printed as JSON for support staff and for tests.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { calculateGrade, SCORE_STATUSES } from "../src/lib/grade-calculation.ts";

const amount = z.union([z.number().nonnegative(), z.string().regex(/^\d+(\.\d{1,2})?$/)]);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day as YYYY-MM-DD");

const inputSchema = z.strictObject({
  mode: z.enum(["points", "weighted"]),
  scale: z.record(z.string(), z.number().nonnegative()).optional(),
  categories: z.array(
    z.strictObject({
      name: z.string().min(1),
      weight: amount.optional(),
      dropLowest: z.number().int().nonnegative().optional(),
    }),
  ),
  assignments: z.array(
    z.strictObject({
      id: z.string().min(1),
      category: z.string().min(1),
      pointsPossible: amount,
      dueDate: day.optional(),
      extraCredit: z.boolean().optional(),
    }),
  ),
  scores: z.array(
    z.strictObject({
      assignment: z.string().min(1),
      pointsEarned: amount.optional(),
      status: z.enum(SCORE_STATUSES).optional(),
    }),
  ),
  asOf: day,
  enrolledOn: day.optional(),
  ungradedPastDueCountsZero: z.boolean().optional(),
  latePenaltyPercent: amount.optional(),
});

function fail(message: string): never {
  process.stderr.write(`grades:explain: ${message}\n`);
  process.exit(2);
}

const file = process.argv[2];
if (!file) fail("usage: npm run -s grades:explain -- FILE.json");
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}
const parsed = inputSchema.safeParse(raw);
if (!parsed.success)
  fail(parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`).join("\n"));
const ids = new Set(parsed.data.assignments.map((a) => a.id));
const stray = parsed.data.scores.find((s) => !ids.has(s.assignment));
if (stray) fail(`scores: no assignment "${stray.assignment}"`);

let result;
try {
  result = calculateGrade(parsed.data);
} catch (error) {
  fail((error as Error).message);
}
const output = {
  percentage: result.percentage,
  letter: result.letter,
  categories: result.categories.map((c) => ({
    name: c.name,
    percentage: c.percentage,
    earned: c.earned,
    possible: c.possible,
    dropped: c.dropped,
  })),
  warnings: result.warnings,
};
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
