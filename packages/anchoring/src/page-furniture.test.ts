import { describe as suite, expect, it } from "vitest";
import { anchor, classify } from "./anchor.ts";
import { describe } from "./describe.ts";
import { findFurniture, withoutFurniture } from "./furniture.ts";
import { reanchorAll } from "./reanchor.ts";
import { HEADERS, lines, makePageBreakCase as makeCase, paginate } from "./generated-cases.ts";

// Issue 16.8: PDF-extracted text carries page furniture — a running header at the top of each page, the
// page number at its foot. A new extraction moves the page breaks, so a quote made on one may have a
// header and a page number in its middle in the other (or lose them). Matching ignores those lines: the
// quote is found from its first line to its last, over the furniture, never starting at the header.

const RUNS = 150;

suite("page furniture inside a quote", () => {
  for (const reverse of [false, true]) {
    it(`finds the quote from its first line when a page break ${reverse ? "leaves" : "enters"} it (${RUNS} seeded layouts)`, () => {
      const wrong: string[] = [];
      for (let seed = 1; seed <= RUNS; seed++) {
        const c = makeCase(seed, reverse);
        const quote = c.old.slice(c.start, c.end);
        if (!reverse) expect(c.next.slice(c.expected.start, c.expected.end)).toMatch(/\n\d+\n.*\n/); // a page number and a header inside
        const selectors = describe(c.old, c.start, c.end);
        for (const [how, result] of [
          ["reanchorAll", reanchorAll(c.old, c.next, [{ id: "a", selector: selectors }])[0]!.result],
          ["anchor", anchor(c.next, selectors)],
        ] as const) {
          const ok = !result.orphan && classify(result) === "ANCHORED" && result.start === c.expected.start && result.end === c.expected.end;
          if (!ok) wrong.push(`seed ${seed} ${how}: ${JSON.stringify(result)} for ${JSON.stringify(quote.slice(0, 30))}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it("knows running headers and page numbers, and leaves ordinary lines and a quoted number alone", () => {
    const { text } = paginate(lines(3, 200), 30);
    const furniture = findFurniture(text);
    expect([...furniture.keys].sort()).toEqual(HEADERS.map((h) => `${h.toLowerCase()} #`).sort());
    expect(withoutFurniture(`end of a line\n${HEADERS[0]} 14\n14\nnext line`, furniture)).toBe("end of a line\nnext line");
    expect(withoutFurniture("2024", furniture)).toBe("2024");
    expect(withoutFurniture("in\n2024\nthey", { keys: new Set() })).toBe("in\nthey");
    expect(findFurniture("one line only, repeated? no").keys.size).toBe(0);
  });
});
