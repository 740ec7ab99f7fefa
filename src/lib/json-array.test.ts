import { describe, expect, it } from "vitest";
import { forEachJsonElement, JsonArrayError } from "./json-array.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const all = (text: string) => {
  const out: unknown[] = [];
  forEachJsonElement(bytes(text), (e) => void out.push(e));
  return out;
};

describe("forEachJsonElement", () => {
  it("reads every element, strings with brackets, commas and escapes included", () => {
    expect(all(' [ {"a":"x,]}\\"y","b":[1,2]} , 3, "s", null ] ')).toEqual([
      { a: 'x,]}"y', b: [1, 2] },
      3,
      "s",
      null,
    ]);
    expect(all("[]")).toEqual([]);
  });

  it("stops when told to, without reading the rest", () => {
    const seen: number[] = [];
    const count = forEachJsonElement(bytes("[0, 1, 2, this is not read"), (_, index) => {
      seen.push(index);
      return index < 1;
    });
    expect(seen).toEqual([0, 1]);
    expect(count).toBe(2);
  });

  it("names the element that is broken, and refuses what is not an array", () => {
    expect(() => all('[{"a":1}, {"a":}]')).toThrow(expect.objectContaining({ index: 1 }));
    expect(() => all('{"a":1}')).toThrow(JsonArrayError);
    expect(() => all("[1, 2")).toThrow(/not closed/);
    expect(() => all("[1] [2]")).toThrow(/after the array/);
    expect(() => all(`[${"[".repeat(1000)}${"]".repeat(1000)}]`)).toThrow(/deeply/);
  });
});
