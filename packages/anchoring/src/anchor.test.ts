import { describe as suite, expect, it } from "vitest";
import { LOW_CONFIDENCE, anchor, classify, createAnchorer } from "./anchor.ts";
import { describe } from "./describe.ts";
import { paper } from "./test-helpers.ts";
import type { AnchorResult, Anchored } from "./types.ts";

const PAPER = [
  "Abstract. We study how large language models attend to long documents.",
  "Our main finding is that attention heads specialise early in training, and that",
  "pruning half of them costs less than one point of accuracy on every benchmark we tried.",
  "Related work. Sparse attention has been explored before; see the survey by Tay et al.",
  "Method. We fine-tune a transformer encoder on scientific text and measure head entropy.",
  "Conclusion. Attention heads specialise early; most of them can be pruned safely.",
].join("\n");

function sel(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return describe(text, start, start + quote.length);
}

function anchored(r: AnchorResult): Anchored {
  if (r.orphan) throw new Error(`expected an anchor, got orphan: ${r.reason}`);
  return r;
}

const QUOTE = "pruning half of them costs less than one point of accuracy";

suite("anchor — unchanged text", () => {
  it("anchors by position with confidence 1", () => {
    const r = anchored(anchor(PAPER, sel(PAPER, QUOTE)));
    expect(r).toMatchObject({ method: "position", confidence: 1 });
    expect(PAPER.slice(r.start, r.end)).toBe(QUOTE);
    expect(classify(r)).toBe("ANCHORED");
  });

  it("anchors from the quote alone (no position selector)", () => {
    const r = anchored(anchor(PAPER, [sel(PAPER, QUOTE)[0]]));
    expect(PAPER.slice(r.start, r.end)).toBe(QUOTE);
    expect(r.method).toBe("exact");
    expect(r.confidence).toBeGreaterThan(0.99);
  });
});

suite("anchor — edited text", () => {
  const selectors = sel(PAPER, QUOTE);

  it("survives an insertion before the quote", () => {
    const edited = "Preface. This version adds a new introduction paragraph.\n" + PAPER;
    const r = anchored(anchor(edited, selectors));
    expect(edited.slice(r.start, r.end)).toBe(QUOTE);
    expect(r.method).toBe("exact");
    expect(classify(r)).toBe("ANCHORED");
  });

  it("survives an insertion right next to the quote (inside the prefix)", () => {
    const at = PAPER.indexOf(QUOTE);
    const edited = PAPER.slice(0, at) + "(surprisingly) " + PAPER.slice(at);
    const r = anchored(anchor(edited, selectors));
    expect(edited.slice(r.start, r.end)).toBe(QUOTE);
    expect(classify(r)).toBe("ANCHORED");
  });

  it("survives a deletion before the quote", () => {
    const edited = PAPER.replace("Abstract. We study how large language models attend to long documents.\n", "");
    const r = anchored(anchor(edited, selectors));
    expect(edited.slice(r.start, r.end)).toBe(QUOTE);
    expect(classify(r)).toBe("ANCHORED");
  });

  it("survives whitespace changes: collapsed spaces, re-flowed lines, tabs", () => {
    const edited = PAPER.replace(/\n/g, "\n\n  ").replace("pruning half of them", "pruning  half\nof\tthem");
    const r = anchored(anchor(edited, selectors));
    expect(edited.slice(r.start, r.end)).toBe("pruning  half\nof\tthem costs less than one point of accuracy");
    expect(classify(r)).toBe("ANCHORED");
  });

  it("survives hyphenation at a line end, in either direction", () => {
    const quote = "We fine-tune a transformer encoder on scientific text";
    const hyphenated = PAPER.replace("transformer encoder", "trans-\nformer encoder");
    const r = anchored(anchor(hyphenated, sel(PAPER, quote)));
    expect(hyphenated.slice(r.start, r.end)).toBe("We fine-tune a trans-\nformer encoder on scientific text");
    expect(classify(r)).toBe("ANCHORED");
    // Annotated on the hyphenated (PDF) text, re-anchored on the clean text.
    const back = anchored(anchor(PAPER, sel(hyphenated, "We fine-tune a trans-\nformer encoder")));
    expect(PAPER.slice(back.start, back.end)).toBe("We fine-tune a transformer encoder");
    expect(classify(back)).toBe("ANCHORED");
  });

  it("survives soft hyphens, ligatures and curly quotes from a re-extracted PDF", () => {
    const pdf = PAPER.replace("specialise early in", "spe\u00ADcialise early in").replace("fine-tune", "\uFB01ne-tune");
    const r = anchored(anchor(pdf, sel(PAPER, "heads specialise early in training")));
    expect(pdf.slice(r.start, r.end)).toBe("heads spe\u00ADcialise early in training");
    const r2 = anchored(anchor(pdf, sel(PAPER, "We fine-tune a transformer")));
    expect(pdf.slice(r2.start, r2.end)).toBe("We \uFB01ne-tune a transformer");
    const curly = PAPER.replace("Tay et al.", "\u201CTay et al.\u201D");
    const r3 = anchored(anchor(curly, sel(PAPER.replace("Tay et al.", '"Tay et al."'), '"Tay et al."')));
    expect(curly.slice(r3.start, r3.end)).toBe("\u201CTay et al.\u201D");
  });

  it("finds a quote with typos inside it (fuzzy)", () => {
    const edited = PAPER.replace(QUOTE, "prunning half of them cost less than one point of acuracy");
    const r = anchored(anchor(edited, selectors));
    expect(r.method).toBe("fuzzy");
    expect(edited.slice(r.start, r.end)).toBe("prunning half of them cost less than one point of acuracy");
    expect(classify(r)).toBe("ANCHORED");
  });

  it("finds a quote with typos after text was inserted before it", () => {
    const edited = "New preface.\n".repeat(20) + PAPER.replace("costs less", "costs lesss");
    const r = anchored(anchor(edited, selectors));
    expect(edited.slice(r.start, r.end)).toContain("costs lesss than one point");
    expect(classify(r)).toBe("ANCHORED");
  });

  it("orphans a deleted passage", () => {
    const edited = PAPER.replace(/pruning half of them costs less than one point of accuracy on every benchmark we tried\./, "");
    const r = anchor(edited, selectors);
    expect(r).toMatchObject({ orphan: true });
    expect(classify(r)).toBe("ORPHANED");
  });

  it("flags a quote that survives only out of context as LOW_CONFIDENCE", () => {
    const quote = "most of them can be pruned safely";
    const edited =
      "Notes. As everyone knows by now, most of them can be pruned safely!\n" +
      PAPER.replace("Conclusion. Attention heads specialise early; most of them can be pruned safely.", "Conclusion. Gone.");
    const r = anchored(anchor(edited, sel(PAPER, quote)));
    expect(edited.slice(r.start, r.end)).toBe(quote);
    expect(r.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(classify(r)).toBe("LOW_CONFIDENCE");
  });
});

suite("anchor — repeated passages told apart by context", () => {
  const twice = [
    "In the first experiment the baseline was trained for ten epochs. The results are shown in Table 1.",
    "In the second experiment we doubled the batch size and kept the schedule. The results are shown in Table 1.",
  ].join("\n");
  const repeated = "The results are shown in Table 1.";

  for (const occurrence of [0, 1]) {
    it(`keeps occurrence ${occurrence + 1} of 2 after text is inserted before both`, () => {
      const selectors = sel(twice, repeated, occurrence);
      const edited = "A long new introduction that shifts every offset by quite a lot of characters.\n".repeat(3) + twice;
      const r = anchored(anchor(edited, selectors));
      const expected = edited.indexOf(selectors[0].prefix!) + selectors[0].prefix!.length;
      expect(r.start).toBe(expected);
      expect(edited.slice(r.start, r.end)).toBe(repeated);
    });

    it(`keeps occurrence ${occurrence + 1} of 2 with a misleading position hint`, () => {
      const [quote, position] = sel(twice, repeated, occurrence);
      const other = sel(twice, repeated, 1 - occurrence)[1];
      const r = anchored(anchor(twice + " ", [quote, { ...position, start: other.start + 3, end: other.end + 3 }]));
      expect(r.start).toBe(position.start);
    });

    it(`keeps occurrence ${occurrence + 1} of 2 when the copy was edited (fuzzy) and the other is exact`, () => {
      const selectors = sel(twice, repeated, occurrence);
      const lines = twice.split("\n");
      lines[occurrence] = lines[occurrence]!.replace("The results are shown", "The results are show");
      const edited = lines.join("\n");
      const r = anchored(anchor(edited, selectors));
      expect(edited.slice(r.start, r.end)).toBe("The results are show in Table 1.");
    });
  }

  it("without context, prefers the occurrence nearest the position hint", () => {
    const text = "same words here. filler filler filler. same words here.";
    const second = text.lastIndexOf("same words here");
    const r = anchored(
      anchor("xx" + text, [
        { type: "TextQuoteSelector", exact: "same words here" },
        { type: "TextPositionSelector", start: second, end: second + 15 },
      ]),
    );
    expect(r.start).toBe(second + 2);
  });
});

suite("anchor — edges", () => {
  it("anchors a quote at the very start and the very end, also after edits", () => {
    const start = describe(PAPER, 0, 9);
    const end = describe(PAPER, PAPER.length - 14, PAPER.length);
    expect(anchored(anchor(PAPER, start))).toMatchObject({ start: 0, end: 9, confidence: 1 });
    expect(anchored(anchor(PAPER, end))).toMatchObject({ start: PAPER.length - 14, end: PAPER.length });
    const edited = "Title\n" + PAPER + "\nReferences";
    const s = anchored(anchor(edited, start));
    expect(edited.slice(s.start, s.end)).toBe("Abstract.");
    const e = anchored(anchor(edited, end));
    expect(edited.slice(e.start, e.end)).toBe("pruned safely.");
    expect(classify(s)).toBe("ANCHORED");
    expect(classify(e)).toBe("ANCHORED");
  });

  it("handles empty text and odd selectors without throwing", () => {
    expect(anchor("", describe("abc", 0, 3))).toMatchObject({ orphan: true });
    expect(anchor(PAPER, [])).toMatchObject({ orphan: true });
    expect(anchor(PAPER, [{ type: "CssSelector", value: "p" }])).toMatchObject({ orphan: true });
    expect(anchor(PAPER, [{ type: "TextQuoteSelector", exact: "   \n " }])).toMatchObject({ orphan: true });
    expect(anchor(PAPER, [{ type: "TextQuoteSelector", exact: 42 } as never])).toMatchObject({ orphan: true });
    expect(anchor(PAPER, [{ type: "TextPositionSelector", start: 5, end: 1e9 }])).toMatchObject({ orphan: true });
  });

  it("anchors a position-only selector, but only with low confidence", () => {
    const r = anchored(anchor(PAPER, [{ type: "TextPositionSelector", start: 3, end: 9 }]));
    expect(r).toMatchObject({ start: 3, end: 9, method: "position" });
    expect(classify(r)).toBe("LOW_CONFIDENCE");
  });

  it("does not fuzzy-match very short quotes", () => {
    expect(anchor("the cat sat", [{ type: "TextQuoteSelector", exact: "dog" }])).toMatchObject({ orphan: true });
  });

  it("works on a huge text (200k characters) and a huge quote", () => {
    const text = paper(200_000, 7);
    const small = describe(text, 123_456, 123_556);
    const big = describe(text, 40_000, 70_000);
    const edited = "inserted ".repeat(50) + text.slice(0, 123_500) + "TYPO" + text.slice(123_504, 60_000 + 123_504 - 123_504 + 100_000);
    const r = anchored(anchor(edited, small));
    expect(r.start).toBe(123_456 + 450);
    expect(r.method).toBe("fuzzy");
    const b = anchored(anchor(edited, big));
    expect(b.start).toBe(40_000 + 450);
    expect(b.end).toBe(70_000 + 450);
    expect(classify(b)).toBe("ANCHORED");
    // A huge quote with typos takes the head/tail path.
    const typos = edited.slice(0, 50_000) + "XX" + edited.slice(50_003, 65_000) + "Y" + edited.slice(65_000);
    const f = anchored(anchor(typos, big));
    expect(f).toMatchObject({ start: 40_450, end: 70_450, method: "fuzzy" });
    expect(classify(f)).toBe("ANCHORED");
  });

  it("uses JavaScript string indices for combining accents and emoji", () => {
    const text = "Cafe\u0301 culture 😀 and 🧪 experiments in Zürich — naïve résumé.";
    const at = text.indexOf("🧪 experiments");
    const selectors = describe(text, at, at + "🧪 experiments".length);
    expect(selectors[1]).toEqual({ type: "TextPositionSelector", start: at, end: at + 14 });
    const edited = "😀😀 " + text;
    const r = anchored(anchor(edited, selectors));
    expect(r.start).toBe(at + 5);
    expect(edited.slice(r.start, r.end)).toBe("🧪 experiments");
    // Decomposed vs precomposed accents compare equal.
    const composed = text.normalize("NFC");
    const q = describe(text, 0, "Cafe\u0301 culture".length);
    const c = anchored(anchor(composed, q));
    expect(composed.slice(c.start, c.end)).toBe("Café culture");
    expect(classify(c)).toBe("ANCHORED");
    const decomposed = "naïve résumé".normalize("NFD");
    const d = anchored(anchor(text.replace("naïve résumé", decomposed), describe(text, text.indexOf("naïve"), text.indexOf("naïve") + 12)));
    expect(d.end - d.start).toBe(decomposed.length);
  });

  it("createAnchorer reuses one normalisation for many annotations", () => {
    const anchorer = createAnchorer("Preface.\n" + PAPER);
    for (const quote of [QUOTE, "Sparse attention", "head entropy"]) {
      const r = anchored(anchorer.anchor(sel(PAPER, quote)));
      expect(anchorer.text.slice(r.start, r.end)).toBe(quote);
    }
  });
});
