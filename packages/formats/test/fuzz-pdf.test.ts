import fc from "fast-check";
import { describe, it } from "vitest";
import { parseFile, parsePdf } from "../src/index.ts";
import { expectWellFormed } from "./helpers/fixtures.ts";
import { samplePaperPdf } from "./helpers/make-pdf.ts";

// pdf.js is the riskiest dependency on hostile bytes: every run must resolve to outcomes.
const valid = samplePaperPdf();
const pdfHeader = new TextEncoder().encode("%PDF-1.7\n");
const eof = new TextEncoder().encode("\n%%EOF\n");
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe("parsePdf fuzz", () => {
  it("survives random bytes, with and without a PDF header", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (bytes, framed) => {
        expectWellFormed(await parsePdf(framed ? concat(pdfHeader, bytes, eof) : bytes, "fuzz.pdf"));
      }),
      { numRuns: 40 },
    );
  });

  it("survives truncation and byte flips of a valid PDF", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: valid.length }),
        fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        async (cut, flips) => {
          const bytes = valid.slice(0, Math.max(cut, valid.length - 40));
          for (const [at, b] of flips) if (at < bytes.length) bytes[at] = b;
          expectWellFormed(await parsePdf(cut % 2 ? bytes : valid.slice(0, cut), "fuzz.pdf"));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("parseFile survives arbitrary uploads", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("a.pdf", "a.bib", "a.ris", "a.json", "a.jsonl", "a.xml", "a.txt", "a"),
        fc.uint8Array({ maxLength: 500 }),
        async (name, bytes) => {
          expectWellFormed(await parseFile(name, bytes));
        },
      ),
      { numRuns: 60 },
    );
  });
});
