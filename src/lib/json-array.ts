// Reads a JSON array one element at a time from bytes, so a huge or hostile file is refused at
// its first bad element instead of being parsed whole into memory. Each element is decoded and
// JSON.parse'd on its own; nesting deeper than maxDepth is refused (a parser's stack is finite).

export class JsonArrayError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const QUOTE = 0x22,
  BACKSLASH = 0x5c,
  COMMA = 0x2c;
const OPEN = new Set([0x5b, 0x7b]),
  CLOSE = new Set([0x5d, 0x7d]);

/**
 * Calls visit(element, index) for each element in order; visit returns false to stop early.
 * Throws JsonArrayError (with the element's index) when the bytes are not a JSON array.
 */
export function forEachJsonElement(
  bytes: Uint8Array,
  visit: (element: unknown, index: number) => boolean | void,
  options: { maxDepth?: number } = {},
): number {
  const maxDepth = options.maxDepth ?? 32;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let i = 0;
  const skipSpace = () => {
    while (i < bytes.length && SPACE.has(bytes[i]!)) i++;
  };
  skipSpace();
  if (bytes[i] !== 0x5b) throw new JsonArrayError("not a JSON array", 0);
  i++;
  skipSpace();
  if (bytes[i] === 0x5d) {
    i++;
    skipSpace();
    if (i !== bytes.length) throw new JsonArrayError("text after the array", 0);
    return 0;
  }
  let index = 0;
  for (;;) {
    const start = i;
    let depth = 0;
    let inString = false;
    for (; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (inString) {
        if (b === BACKSLASH) i++;
        else if (b === QUOTE) inString = false;
      } else if (b === QUOTE) inString = true;
      else if (OPEN.has(b)) {
        if (++depth > maxDepth) throw new JsonArrayError("nested too deeply", index);
      } else if (CLOSE.has(b)) {
        if (depth === 0) break;
        depth--;
      } else if (b === COMMA && depth === 0) break;
    }
    if (i >= bytes.length) throw new JsonArrayError("the array is not closed", index);
    let element: unknown;
    try {
      element = JSON.parse(decoder.decode(bytes.subarray(start, i)));
    } catch {
      throw new JsonArrayError("not valid JSON", index);
    }
    if (visit(element, index) === false) return index + 1;
    index++;
    const end = bytes[i]!;
    i++;
    if (end === 0x5d) break;
    if (end !== COMMA) throw new JsonArrayError("not valid JSON", index);
    skipSpace();
  }
  skipSpace();
  if (i !== bytes.length) throw new JsonArrayError("text after the array", index);
  return index;
}
