// The student form refuses dates that cannot be true, and says so on the field to correct.
import { describe, expect, it } from "vitest";
import { messageText } from "../../i18n/translate.ts";
import { issueText } from "../../server/action-result.ts";
import { blankStudent } from "./form-values.ts";
import { studentDateIssues, studentSchema } from "./schemas.ts";

const ninthGrader: {
  dateOfBirth: string;
  enrollmentDate: string;
  graduationDate: string | null;
  gradeLevel: string;
  academicYear: string;
} = {
  dateOfBirth: "2011-03-04",
  enrollmentDate: "2026-08-24",
  graduationDate: null,
  gradeLevel: "9",
  academicYear: "2026-2027",
};
const issues = (changes: Partial<typeof ninthGrader>, today = "2026-12-02") =>
  studentDateIssues({ ...ninthGrader, ...changes }, today).map(
    // What the person reads: the rule's key in English, with the values it carries.
    (i) => `${i.path[0]}: ${messageText(i.message, "en", i.params)}`,
  );

describe("impossible student dates", () => {
  it("accepts a real ninth grader, one who repeated a year, and a young one who skipped a grade", () => {
    expect(issues({})).toEqual([]);
    expect(issues({ dateOfBirth: "2009-10-01" })).toEqual([]);
    expect(issues({ dateOfBirth: "2013-05-01" })).toEqual([]);
    expect(issues({ gradeLevel: "12", dateOfBirth: "2006-01-15" })).toEqual([]); // special education to 21
  });

  it("refuses a birth date in the future, on the date of birth", () => {
    expect(issues({ dateOfBirth: "2027-01-01" })).toEqual([
      "dateOfBirth: The date of birth is in the future.",
    ]);
  });

  it("refuses a ninth grader born last year, and a kindergartner aged twelve", () => {
    expect(issues({ dateOfBirth: "2025-06-01" })).toEqual([
      "dateOfBirth: Grade 9 students are usually about 14 at the start of the school year; this date makes them 1. Check the date of birth or the grade.",
    ]);
    expect(issues({ gradeLevel: "K", dateOfBirth: "2014-01-01" })[0]).toMatch(
      /^dateOfBirth: Kindergarten students are usually about 5/,
    );
  });

  it("puts enrolment before birth on the enrolment date, and graduation before enrolment on graduation", () => {
    expect(issues({ enrollmentDate: "2010-08-24", academicYear: "2026-2027" })).toEqual([
      "enrollmentDate: Enrolment must come after the date of birth.",
    ]);
    expect(issues({ graduationDate: "2026-06-01" })).toEqual([
      "graduationDate: Graduation must come after enrolment.",
    ]);
  });

  it("is the rule the form and the action apply", () => {
    const parsed = studentSchema.safeParse({
      ...blankStudent("2026-08-24"),
      studentId: "S-1",
      firstName: "Ada",
      lastName: "Lee",
      dateOfBirth: "2099-01-01",
      gradeLevel: "9",
      academicYear: "2026-2027",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), issueText(i, "en")])).toEqual([
      ["dateOfBirth", "The date of birth is in the future."],
    ]);
  });
});
