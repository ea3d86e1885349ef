import { describe, expect, it } from "vitest";
import { readingLayout, toTextBlocks } from "./text-blocks";

// Issue 14.4: the reading view shows a PDF's structure (headings with levels, list items, references),
// leaves out the paper's own title/authors, and shows its abstract once.

const TEXT = [
  "Reading Together in the Margins",
  "Hypatia Reader, Ibn Margin",
  "Abstract",
  "We study how small teams read papers together.\nMargins remember what readers argued about.",
  "1 Introduction",
  "Readers have always written in margins, and they\nstill do so today.",
  "- first, a list item about notes",
  "2.1 Method and Data",
  "We asked twelve reading groups to annotate together.",
  "References",
  "[1] A. Lovelace. Notes on the engine. 1843.",
].join("\n\n");

describe("reading text blocks", () => {
  it("classifies headings (with levels), paragraphs, list items and references, keeping exact offsets", () => {
    const blocks = toTextBlocks(TEXT);
    const shown = blocks.map((b) => [b.kind, b.level ?? null, TEXT.slice(b.start, b.end).split("\n")[0]]);
    expect(shown.slice(4)).toEqual([
      ["heading", 1, "1 Introduction"],
      ["paragraph", null, "Readers have always written in margins, and they"],
      ["list-item", null, "- first, a list item about notes"],
      ["heading", 2, "2.1 Method and Data"],
      ["paragraph", null, "We asked twelve reading groups to annotate together."],
      ["heading", 1, "References"],
      ["reference", null, "[1] A. Lovelace. Notes on the engine. 1843."],
    ]);
  });

  it("skips the title and authors, shows the text's own abstract once, and lists the body's headings", () => {
    const blocks = toTextBlocks(TEXT);
    const layout = readingLayout(TEXT, blocks, "Reading Together in the Margins");
    const words = (bs: { start: number; end: number }[]) => bs.map((b) => TEXT.slice(b.start, b.end).replace(/\n/g, " "));
    expect(words(layout.abstract!)).toEqual(["We study how small teams read papers together. Margins remember what readers argued about."]);
    expect(words(layout.body)[0]).toBe("1 Introduction");
    expect(words(layout.body).join(" ")).not.toContain("Hypatia Reader");
    expect(words(layout.toc)).toEqual(["1 Introduction", "2.1 Method and Data", "References"]);
  });

  it("keeps every block of a text without front matter (an abstract-only paper)", () => {
    const text = "Plain abstract text that is long enough.\n\nA second paragraph.";
    const layout = readingLayout(text, toTextBlocks(text), "Some Title");
    expect(layout.abstract).toBeNull();
    expect(layout.body).toHaveLength(2);
  });
});
