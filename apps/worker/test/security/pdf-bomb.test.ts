import { describe, expect, it } from "vitest";
import { parsePdf } from "@commonplace/formats";
import { parsePdfIsolated } from "../../src/pdf/sandbox.ts";
import { makePdf } from "../../../../packages/formats/test/helpers/make-pdf.ts";
import { pdfBomb } from "./pdf-bomb.ts";

// Issue 13: "a 26 KB PDF costs 16 s of worker time and 115 MB". PDFs are now read in a worker thread
// with a heap cap and a deadline; the bomb fails its own item and this process carries on.

describe("hostile PDFs", () => {
  it("stops a PDF bomb at the deadline or the heap cap, and the process carries on", async () => {
    const bomb = pdfBomb(40);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const [outcome] = await parsePdfIsolated(bomb, "bomb.pdf", { heapMb: 64, youngMb: 8, timeoutMs: 3_000 });
    expect(outcome).toMatchObject({ ok: false, ref: "bomb.pdf" });
    expect(outcome!.ok ? "" : outcome!.error).toMatch(/stopped/);
    // The same process still parses an ordinary PDF, in a thread and directly.
    const paper = makePdf({
      pages: [
        [
          { text: "A Perfectly Ordinary Paper Title", size: 18, y: 700 },
          { text: "Body text of the paper.", size: 10, y: 600 },
        ],
      ],
    });
    const [isolated] = await parsePdfIsolated(paper, "ok.pdf");
    expect(isolated).toMatchObject({ ok: true });
    const [direct] = await parsePdf(paper, "ok.pdf");
    expect(isolated).toEqual(direct);
  }, 30_000);

  it("reports a PDF that needs more memory than the cap as such", async () => {
    const [outcome] = await parsePdfIsolated(pdfBomb(120), "big.pdf", { heapMb: 24, youngMb: 4, timeoutMs: 25_000 });
    expect(outcome!.ok).toBe(false);
    expect(outcome!.ok ? "" : outcome!.error).toMatch(/stopped/);
  }, 30_000);
});
