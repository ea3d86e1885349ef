import { describe, expect, it } from "vitest";
import { PdfTextMap, type ItemPoint, type LayerItem } from "./text-map";

/** Text items as pdf.js gives them: one per run of text, a line's last one flagged hasEOL. */
function lines(...ls: string[]): LayerItem[] {
  return ls.flatMap((line) => {
    const words = line.split(/(?<= )/); // "a b c" → ["a ", "b ", "c"]: items often carry their trailing space
    return words.map((str, i) => ({ str, hasEOL: i === words.length - 1 }));
  });
}

/** The server's extraction of the same pages (unpdf): items joined, EOL as "\n", pages by a blank line. */
const serverText = (pages: LayerItem[][]) => pages.map((items) => items.map((i) => i.str + (i.hasEOL ? "\n" : "")).join("")).join("\n\n");

/** The point just before `occurrence`-th `needle` in the layer (or just after it, with `after`). */
function pointAt(map: PdfTextMap, pages: LayerItem[][], needle: string, opts: { after?: boolean; occurrence?: number } = {}): ItemPoint {
  let at = -1;
  for (let n = 0; n <= (opts.occurrence ?? 0); n++) at = map.layerText.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no "${needle}" in the layer`);
  const target = at + (opts.after ? needle.length : 0);
  let offset = 0;
  for (let page = 0; page < pages.length; page++) {
    if (page > 0) offset += 2;
    for (let item = 0; item < pages[page]!.length; item++) {
      const it = pages[page]![item]!;
      if (target >= offset && target <= offset + it.str.length && (!opts.after || target > offset || it.str.length === 0))
        return { page, item, offset: target - offset };
      offset += it.str.length + (it.hasEOL ? 1 : 0);
    }
  }
  throw new Error("unreachable");
}

function select(map: PdfTextMap, pages: LayerItem[][], phrase: string, occurrence = 0) {
  const r = map.locate(pointAt(map, pages, phrase, { occurrence }), pointAt(map, pages, phrase, { after: true, occurrence }));
  return r && { ...r, text: map.fullText.slice(r.start, r.end) };
}

const PAGES = [
  lines(
    "Attention Is All You Need",
    "Abstract",
    "The dominant sequence transduction models are based on",
    "complex recurrent or convolutional neural networks.",
  ),
  lines("2 Background", "The goal of reducing sequential computation also forms", "the foundation of the Extended Neural GPU."),
];

describe("PdfTextMap: the same extraction on both sides", () => {
  const full = serverText(PAGES);
  const map = new PdfTextMap(full, PAGES);

  it("places every character and maps a selection to the same offsets the text view uses", () => {
    expect(map.layerText).toBe(full);
    expect(map.coverage).toBe(1);
    const r = select(map, PAGES, "sequence transduction models");
    expect(r).toEqual({
      start: full.indexOf("sequence transduction models"),
      end: full.indexOf("sequence transduction models") + 28,
      method: "mapped",
      text: "sequence transduction models",
    });
  });

  it("maps selections that cross lines and pages, and backwards selections", () => {
    expect(select(map, PAGES, "networks.\n\n\n2 Background")?.text).toBe("networks.\n\n\n2 Background");
    const from = pointAt(map, PAGES, "Extended", { after: true });
    const to = pointAt(map, PAGES, "the foundation");
    expect(map.locate(from, to)).toMatchObject({ method: "mapped" });
    expect(full.slice(map.locate(from, to)!.start, map.locate(from, to)!.end)).toBe("the foundation of the Extended");
  });

  it("trims whitespace at the ends of a selection, and a whitespace-only selection is nothing", () => {
    const start = pointAt(map, PAGES, " recurrent");
    const end = pointAt(map, PAGES, "recurrent ", { after: true });
    expect(map.locate(start, end)).toMatchObject({ start: full.indexOf("recurrent"), end: full.indexOf("recurrent") + 9 });
    expect(map.locate(pointAt(map, PAGES, " or"), pointAt(map, PAGES, " or", { after: false }))).toBeNull();
  });

  it("gives the item pieces showing a stored range, on every page it spans", () => {
    const start = full.indexOf("networks.");
    const end = full.indexOf("Background") + "Background".length;
    const pieces = map.piecesFor({ start, end });
    expect(pieces[0]).toEqual({ page: 0, item: pieces[0]!.item, from: 0, to: "networks.".length });
    expect(pieces.at(-1)).toMatchObject({ page: 1, item: 1, from: 0, to: "Background".length });
    expect(map.piecesFor({ start: full.indexOf("\n\n"), end: full.indexOf("\n\n") + 2 })).toEqual([]);
  });
});

describe("PdfTextMap: extractions that differ in whitespace, hyphenation and glyphs", () => {
  it("ignores differences in spacing and line breaks", () => {
    const layer = [lines("The  dominant sequence", "transduction   models are based on")];
    const full = "The dominant sequence transduction models\nare based on";
    const map = new PdfTextMap(full, layer);
    expect(map.coverage).toBe(1);
    expect(select(map, layer, "sequence")).toMatchObject({ text: "sequence", method: "mapped" });
    expect(select(map, layer, "transduction   models are")?.text).toBe("transduction models\nare");
  });

  it("maps across a line-end hyphen the full text does not have (and the other way round)", () => {
    const layer = [lines("self-atten-", "tion mechanisms are everywhere")];
    const full = "self-attention mechanisms are everywhere";
    const map = new PdfTextMap(full, layer);
    expect(select(map, layer, "atten-\ntion mechanisms")?.text).toBe("attention mechanisms");
    const hyphenatedFull = new PdfTextMap("self-atten-\ntion mechanisms", [lines("self-attention mechanisms")]);
    const sel = hyphenatedFull.locate({ page: 0, item: 0, offset: 5 }, { page: 0, item: 1, offset: 10 });
    expect(sel && hyphenatedFull.fullText.slice(sel.start, sel.end)).toBe("atten-\ntion mechanisms");
  });

  it("folds ligatures and case, and tolerates one differing glyph inside an item", () => {
    const layer = [lines("We ﬁnd that RECURRENT models’ outputs drift")];
    const full = "We find that recurrent models' outputs drift";
    const map = new PdfTextMap(full, layer);
    expect(select(map, layer, "ﬁnd that")?.text).toBe("find that");
    expect(select(map, layer, "models’ outputs")?.text).toBe("models' outputs");
  });

  it("skips text only the layer has (a running header) and keeps mapping after it", () => {
    const layer = [lines("Preprint under review at a venue", "The goal of reducing sequential computation")];
    const full = "The goal of reducing sequential computation";
    const map = new PdfTextMap(full, layer);
    expect(select(map, layer, "reducing sequential")?.text).toBe("reducing sequential");
    expect(select(map, layer, "under review")).toBeNull();
  });

  it("tells repeated passages apart by their order", () => {
    const layer = [lines("attention heads attend.", "More text between them.", "attention heads attend.")];
    const full = serverText(layer);
    const map = new PdfTextMap(full, layer);
    const second = select(map, layer, "heads attend", 1);
    expect(second?.start).toBe(full.lastIndexOf("heads attend"));
  });

  it("falls back to quote anchoring when an end of the selection lies in text that could not be placed", () => {
    const layer = [
      lines("Recurrent neural networks, long short-term memory and gated", "recurent neural netwroks in particular, have been firmly established"),
    ];
    const full = "Recurrent neural networks, long short-term memory and gated recurrent neural networks in particular, have been firmly established";
    const map = new PdfTextMap(full, layer);
    expect(map.coverage).toBeLessThan(1);
    // Both ends placed: mapped, typos in between or not.
    expect(select(map, layer, "gated\nrecurent neural netwroks in particular")).toMatchObject({
      method: "mapped",
      text: "gated recurrent neural networks in particular",
    });
    // The end inside "netwroks", which the full text spells otherwise: found as a quote.
    expect(select(map, layer, "gated\nrecurent neural netwr")).toMatchObject({ method: "quote", text: "gated recurrent neural netw" });
  });
});
