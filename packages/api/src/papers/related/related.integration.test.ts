import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSearchClient, ensureIndex, toPaperDocument, upsertDocuments } from "@commonplace/search";
import { db, search } from "../../lib/services.ts";
import { as, paper, person, unique } from "../../../test/fixtures.ts";
import { freshAddress, rest } from "../../../test/security/http.ts";
import { RELATED_TTL_MS } from "./cache.ts";

// Issue 16.6 against real PostgreSQL and Meilisearch: a paper's related papers come from its title and abstract
// through the long-query search path, never include the paper or its other versions, never let a private PDF's
// text in, are recomputed when the paper's text changes, and a Meilisearch outage is a clear 503 (or the cached
// list, marked stale), never a 500. The index is shared by every integration file: each run invents its words.

const word = () => `q${unique()}`;
// Two vocabularies of invented words: papers about "A" and papers about "B".
const A = Array.from({ length: 8 }, word);
const B = Array.from({ length: 8 }, word);
const text = (words: string[], from: number, n = 5) => Array.from({ length: n }, (_, i) => words[(from + i) % words.length]).join(" ");

/** A paper row, indexed as the worker indexes it: the canonical record (Paper.fullText), never an uploaded PDF's text. */
async function indexed(title: string, abstract: string, extra: Parameters<typeof paper>[1] & { canonicalKey?: string; normTitle?: string } = {}) {
  const { canonicalKey, normTitle, ...rest } = extra;
  const row = await paper(title, rest);
  const updated = await db().paper.update({
    where: { id: row.id },
    data: { abstract, ...(canonicalKey ? { canonicalKey } : {}), ...(normTitle ? { normTitle } : {}) },
  });
  await index(updated.id);
  return updated;
}

async function index(id: string) {
  const p = await db().paper.findUniqueOrThrow({ where: { id }, include: { authors: { include: { author: true }, orderBy: { position: "asc" } } } });
  const doc = { ...p, authors: p.authors.map((a) => a.author.name), upvotes: p.upvoteCount };
  await upsertDocuments(search(), [toPaperDocument(doc)]);
}

const related = (paperId: string, viewer: Awaited<ReturnType<typeof person>> | null = null) => as(viewer).papers.related({ paperId, limit: 12 });
const ids = async (paperId: string, viewer: Awaited<ReturnType<typeof person>> | null = null) => (await related(paperId, viewer)).papers.map((p) => p.id);

let subject: Awaited<ReturnType<typeof indexed>>;
let near: Awaited<ReturnType<typeof indexed>>[];
let aboutB: Awaited<ReturnType<typeof indexed>>[];
let sameTitle: Awaited<ReturnType<typeof indexed>>;
let collidingKey: Awaited<ReturnType<typeof indexed>>;
let merged: Awaited<ReturnType<typeof indexed>>;
let privateUpload: Awaited<ReturnType<typeof indexed>>;
let uploader: Awaited<ReturnType<typeof person>>;

beforeAll(async () => {
  await ensureIndex(search());
  // Filler, so that no invented word is in half the index (the long path ignores such near-universal terms).
  const filler = Array.from({ length: 40 }, () => ({ id: `filler-${unique()}`, title: `Filler ${word()}`, abstract: `Unrelated ${word()} ${word()}.` }));
  await upsertDocuments(
    search(),
    filler.map((f, i) => toPaperDocument({ ...f, authors: [`Filler ${i}`], categories: [], source: "test", upvotes: 0 })),
  );
  subject = await indexed(`Subject ${text(A, 0, 4)}`, `We study ${text(A, 0, 8)} and ${text(A, 2, 6)}.`, { arxivId: `2601.${unique()}` });
  near = [];
  for (let i = 0; i < 3; i++) near.push(await indexed(`Near ${i} ${text(A, i, 3)}`, `On ${text(A, i + 1, 6)}.`));
  aboutB = [];
  for (let i = 0; i < 2; i++) aboutB.push(await indexed(`Other ${i} ${text(B, i, 3)}`, `On ${text(B, i + 2, 6)}.`));
  // Other versions of the subject: the same title under another key, a colliding canonical key (`<key>#<id>`).
  sameTitle = await indexed(subject.title, `Journal version: ${text(A, 0, 8)}.`, { normTitle: subject.normTitle });
  collidingKey = await indexed(`Preprint ${text(A, 1, 4)}`, `Draft: ${text(A, 1, 8)}.`, { canonicalKey: `${subject.canonicalKey}#${unique()}` });
  // A duplicate merged into the subject: its row is gone and it redirects, but the index may still hold it.
  merged = await indexed(`Merged ${text(A, 3, 4)}`, `Copy: ${text(A, 0, 8)}.`);
  await db().paperRedirect.create({ data: { fromId: merged.id, toId: subject.id, fromTitle: merged.title, fromKey: merged.canonicalKey } });
  await db().paper.delete({ where: { id: merged.id } });
  // A private upload: its catalogue record says nothing about A; its PDF's text (the uploader's alone) is all A.
  uploader = await person("uploader");
  privateUpload = await indexed(`Upload ${text(B, 4, 3)}`, `Scanned ${text(B, 5, 4)}.`);
  await db().paperPdf.create({
    data: {
      paperId: privateUpload.id,
      uploaderId: uploader.id,
      visibility: "PRIVATE",
      fileName: "mine.pdf",
      size: 3,
      sha256: unique(),
      bytes: Buffer.from("pdf"),
      fullText: `${text(A, 0, 8)} ${text(A, 0, 8)} ${text(A, 2, 8)}`,
    },
  });
});

describe("papers.related", () => {
  it("lists similar papers from the title and abstract, never the paper itself or its other versions", async () => {
    const list = await ids(subject.id);
    expect(list).toEqual(expect.arrayContaining(near.map((p) => p.id)));
    for (const excluded of [subject, sameTitle, collidingKey, merged]) expect(list).not.toContain(excluded.id);
    for (const other of aboutB) expect(list).not.toContain(other.id);
    // Asked by the merged duplicate's id: the survivor's list.
    expect(await ids(merged.id)).toEqual(list);
  });

  it("never lets a private PDF's text in: not for its uploader, not for anyone else", async () => {
    const stranger = await person("stranger");
    for (const viewer of [null, uploader, stranger]) expect(await ids(subject.id, viewer)).not.toContain(privateUpload.id);
    // The upload's own list comes from its public record (about B), not from the private text (about A).
    const own = await ids(privateUpload.id, uploader);
    for (const p of near) expect(own).not.toContain(p.id);
    expect(own).toEqual(await ids(privateUpload.id, null));
  });

  it("is cached per paper and recomputed when the paper's text changes", async () => {
    const paperRow = await indexed(`Changing ${text(A, 4, 4)}`, `About ${text(A, 4, 8)}.`);
    const first = await related(paperRow.id);
    expect(first.papers.map((p) => p.id)).toEqual(expect.arrayContaining(near.map((p) => p.id)));
    expect((await related(paperRow.id)).computedAt).toBe(first.computedAt); // served from the cache
    const cached = await db().relatedPapers.findUniqueOrThrow({ where: { paperId: paperRow.id } });

    await db().paper.update({ where: { id: paperRow.id }, data: { title: `Changed ${text(B, 0, 4)}`, abstract: `About ${text(B, 0, 8)}.` } });
    await index(paperRow.id);
    const after = await related(paperRow.id);
    expect(after.computedAt).not.toBe(first.computedAt);
    expect(after.papers.map((p) => p.id)).toEqual(expect.arrayContaining(aboutB.map((p) => p.id)));
    for (const p of near) expect(after.papers.map((x) => x.id)).not.toContain(p.id);
    expect((await db().relatedPapers.findUniqueOrThrow({ where: { paperId: paperRow.id } })).textHash).not.toBe(cached.textHash);
  });

  it("drops a paper merged away after the list was cached", async () => {
    const before = await ids(subject.id);
    const gone = near[2]!;
    await db().paperRedirect.create({ data: { fromId: gone.id, toId: near[0]!.id, fromTitle: gone.title, fromKey: gone.canonicalKey } });
    await db().paper.delete({ where: { id: gone.id } });
    expect(before).toContain(gone.id);
    expect(await ids(subject.id)).toEqual(before.filter((id) => id !== gone.id));
  });
});

describe("Meilisearch down", () => {
  const services = globalThis as unknown as { __commonplaceSearch?: ReturnType<typeof search> };
  const restore: (() => void)[] = [];
  afterEach(() => restore.splice(0).forEach((undo) => undo()));
  function searchDown() {
    const real = search();
    services.__commonplaceSearch = createSearchClient({ host: "http://127.0.0.1:9", apiKey: "0123456789abcdef0123", indexPrefix: "down_" });
    restore.push(() => (services.__commonplaceSearch = real));
  }

  it("answers 503 naming the search service for a paper with no cached list (tRPC and REST), never a 500", async () => {
    const fresh = await indexed(`Uncached ${text(A, 5, 4)}`, `About ${text(A, 5, 8)}.`);
    searchDown();
    await expect(related(fresh.id)).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message: expect.stringMatching(/search is temporarily unavailable/i),
    });
    const response = await rest(`/papers/${fresh.id}/related`, { address: freshAddress() });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: "search_unavailable" } });
  });

  it("still shows a cached list: current as it is, expired marked stale", async () => {
    const current = await related(subject.id);
    searchDown();
    expect(await related(subject.id)).toEqual(current);
    await db().relatedPapers.update({ where: { paperId: subject.id }, data: { computedAt: new Date(Date.now() - RELATED_TTL_MS - 60_000) } });
    const stale = await related(subject.id);
    expect(stale.stale).toBe(true);
    expect(stale.papers.map((p) => p.id)).toEqual(current.papers.map((p) => p.id));
  });
});

describe("REST", () => {
  it("GET /papers/{id}/related answers the same list as tRPC, and 404 for an unknown paper", async () => {
    const response = await rest(`/papers/${subject.id}/related?limit=3`, { address: freshAddress() });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { papers: { id: string }[] };
    expect(body.papers.map((p) => p.id)).toEqual((await ids(subject.id)).slice(0, 3));
    expect((await rest(`/papers/no-such-paper/related`, { address: freshAddress() })).status).toBe(404);
  });
});
