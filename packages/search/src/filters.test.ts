import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFilter, quoteFilterValue } from "./filters.ts";

/**
 * Read one double-quoted literal the way Meilisearch's filter parser does (backslash escapes
 * the next character) and return its value plus whatever follows it.
 */
function readLiteral(input: string): { value: string; rest: string } {
  if (input[0] !== '"') throw new Error("not a literal");
  let value = "";
  for (let i = 1; i < input.length; i++) {
    const ch = input[i]!;
    if (ch === "\\") {
      value += input[++i] ?? "";
      continue;
    }
    if (ch === '"') return { value, rest: input.slice(i + 1) };
    value += ch;
  }
  throw new Error("unterminated literal");
}

describe("filter values", () => {
  it("escapes quotes and backslashes", () => {
    expect(quoteFilterValue("cs.LG")).toBe('"cs.LG"');
    expect(quoteFilterValue('O"Brien')).toBe('"O\\"Brien"');
    expect(quoteFilterValue("a\\")).toBe('"a\\\\"');
    expect(quoteFilterValue('x" OR year > 0 OR source = "y')).toBe('"x\\" OR year > 0 OR source = \\"y"');
  });

  it("any string becomes exactly one literal that reads back as itself", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (s) => {
        const { value, rest } = readLiteral(quoteFilterValue(s));
        expect(rest).toBe(""); // nothing escaped the literal
        expect(value).toBe(s.replace(/[\u0000-\u001f\u007f]/g, " "));
      }),
    );
  });
});

describe("buildFilter", () => {
  it("builds one AND-ed clause per filter", () => {
    expect(buildFilter({ yearFrom: 2019, yearTo: 2021, categories: ["cs.LG", "cs.CL"], authors: ["Ada Lovelace"], source: "arxiv" })).toEqual([
      "year >= 2019",
      "year <= 2021",
      'categories IN ["cs.LG", "cs.CL"]',
      'authors IN ["Ada Lovelace"]',
      'source = "arxiv"',
    ]);
    expect(buildFilter({})).toEqual([]);
    expect(buildFilter({ categories: [] })).toEqual([]);
  });

  it("hostile values stay inside their literal", () => {
    const [clause] = buildFilter({ source: '") OR (year > 0' });
    expect(clause).toBe('source = "\\") OR (year > 0"');
    const { value, rest } = readLiteral(clause!.slice("source = ".length));
    expect(value).toBe('") OR (year > 0');
    expect(rest).toBe("");
  });

  it("rejects non-integer years and unknown keys instead of interpolating them", () => {
    expect(() => buildFilter({ yearFrom: 2019.5 })).toThrow();
    expect(() => buildFilter({ yearFrom: Number.NaN })).toThrow();
    expect(() => buildFilter({ yearTo: "2020 OR 1=1" as unknown as number })).toThrow();
    expect(() => buildFilter({ visibility: "x" } as never)).toThrow();
  });
});
