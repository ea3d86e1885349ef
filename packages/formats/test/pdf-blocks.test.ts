import { describe, expect, it } from "vitest";
import { parsePdf } from "../src/index.ts";
import { makePdf } from "./helpers/make-pdf.ts";

// Issue 14.4: the text of an imported PDF keeps its structure — headings, paragraphs, list items and
// references are separate blocks (separated by blank lines), not one paragraph per page.

function structuredPdf(): Uint8Array {
  const body = (text: string, y: number, x = 72) => ({ text, size: 10, y, x });
  return makePdf({
    pages: [
      [
        { text: "Reading Together in the Margins", size: 20, y: 720 },
        { text: "Hypatia Reader, Ibn Margin", size: 11, y: 690 },
        { text: "Abstract", size: 12, y: 650 },
        body("We study how small teams read papers together.", 630),
        body("Margins remember what readers argued about.", 618),
        { text: "1 Introduction", size: 12, y: 580 },
        body("Readers have always written in margins, and they", 560),
        body("still do so today.", 548),
        body("A second paragraph starts after a gap in the text.", 520, 84),
        body("It continues on this line.", 508),
        body("- first, a list item about notes", 490),
        body("- second, another list item", 478),
        { text: "2.1 Method and Data", size: 12, y: 450 },
        body("We asked twelve reading groups to annotate together.", 430),
      ],
      [
        { text: "References", size: 12, y: 720 },
        body("[1] A. Lovelace. Notes on the engine. 1843.", 700),
        body("[2] C. Babbage. Passages from the life of a", 688),
        body("philosopher. 1864.", 676),
      ],
    ],
  });
}

describe("PDF text structure", () => {
  it("separates headings, paragraphs, list items and references into blocks", async () => {
    const [out] = await parsePdf(structuredPdf(), "margins.pdf");
    expect(out?.ok).toBe(true);
    if (!out?.ok) return;
    const blocks = out.paper.fullText!.split(/\n\s*\n/).map((b) => b.replace(/\n/g, " "));
    expect(blocks).toEqual([
      "Reading Together in the Margins",
      "Hypatia Reader, Ibn Margin",
      "Abstract",
      "We study how small teams read papers together. Margins remember what readers argued about.",
      "1 Introduction",
      "Readers have always written in margins, and they still do so today.",
      "A second paragraph starts after a gap in the text. It continues on this line.",
      "- first, a list item about notes",
      "- second, another list item",
      "2.1 Method and Data",
      "We asked twelve reading groups to annotate together.",
      "References",
      "[1] A. Lovelace. Notes on the engine. 1843.",
      "[2] C. Babbage. Passages from the life of a philosopher. 1864.",
    ]);
    expect(out.paper.fullText).toBe(out.paper.pages!.join("\n\n"));
    expect(out.paper.abstract).toBe("We study how small teams read papers together. Margins remember what readers argued about.");
  });
});
