import { extractTextItems, getDocumentProxy, getMeta } from "unpdf";
import { fail, finishPaper } from "./paper.ts";
import { bodySize, pageText, positionedLines } from "./pdf-blocks.ts";
import { guessFrontMatter, itemsToLines, splitNames } from "./pdf-layout.ts";
import { collapseWhitespace, errorMessage } from "./text.ts";
import { findArxivIdInText, normalizeDoi } from "./identifiers.ts";
import type { ParseOutcome } from "./types.ts";

// PDF text through unpdf (a serverless pdf.js build; works on Node 20 despite its engines field).
// Metadata Title/Author win when plausible (many PDFs carry "Microsoft Word - draft3.docx");
// otherwise the first page's layout is used.

export interface ParsePdfOptions {
  /** Refuse documents with more pages than this (default 2000). */
  maxPages?: number;
}

export async function parsePdf(bytes: Uint8Array, fileName?: string, opts: ParsePdfOptions = {}): Promise<ParseOutcome[]> {
  const ref = fileName ?? "PDF";
  const bad = precheck(bytes);
  if (bad) return [fail(bad, ref)];
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // A copy: pdf.js may detach the buffer it is given, and the caller still owns these bytes. A plain
    // Uint8Array, not bytes.slice(): a Node Buffer (a file read by the CLI) slices to a Buffer, which pdf.js refuses.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: false });
    if (pdf.numPages > (opts.maxPages ?? 2000)) return [fail(`PDF has ${pdf.numPages} pages; the limit is ${opts.maxPages ?? 2000}`, ref)];
    // Each page's text keeps its structure (headings, paragraphs, list items, references as blocks
    // separated by blank lines; pdf-blocks.ts), judged against the document's body font size.
    const { items } = await extractTextItems(pdf);
    const body = bodySize(items.flatMap((page) => positionedLines(page)));
    const pages = items.map((page) => pageText(page, body));
    const fullText = pages.join("\n\n");
    if (collapseWhitespace(fullText) === "") return [fail("PDF has no extractable text (scanned images?); run OCR on it first", ref)];
    const front = guessFrontMatter(itemsToLines(items[0] ?? []));
    const info = (await getMeta(pdf)).info as Record<string, unknown>;
    const metaTitle = typeof info["Title"] === "string" ? collapseWhitespace(info["Title"]) : "";
    const metaAuthors = typeof info["Author"] === "string" ? metadataAuthors(info["Author"]) : [];
    const firstPage = pages[0] ?? "";
    const arxiv = findArxivIdInText(firstPage.slice(0, 2000));
    const doi = /\b(10\.\d{4,9}\/[^\s"<>]+)/.exec(firstPage.slice(0, 3000))?.[1];
    const fallbackTitle =
      firstPage
        .split("\n")
        .map(collapseWhitespace)
        .find((l) => /\p{L}{3}/u.test(l)) ?? fileName;
    return [
      finishPaper(
        {
          source: "pdf",
          title: plausibleTitle(metaTitle) ? metaTitle : (front.title ?? fallbackTitle),
          authors: metaAuthors.length ? metaAuthors : front.authors,
          abstract: front.abstract,
          arxivId: arxiv?.id,
          arxivVersion: arxiv?.version,
          doi: doi ? (normalizeDoi(doi) ?? undefined) : undefined,
          pages,
          fullText,
        },
        ref,
      ),
    ];
  } catch (e) {
    return [fail(describePdfError(e), ref)];
  } finally {
    // Frees pdf.js's document state; the proxy's own destroy() lives on its loading task.
    await pdf?.loadingTask.destroy().catch(() => undefined);
  }
}

function precheck(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "Empty file";
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (!head.includes("%PDF-")) return "Not a PDF file (no %PDF- header)";
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString("latin1");
  if (!tail.includes("%%EOF")) return "PDF is truncated (no %%EOF end marker); download it again";
  return null;
}

function describePdfError(e: unknown): string {
  const name = e instanceof Error ? e.name : "";
  if (name === "PasswordException") return "PDF is encrypted (password-protected); remove the password and upload it again";
  if (name === "InvalidPDFException") return `Not a readable PDF: ${errorMessage(e)}`;
  return `Could not read PDF: ${errorMessage(e)}`;
}

const JUNK_TITLE = /^(untitled|title|document\d*|microsoft word\b|paper\d*|main|manuscript|slides?|arxiv)\b|\.(docx?|tex|dvi|pdf|ps|rtf|indd)$/i;

export function plausibleTitle(t: string): boolean {
  return t.length >= 6 && t.length <= 300 && t.split(" ").length >= 2 && /\p{L}{2}/u.test(t) && !JUNK_TITLE.test(t);
}

/** "A. Vaswani; N. Shazeer", "Ashish Vaswani and Noam Shazeer" → names; [] when implausible. */
export function metadataAuthors(raw: string): string[] {
  const s = collapseWhitespace(raw);
  if (!s || /^(author|administrator|user|owner|unknown)$/i.test(s)) return [];
  const names = /;/.test(s) ? s.split(";").map(collapseWhitespace).filter(Boolean) : splitNames(s);
  return names.length && names.every((n) => n.length >= 3 && /\p{L}/u.test(n)) ? names : [];
}
