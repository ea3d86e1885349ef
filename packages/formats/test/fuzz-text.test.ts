import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  detectFormat,
  normalizeTitle,
  parseArxivAtom,
  parseArxivJsonl,
  parseBibtex,
  parseCslJson,
  parseDigest,
  parseIdentifier,
  parseRis,
  splitIdentifiers,
  type ParseOutcome,
} from "../src/index.ts";
import { expectWellFormed, fixture } from "./helpers/fixtures.ts";

// Property: whatever the bytes, a parser returns well-formed outcomes; it never throws and never
// hangs (vitest's per-test timeout bounds each property). numRuns is kept moderate for speed.

const parsers: [string, (text: string) => ParseOutcome[], string][] = [
  ["parseArxivAtom", parseArxivAtom, fixture("arxiv-query.atom.xml")],
  ["parseArxivJsonl", parseArxivJsonl, fixture("arxiv-snapshot.jsonl")],
  ["parseBibtex", parseBibtex, fixture("references.bib")],
  ["parseRis", parseRis, fixture("references.ris")],
  ["parseCslJson", parseCslJson, fixture("items.csl.json")],
  ["parseDigest", parseDigest, fixture("daily-papers-digest.txt").slice(0, 6000)],
];

// Characters that matter to at least one of the syntaxes, so mutations hit parser edge cases.
const syntax = fc.constantFrom(
  ..."{}[]()@,=\"'<>/&;:#%\\\n\r\t -TYER0123456789vx.".split(""),
  "&lol;",
  "<!DOCTYPE",
  "TY  - ",
  "@article{",
  "\u0000",
  "é",
  "\uFFFD",
);

const mutated = (base: string) =>
  fc
    .array(fc.tuple(fc.nat({ max: base.length }), fc.nat({ max: 8 }), fc.array(syntax, { maxLength: 4 })), { minLength: 1, maxLength: 6 })
    .map((edits) => edits.reduce((s, [at, del, ins]) => s.slice(0, Math.min(at, s.length)) + ins.join("") + s.slice(Math.min(at, s.length) + del), base));

describe.each(parsers)("%s fuzz", (_name, parse, valid) => {
  it("survives random text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary", maxLength: 300 }),
          fc.array(syntax).map((a) => a.join("")),
        ),
        (s) => {
          expectWellFormed(parse(s));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("survives truncations of a valid file", () => {
    fc.assert(
      fc.property(fc.nat({ max: valid.length }), (n) => {
        expectWellFormed(parse(valid.slice(0, n)));
      }),
      { numRuns: 60 },
    );
  });

  it("survives mutations of a valid file", () => {
    fc.assert(
      fc.property(mutated(valid), (s) => {
        expectWellFormed(parse(s));
      }),
      { numRuns: 60 },
    );
  });
});

describe("pathological inputs stay fast", () => {
  const cases: [string, string][] = [
    ["deep braces", `@article{a, title={${"{".repeat(5000)}x${"}".repeat(5000)}}}`],
    ["many broken entries", "@article{a, title={x\n".repeat(2000)],
    ["deep XML", `<feed>${"<a>".repeat(3000)}${"</a>".repeat(3000)}</feed>`],
    ["huge JSON nesting", "[".repeat(5000)],
    ["long single line", "x".repeat(200_000)],
  ];
  it.each(cases)("%s", (_label, input) => {
    for (const [, parse] of parsers) {
      const started = performance.now();
      expectWellFormed(parse(input));
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });
});

describe("helpers fuzz", () => {
  it("identifier functions and normalizeTitle are total", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const id = parseIdentifier(s);
        if (id?.kind === "arxiv") expect(id.id).toMatch(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/);
        if (id?.kind === "doi") expect(id.doi).toBe(id.doi.toLowerCase());
        for (const c of splitIdentifiers(s)) expect(c).not.toMatch(/[\s,;]/);
        expect(normalizeTitle(s)).toBe(normalizeTitle(normalizeTitle(s)));
        const f = detectFormat("upload", s);
        expect(f === null || typeof f === "string").toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("parseIdentifier finds every generated arXiv id in its common spellings", () => {
    const newId = fc
      .tuple(fc.integer({ min: 7, max: 30 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 99999 }))
      .map(([y, m, n]) => `${String(y).padStart(2, "0")}${String(m).padStart(2, "0")}.${String(n).padStart(5, "0")}`);
    fc.assert(
      fc.property(newId, fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }), (id, v) => {
        const full = v ? `${id}v${v}` : id;
        const expected = v ? { kind: "arxiv", id, version: v } : { kind: "arxiv", id };
        for (const spelling of [full, `arXiv:${full}`, `https://arxiv.org/abs/${full}`, `http://arxiv.org/pdf/${full}.pdf`]) {
          expect(parseIdentifier(spelling)).toEqual(expected);
        }
      }),
      { numRuns: 100 },
    );
  });
});
