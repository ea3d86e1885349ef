import { describe, expect, it } from "vitest";
import { guessFrontMatter, itemsToLines, parsePdf } from "../src/index.ts";
import { metadataAuthors, plausibleTitle } from "../src/pdf.ts";
import { makePdf, samplePaperPdf } from "./helpers/make-pdf.ts";

describe("parsePdf", () => {
  it("extracts pages and guesses title, authors and abstract from the first page", async () => {
    const [out] = await parsePdf(samplePaperPdf(), "vaswani.pdf");
    expect(out?.ok).toBe(true);
    if (!out?.ok) return;
    const p = out.paper;
    expect(out.ref).toBe("vaswani.pdf");
    expect(p.source).toBe("pdf");
    expect(p.title).toBe("Attention Is All You Need");
    expect(p.authors).toEqual(["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"]);
    expect(p.abstract).toBe(
      "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks that include an encoder and a decoder.",
    );
    expect(p.arxivId).toBe("1706.03762");
    expect(p.arxivVersion).toBe(7);
    expect(p.pages).toHaveLength(2);
    expect(p.pages?.[1]).toContain("2 Background");
    expect(p.fullText).toBe(p.pages?.join("\n\n"));
    expect(p.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads a Node Buffer (a file read from disk) as well as a Uint8Array, leaving the caller's bytes intact", async () => {
    const bytes = Buffer.from(samplePaperPdf());
    const [out] = await parsePdf(bytes, "from-disk.pdf");
    expect(out?.ok && out.paper.title).toBe("Attention Is All You Need");
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("prefers plausible Info metadata and ignores junk metadata", async () => {
    const [withInfo] = await parsePdf(
      makePdf({
        info: { Title: "Deep Residual Learning for Image Recognition", Author: "Kaiming He; Xiangyu Zhang" },
        pages: [
          [
            { text: "Some Other Big Line", size: 24, y: 700 },
            { text: "Body text of the paper goes here.", size: 10, y: 600 },
          ],
        ],
      }),
    );
    expect(withInfo?.ok && [withInfo.paper.title, withInfo.paper.authors]).toEqual([
      "Deep Residual Learning for Image Recognition",
      ["Kaiming He", "Xiangyu Zhang"],
    ]);
    const [junk] = await parsePdf(
      makePdf({
        info: { Title: "Microsoft Word - draft3.docx", Author: "Administrator" },
        pages: [
          [
            { text: "Learning Transferable Visual Models", size: 18, y: 700 },
            { text: "Alec Radford and Jong Wook Kim", size: 11, y: 670 },
          ],
        ],
      }),
    );
    expect(junk?.ok && [junk.paper.title, junk.paper.authors]).toEqual(["Learning Transferable Visual Models", ["Alec Radford", "Jong Wook Kim"]]);
  });

  it("joins a title set over two lines", async () => {
    const [out] = await parsePdf(
      makePdf({
        pages: [
          [
            { text: "Language Models are", size: 17, y: 700 },
            { text: "Few-Shot Learners", size: 17, y: 680 },
            { text: "Tom B. Brown, Benjamin Mann", size: 11, y: 650 },
            { text: "OpenAI", size: 10, y: 636 },
            { text: "Body.", size: 10, y: 600 },
          ],
        ],
      }),
    );
    expect(out?.ok && out.paper.title).toBe("Language Models are Few-Shot Learners");
    expect(out?.ok && out.paper.authors).toEqual(["Tom B. Brown", "Benjamin Mann"]);
    expect(out?.ok && out.paper.abstract).toBeUndefined();
  });

  it("rejects non-PDF, truncated, encrypted and textless files with clear messages", async () => {
    const err = async (bytes: Uint8Array) => {
      const [o] = await parsePdf(bytes, "x.pdf");
      return o?.ok === false ? o.error : "parsed";
    };
    expect(await err(new Uint8Array())).toBe("Empty file");
    expect(await err(new TextEncoder().encode("<html>not a pdf</html>"))).toBe("Not a PDF file (no %PDF- header)");
    const full = samplePaperPdf();
    expect(await err(full.slice(0, Math.floor(full.length / 2)))).toBe("PDF is truncated (no %%EOF end marker); download it again");
    const encrypted = makePdf({ encrypted: true, pages: [[{ text: "Secret", size: 12, y: 700 }]] });
    expect(await err(encrypted)).toBe("PDF is encrypted (password-protected); remove the password and upload it again");
    expect(await err(makePdf({ pages: [[]] }))).toBe("PDF has no extractable text (scanned images?); run OCR on it first");
    expect(await err(new TextEncoder().encode("%PDF-1.4\ngarbage garbage\n%%EOF\n"))).toMatch(
      /^(Not a readable PDF|Could not read PDF|PDF has no extractable text)/,
    );
  });

  it("does not detach the caller's buffer", async () => {
    const bytes = samplePaperPdf();
    await parsePdf(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(bytes[0]).toBe(0x25); // "%"
  });
});

describe("first-page heuristics", () => {
  it("handles IEEE-style 'Abstract—' inline headings and stops at the first section", () => {
    const lines = itemsToLines([
      { str: "A Study of Things", x: 72, y: 700, width: 200, fontSize: 22 },
      { str: "Ada Lovelace", x: 72, y: 670, width: 80, fontSize: 11 },
      { str: "Charles Babbage", x: 300, y: 670, width: 90, fontSize: 11 },
      { str: "Abstract—We study things in depth.", x: 72, y: 600, width: 300, fontSize: 9 },
      { str: "Things matter.", x: 72, y: 588, width: 300, fontSize: 9 },
      { str: "I. INTRODUCTION", x: 72, y: 560, width: 100, fontSize: 10 },
    ]);
    expect(lines[1]?.text).toBe("Ada Lovelace   Charles Babbage");
    expect(guessFrontMatter(lines)).toEqual({
      title: "A Study of Things",
      authors: ["Ada Lovelace", "Charles Babbage"],
      abstract: "We study things in depth. Things matter.",
    });
  });

  it("judges metadata plausibility", () => {
    expect(plausibleTitle("Attention Is All You Need")).toBe(true);
    expect(plausibleTitle("untitled")).toBe(false);
    expect(plausibleTitle("paper_final_v2.tex")).toBe(false);
    expect(metadataAuthors("Ashish Vaswani and Noam Shazeer")).toEqual(["Ashish Vaswani", "Noam Shazeer"]);
    expect(metadataAuthors("Owner")).toEqual([]);
  });
});
