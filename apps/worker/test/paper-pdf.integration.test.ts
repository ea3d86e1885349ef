import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import { makePdf, type PdfLine } from "../../../packages/formats/test/helpers/make-pdf.ts";
import { visiblePdf } from "../../../packages/api/src/papers/pdf-access.ts";
import { pipelineDeps } from "../src/context.ts";
import type { Env } from "../src/env.ts";
import { ingestPaths } from "../src/ingest-paths.ts";
import { sourcesForRun } from "../src/pipeline/fetch.ts";
import { runIngest } from "../src/pipeline/run.ts";
import { freshDatabase, silentLogger, sink, tempDir, testEnv, uniquePrefix, writeTemp } from "./helpers.ts";

// Uploaded PDFs keep their original bytes (PaperPdf) for the reader's PDF view, for exactly the paper
// whose text they gave, and only while that text stays the paper's text.

let env: Env;
let db: Db;
const logger = silentLogger();
const dir = tempDir();

function paperPdf(title: string, body: string): Uint8Array {
  const lines: PdfLine[] = [
    { text: title, size: 20, y: 700 },
    { text: "Grace Hopper, Alan Turing", size: 11, y: 670 },
    { text: "Abstract", size: 12, y: 620 },
    { text: body, size: 10, y: 600 },
  ];
  return makePdf({ pages: [lines] });
}

/** An upload run, as the web upload route records it, run through the real pipeline in-process. */
async function uploadRun(files: { fileName: string; bytes: Uint8Array }[]) {
  const run = await db.ingestRun.create({ data: { source: "upload", label: files.map((f) => f.fileName).join(", ") } });
  for (const f of files) await db.ingestUpload.create({ data: { runId: run.id, fileName: f.fileName, size: f.bytes.byteLength, bytes: Buffer.from(f.bytes) } });
  const deps = pipelineDeps(env, db, logger);
  await runIngest(deps, run.id, sourcesForRun(db, run.id, { kind: "uploads" }, env.INGEST_MAX_BYTES));
  return db.ingestItem.findMany({ where: { runId: run.id }, orderBy: { ref: "asc" } });
}

const kept = (paperId: string) => db.paperPdf.findFirst({ where: { paperId } });

beforeAll(async () => {
  const url = await freshDatabase("worker_paper_pdf_it");
  env = testEnv({ DATABASE_URL: url, MEILI_INDEX_PREFIX: uniquePrefix("pdf") });
  db = createDb(url);
});

afterAll(async () => {
  await db?.$disconnect();
});

describe("original PDFs of uploads", () => {
  const first = paperPdf("Marginal Notes on Sparse Attention", "We study how readers annotate sparse attention papers together.");
  const second = paperPdf("Collaborative Reading at Scale", "Teams that read together remember more of what they read.");
  let firstId: string;

  it("are kept byte for byte for the paper each PDF created; other uploads keep none", async () => {
    const bib = new TextEncoder().encode(`@article{x1, title={A BibTeX Paper Without Pages}, author={Lovelace, Ada}, year={2024}}\n`);
    const items = await uploadRun([
      { fileName: "first.pdf", bytes: first },
      { fileName: "second.pdf", bytes: second },
      { fileName: "refs.bib", bytes: bib },
    ]);
    expect(items.map((i) => [i.ref, i.outcome])).toEqual([
      ["first.pdf", "CREATED"],
      ["refs.bib: entry x1", "CREATED"],
      ["second.pdf", "CREATED"],
    ]);
    const [a, bibItem, b] = items.map((i) => i.paperId!);
    firstId = a!;
    const pdfA = await kept(a!);
    expect(pdfA).toMatchObject({ fileName: "first.pdf", size: first.byteLength });
    expect(Buffer.from(pdfA!.bytes).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from((await kept(b!))!.bytes).equals(Buffer.from(second))).toBe(true);
    expect(await kept(bibItem!)).toBeNull();
    // The PDF's text is the paper's text: that is what the reader maps the PDF's pages onto.
    expect((await db.paper.findUniqueOrThrow({ where: { id: a! } })).fullText).toContain("We study how readers annotate sparse attention papers together.");
    expect(await db.ingestUpload.count()).toBe(0);
  });

  it("uploading the same PDF again keeps the one copy", async () => {
    const before = await kept(firstId);
    const items = await uploadRun([{ fileName: "again.pdf", bytes: first }]);
    expect(items[0]).toMatchObject({ outcome: "DUPLICATE", paperId: firstId });
    expect(await db.paperPdf.count({ where: { paperId: firstId } })).toBe(1);
    expect((await kept(firstId))!.updatedAt).toEqual(before!.updatedAt);
  });

  it("two uploads with one name in one run are ambiguous: neither PDF is kept", async () => {
    const items = await uploadRun([
      { fileName: "paper.pdf", bytes: paperPdf("Ambiguity in Upload Names", "First of two files that share a name.") },
      { fileName: "paper.pdf", bytes: paperPdf("Another Paper Entirely Here", "Second of two files that share a name.") },
    ]);
    expect(items.filter((i) => i.outcome === "CREATED")).toHaveLength(2);
    for (const i of items) expect(await kept(i.paperId!)).toBeNull();
  });

  it("is no longer served once the paper's text changes to a PDF that was not uploaded (read from a path)", async () => {
    expect(await visiblePdf(db, firstId, null)).toMatchObject({ canonical: true, public: true });
    const revised = paperPdf("Marginal Notes on Sparse Attention", "A revised abstract: readers annotate sparse attention papers in teams.");
    const r = await ingestPaths(env, logger, [writeTemp(dir, "revised.pdf", revised)], { report: sink(), index: false });
    expect(r.summary, JSON.stringify(r.summary)).toMatchObject({ updated: 1 });
    expect((await db.paper.findUniqueOrThrow({ where: { id: firstId } })).fullText).toContain("A revised abstract");
    // Kept as the operator's upload, but its text is no longer the paper's: nobody is served it.
    expect(await visiblePdf(db, firstId, null)).toBeNull();
  });
});
