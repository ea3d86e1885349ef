import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import { searchPapers, type SearchClient } from "@commonplace/search";
import { makePdf } from "../../../../packages/formats/test/helpers/make-pdf.ts";
import { visiblePdf } from "../../../../packages/api/src/papers/pdf-access.ts";
import { createSearch, drainDeps, pipelineDeps } from "../../src/context.ts";
import type { Env } from "../../src/env.ts";
import { sourcesForRun } from "../../src/pipeline/fetch.ts";
import { drainPipelined } from "../../src/pipeline/index.ts";
import { runIngest } from "../../src/pipeline/run.ts";
import { dropIndexes, freshDatabase, silentLogger, testEnv, uniquePrefix } from "../helpers.ts";

// Issue 13: nobody but a trusted source rewrites the shared catalogue, and an uploaded PDF is its uploader's.
// Each case failed before: a BibTeX entry carrying another paper's DOI, an arXiv Atom file claiming a higher
// version, or a PDF mentioning `arXiv:<id>vN` rewrote that paper for everyone (and re-anchored everyone's
// annotations); every uploaded PDF and its text were public (served and searchable by anyone).

let env: Env;
let db: Db;
let search: SearchClient;
const logger = silentLogger();
let mallory: string;
let admin: string;
let reader: string;

const ATOM = readFileSync(new URL("../../../../packages/formats/test/fixtures/arxiv-query.atom.xml", import.meta.url), "utf8");
const LIBRARY = `@article{orig, title={Sparse Reading Groups in Practice}, author={Lovelace, Ada and Hopper, Grace}, abstract={How small groups read papers together, and what they remember.}, doi={10.5555/cp.2024.17}, year={2024}}\n`;
const utf8 = (s: string) => new TextEncoder().encode(s);

/** An upload run as the web upload route records it (uploader, PDF visibility), run through the real pipeline. */
async function upload(userId: string, files: { fileName: string; bytes: Uint8Array }[], pdfVisibility?: "PRIVATE" | "PUBLIC") {
  const run = await db.ingestRun.create({ data: { source: "upload", label: "upload", createdById: userId, ...(pdfVisibility ? { pdfVisibility } : {}) } });
  for (const f of files) await db.ingestUpload.create({ data: { runId: run.id, fileName: f.fileName, size: f.bytes.byteLength, bytes: Buffer.from(f.bytes) } });
  await runIngest(pipelineDeps(env, db, logger), run.id, sourcesForRun(db, run.id, { kind: "uploads" }, env.INGEST_MAX_BYTES));
  return db.ingestItem.findMany({ where: { runId: run.id } });
}

const paperRow = (where: { doi?: string; arxivId?: string; id?: string }) =>
  db.paper.findFirstOrThrow({ where, include: { authors: { orderBy: { position: "asc" }, include: { author: true } } } });

async function annotate(paperId: string, text: string, quote: string) {
  const start = text.indexOf(quote);
  return db.annotation.create({
    data: {
      paperId,
      authorId: reader,
      visibility: "PUBLIC",
      body: "note",
      quote,
      start,
      end: start + quote.length,
      selectors: [
        { type: "TextQuoteSelector", exact: quote },
        { type: "TextPositionSelector", start, end: start + quote.length },
      ],
    },
  });
}

beforeAll(async () => {
  const url = await freshDatabase("worker_security_catalogue_it");
  env = testEnv({ DATABASE_URL: url, MEILI_INDEX_PREFIX: uniquePrefix("sec") });
  db = createDb(url);
  search = createSearch(env);
  const user = (handle: string, isAdmin = false) =>
    db.user.create({ data: { email: `${handle}@example.org`, handle, name: handle, isAdmin } }).then((u) => u.id);
  [mallory, admin, reader] = await Promise.all([user("mallory"), user("root", true), user("reader")]);
  // The canonical records, from trusted sources: an operator's import (no person) of arXiv data and of BibTeX.
  const seed = await db.ingestRun.create({ data: { source: "cli", label: "seed" } });
  await db.ingestUpload.create({ data: { runId: seed.id, fileName: "arxiv.atom", size: ATOM.length, bytes: Buffer.from(ATOM) } });
  await db.ingestUpload.create({ data: { runId: seed.id, fileName: "library.bib", size: LIBRARY.length, bytes: Buffer.from(LIBRARY) } });
  await runIngest(pipelineDeps(env, db, logger), seed.id, sourcesForRun(db, seed.id, { kind: "uploads" }, env.INGEST_MAX_BYTES));
});

afterAll(async () => {
  await dropIndexes(search).catch(() => {});
  await db?.$disconnect();
});

describe("the shared catalogue against untrusted imports", () => {
  it("BibTeX carrying another paper's DOI links to it and proposes its values; it overwrites nothing", async () => {
    const before = await paperRow({ doi: "10.5555/cp.2024.17" });
    const note = await annotate(before.id, before.abstract!, "small groups read papers");
    const bib = `@article{evil, title={Totally Different Title}, author={Mallory, Eve}, abstract={Vandalised abstract.}, doi={10.5555/CP.2024.17}, year={2024}}\n`;
    const [item] = await upload(mallory, [{ fileName: "evil.bib", bytes: utf8(bib) }]);
    expect(item).toMatchObject({ paperId: before.id, outcome: "DUPLICATE" });
    expect(item!.reason).toMatch(/proposed/);

    const after = await paperRow({ id: before.id });
    expect(after.title).toBe(before.title);
    expect(after.abstract).toBe(before.abstract);
    expect(after.authors.map((a) => a.author.name)).toEqual(["Ada Lovelace", "Grace Hopper"]);
    expect(await db.annotation.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({ anchorStatus: "ANCHORED", start: note.start });

    const proposal = await db.paperProposal.findFirstOrThrow({ where: { paperId: before.id } });
    expect(proposal).toMatchObject({ status: "OPEN", proposerId: mallory, format: "bibtex", ref: "evil.bib: entry evil" });
    expect(proposal.fields).toMatchObject({ title: "Totally Different Title", abstract: "Vandalised abstract.", authors: ["Eve Mallory"] });
    expect(proposal.current).toMatchObject({ title: before.title });

    // The same file again proposes nothing new.
    await upload(mallory, [{ fileName: "evil.bib", bytes: utf8(bib) }]);
    expect(await db.paperProposal.count({ where: { paperId: before.id } })).toBe(1);
  });

  it("an arXiv Atom file claiming a higher version changes nothing but records a proposal", async () => {
    const before = await paperRow({ arxivId: "1706.03762" });
    const forged = ATOM.replaceAll("1706.03762v7", "1706.03762v9").replace("Attention Is All You Need", "Attention Is Not What You Need");
    const [item] = await upload(mallory, [{ fileName: "forged.atom", bytes: utf8(forged) }]);
    expect(item).toMatchObject({ paperId: before.id });

    const after = await paperRow({ id: before.id });
    expect({ title: after.title, latestVersion: after.latestVersion, abstract: after.abstract }).toEqual({
      title: "Attention Is All You Need",
      latestVersion: 7,
      abstract: before.abstract,
    });
    expect(await db.paperVersion.count({ where: { paperId: before.id, version: 9 } })).toBe(0);
    const proposal = await db.paperProposal.findFirstOrThrow({ where: { paperId: before.id } });
    expect(proposal.fields).toMatchObject({ title: "Attention Is Not What You Need", latestVersion: 9 });
  });

  it("a PDF that mentions arXiv:<id>vN is its uploader's alone: not the paper's text, not served to others", async () => {
    const target = await paperRow({ arxivId: "1706.03762" });
    const pdf = makePdf({
      pages: [
        [
          { text: "Attention Is All You Need", size: 20, y: 700 },
          { text: "arXiv:1706.03762v8 [cs.CL]", size: 9, y: 680 },
          { text: "Abstract", size: 12, y: 620 },
          { text: "Mallory's forged copy with a hidden payload zyxwvutsq.", size: 10, y: 600 },
        ],
      ],
    });
    const [item] = await upload(mallory, [{ fileName: "forged.pdf", bytes: pdf }]);
    expect(item!.paperId).toBe(target.id);
    const after = await paperRow({ id: target.id });
    expect(after.fullText).toBeNull();
    expect(after.latestVersion).toBe(7);
    expect(await visiblePdf(db, target.id, null)).toBeNull();
    expect(await visiblePdf(db, target.id, reader)).toBeNull();
    expect(await visiblePdf(db, target.id, mallory)).toMatchObject({ mine: true, fileName: "forged.pdf" });
  });

  it("a site administrator's import is trusted: it updates the record and its history can be read", async () => {
    const before = await paperRow({ doi: "10.5555/cp.2024.17" });
    const bib = `@article{fix, title={Sparse Reading Groups in Practice}, author={Lovelace, Ada and Hopper, Grace}, journal={Journal of Reading}, doi={10.5555/cp.2024.17}, year={2024}}\n`;
    const [item] = await upload(admin, [{ fileName: "fix.bib", bytes: utf8(bib) }]);
    expect(item).toMatchObject({ paperId: before.id, outcome: "UPDATED" });
    const change = await db.paperChange.findFirstOrThrow({ where: { paperId: before.id, kind: "import" } });
    expect(change).toMatchObject({ actorId: admin, trusted: true, format: "bibtex", ref: "fix.bib: entry fix" });
    expect(await db.paperChange.count({ where: { paperId: before.id, kind: "created" } })).toBe(1);
  });
});

describe("uploaded PDFs belong to their uploader", () => {
  const secret = makePdf({
    pages: [
      [
        { text: "Confidential Draft on Quokka Migration", size: 20, y: 700 },
        { text: "Pat Private", size: 11, y: 670 },
        { text: "Abstract", size: 12, y: 620 },
        { text: "Unpublished findings about quokkas crossing the qwertyplateau.", size: 10, y: 600 },
      ],
    ],
  });

  it("are private by default: the text stays out of the paper, the search index and everyone else's reach", async () => {
    const [item] = await upload(mallory, [{ fileName: "draft.pdf", bytes: secret }]);
    expect(item!.outcome).toBe("CREATED");
    const paper = await paperRow({ id: item!.paperId! });
    expect(paper.fullText).toBeNull();
    expect(paper.abstract).toBeNull();
    const kept = await db.paperPdf.findFirstOrThrow({ where: { paperId: paper.id } });
    expect(kept).toMatchObject({ uploaderId: mallory, visibility: "PRIVATE" });
    expect(kept.fullText).toContain("qwertyplateau");

    expect(await visiblePdf(db, paper.id, null)).toBeNull();
    expect(await visiblePdf(db, paper.id, reader)).toBeNull();
    expect(await visiblePdf(db, paper.id, mallory)).toMatchObject({ mine: true });

    await drainPipelined(drainDeps(env, db, search, logger), { ignoreBackoff: true });
    expect((await searchPapers(search, { q: "qwertyplateau" })).hits).toHaveLength(0);
    expect((await searchPapers(search, { q: "Quokka Migration" })).hits.map((h) => h.id)).toContain(paper.id);
  });

  it("are public only when the uploader says so", async () => {
    const open = makePdf({
      pages: [
        [
          { text: "Open Notes on Wombat Burrows", size: 20, y: 700 },
          { text: "Pat Public", size: 11, y: 670 },
          { text: "Abstract", size: 12, y: 620 },
          { text: "Burrows of wombats are cubic and xylophonic.", size: 10, y: 600 },
        ],
      ],
    });
    const [item] = await upload(mallory, [{ fileName: "open.pdf", bytes: open }], "PUBLIC");
    const paper = await paperRow({ id: item!.paperId! });
    expect(paper.fullText).toContain("xylophonic");
    expect(await visiblePdf(db, paper.id, null)).toMatchObject({ public: true, canonical: true });
  });
});
