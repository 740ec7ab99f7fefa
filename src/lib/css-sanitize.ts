// A school's custom CSS, made safe to serve. Whole rules that use anything able to load from
// elsewhere, run script or break out of a stylesheet are dropped, and the operator is told why.

export const CUSTOM_CSS_MAX_BYTES = 20_000;

export interface SanitizedCss {
  css: string;
  warnings: string[];
}

const FORBIDDEN: Array<[RegExp, string]> = [
  [/@import/i, "@import is not allowed"],
  [/@charset|@namespace/i, "@charset and @namespace are not allowed"],
  [/url\s*\(\s*['"]?\s*(?!\/(?!\/))/i, "url() may only point at this site (a path starting with /)"],
  [/image-set\s*\(|image\s*\(|src\s*\(/i, "image-set(), image() and src() are not allowed"],
  [/expression\s*\(/i, "expression() is not allowed"],
  [/behaviou?r\s*:/i, "behavior is not allowed"],
  [/-moz-binding/i, "-moz-binding is not allowed"],
  [/javascript\s*:|vbscript\s*:/i, "script URLs are not allowed"],
  [/\\/, "escapes (\\) are not allowed"],
];

/** Splits into top-level blocks ("selector { … }" including nested braces) and stray text. */
function topLevelBlocks(css: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === "{") depth++;
    else if (css[i] === "}") {
      depth--;
      if (depth === 0) {
        blocks.push(css.slice(start, i + 1));
        start = i + 1;
      } else if (depth < 0) {
        return []; // unbalanced: refuse all of it
      }
    }
  }
  if (depth !== 0) return [];
  const rest = css.slice(start).trim();
  if (rest) blocks.push(rest);
  return blocks;
}

export function sanitizeCustomCss(input: string | null | undefined): SanitizedCss {
  const warnings: string[] = [];
  if (!input) return { css: "", warnings };
  let css = input;
  if (new TextEncoder().encode(css).length > CUSTOM_CSS_MAX_BYTES) {
    return {
      css: "",
      warnings: [`Custom CSS is larger than ${CUSTOM_CSS_MAX_BYTES / 1000} KB and was not applied.`],
    };
  }
  css = css.replace(/\/\*[\s\S]*?\*\//g, "");
  if (/[<>]/.test(css.replace(/>(?=[^{}]*\{)/g, ""))) {
    // ">" is a selector combinator; "<" never belongs in CSS and "</style" would end the sheet.
    warnings.push("< and > outside selectors are not allowed");
    css = css.replace(/</g, "").replace(/>(?![^{}]*\{)/g, "");
  }
  const blocks = topLevelBlocks(css);
  if (blocks.length === 0 && css.trim())
    return { css: "", warnings: [...warnings, "Unbalanced braces: custom CSS was not applied."] };
  const kept: string[] = [];
  for (const block of blocks) {
    const problem = FORBIDDEN.find(([pattern]) => pattern.test(block));
    if (problem) {
      warnings.push(`Removed "${block.slice(0, 60).trim()}…": ${problem[1]}.`);
      continue;
    }
    if (!block.includes("{")) {
      warnings.push(`Removed "${block.slice(0, 60).trim()}": text outside a rule.`);
      continue;
    }
    kept.push(block.trim());
  }
  return { css: kept.join("\n"), warnings };
}
