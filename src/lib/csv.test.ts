import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes what needs quoting and defuses formulas", () => {
    const csv = toCsv(
      ["a", "b"],
      [
        ["Smith, Jo", 'Say "hi"'],
        ['=HYPERLINK("x")', null],
        ["-5", 7],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\n"Smith, Jo","Say ""hi"""\r\n"\'=HYPERLINK(""x"")",\r\n\'-5,7\r\n');
  });
});
