import { describe, expect, it } from "vitest";
import { CUSTOM_CSS_MAX_BYTES, sanitizeCustomCss } from "./css-sanitize.ts";

describe("custom CSS sanitiser", () => {
  it("keeps ordinary styling, child combinators and same-site images", () => {
    const css =
      ".hero > h1 { font-weight: 800; color: #123456 }\n@media (min-width: 600px) { .card { padding: 2rem } }\n.logo { background: url(/brand/lincoln.svg) }";
    expect(sanitizeCustomCss(css)).toEqual({ css, warnings: [] });
  });

  it.each([
    ["@import url(https://evil.example/x.css); body { color: red }", "@import"],
    ["body { background: url(https://evil.example/track.png) }", "url()"],
    ["body { background: url('//evil.example/track.png') }", "url()"],
    ['body { background: url( "http://evil.example" ) }', "url()"],
    ["body { background: image-set('https://evil.example/a.png' 1x) }", "image-set"],
    ["body { width: expression(alert(1)) }", "expression"],
    ["body { behavior: url(/x.htc) }", "behavior"],
    ["body { -moz-binding: url(/x.xml#xss) }", "-moz-binding"],
    ["body { background: u\\72 l(https://evil.example) }", "escapes"],
    ["a { background: javascript:alert(1) }", "script"],
  ])("drops %s", (css, reason) => {
    const result = sanitizeCustomCss(css);
    expect(result.css).not.toMatch(/evil|expression|behavior|binding|javascript|\\/i);
    expect(result.warnings.join(" ")).toContain(reason);
  });

  it("cannot break out of a style sheet", () => {
    const result = sanitizeCustomCss("body { color: red }</style><script>alert(1)</script><style>");
    expect(result.css).not.toMatch(/<|script>/i);
    expect(result.warnings.length).toBeGreaterThan(0);
  });

  it("refuses unbalanced braces and oversized input whole", () => {
    expect(sanitizeCustomCss("body { color: red").css).toBe("");
    expect(sanitizeCustomCss("}body{color:red}{").css).toBe("");
    const big = `.a { color: red }\n`.repeat(CUSTOM_CSS_MAX_BYTES / 10);
    expect(sanitizeCustomCss(big)).toEqual({ css: "", warnings: [expect.stringContaining("larger than")] });
  });

  it("drops comments that could hide anything", () => {
    expect(sanitizeCustomCss("/* @import url(https://evil.example) */ p { margin: 0 }").css).toBe(
      "p { margin: 0 }",
    );
  });
});
