import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAPERS } from "../test/papers.fixture.ts";
import { createSearchClient, type SearchClient } from "./client.ts";
import { deleteDocuments, toPaperDocument, upsertDocuments, type PaperDocument } from "./documents.ts";
import { DEFAULT_FEEDBACK } from "./long-query/feedback.ts";
import { InMemoryTermStats, MeiliTermStats } from "./long-query/term-stats.ts";
import { searchPapers } from "./query.ts";
import { reindexPapers } from "./reindex.ts";
import { ensureIndex, PAPER_SETTINGS, termsIndexMissing, TermsIndexMissingError } from "./settings.ts";
import { SearchRequestError } from "./search-transport.ts";
import { SearchTaskError } from "./tasks.ts";

// Real Meilisearch: MEILI_HOST/MEILI_MASTER_KEY from a shared global setup when present,
// otherwise one started here. Every index uid carries a unique prefix and is deleted after.

let stop: (() => Promise<void>) | undefined;
let host: string;
let apiKey: string;
let client: SearchClient;
const prefix = `it_search_${process.pid}_${Date.now()}_`;

beforeAll(async () => {
  if (process.env.MEILI_HOST && process.env.MEILI_MASTER_KEY) {
    host = process.env.MEILI_HOST;
    apiKey = process.env.MEILI_MASTER_KEY;
  } else {
    const { startMeilisearch, freePort } = await import("@commonplace/embedded");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const meili = await startMeilisearch({
      dataDir: path.join(tmpdir(), `commonplace-search-it-${process.pid}`),
      port: await freePort(),
      masterKey: `search-it-${process.pid}-0123456789abcdefghijklmnop`,
      ephemeral: true,
    });
    host = meili.host;
    apiKey = meili.masterKey;
    stop = () => meili.stop();
  }
  client = createSearchClient({ host, apiKey, indexPrefix: prefix });
  await ensureIndex(client);
  await ensureIndex(client); // idempotent
  await upsertDocuments(client, PAPERS.map(toPaperDocument));
});

afterAll(async () => {
  if (client) {
    const { results } = await client.meili.getIndexes({ limit: 1000 });
    await Promise.all(results.filter((i) => i.uid.startsWith(prefix)).map((i) => client.meili.deleteIndex(i.uid).waitTask()));
  }
  await stop?.();
});

const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id);

describe("settings", () => {
  it("applies searchable order, filterable, sortable and typo settings", async () => {
    const s = await client.meili.index(client.indexes.papers).getSettings();
    expect(s.searchableAttributes).toEqual(["title", "authors", "abstract", "fullText"]);
    expect([...(s.filterableAttributes ?? [])].sort()).toEqual(["authors", "categories", "id", "source", "year"]);
    expect([...(s.sortableAttributes ?? [])].sort()).toEqual(["publishedAt", "upvotes"]);
    expect(s.typoTolerance?.enabled).toBe(true);
    expect(s.rankingRules).toEqual(PAPER_SETTINGS.rankingRules);
  });

  it("keeps the stems in the terms index only: ranked by words alone, no typos, no prefixes", async () => {
    const t = await client.meili.index(client.indexes.terms).getSettings();
    expect(t.searchableAttributes).toEqual(["terms"]);
    expect(t.rankingRules).toEqual(["words"]);
    expect(t.typoTolerance?.enabled).toBe(false);
    expect(t.prefixSearch).toBe("disabled");
    expect([...(t.filterableAttributes ?? [])].sort()).toEqual(["authors", "categories", "id", "source", "year"]);
    const paper = await client.meili.index(client.indexes.papers).getDocument("attention");
    expect(paper).not.toHaveProperty("terms");
    expect(paper.title).toBe(PAPERS.find((p) => p.id === "attention")!.title);
    const terms = await client.meili.index(client.indexes.terms).getDocument("attention");
    expect(terms.terms).toBe(toPaperDocument(PAPERS.find((p) => p.id === "attention")!).terms);
    expect(terms).not.toHaveProperty("title");
    expect(terms).not.toHaveProperty("abstract");
  });
});

describe("before the worker has created any index", () => {
  it("a search of either kind is refused as unavailable (503), not failed", async () => {
    const none = createSearchClient({ host, apiKey, indexPrefix: `${prefix}none_` });
    for (const q of ["attention", "how can we prevent neural networks from overfitting when training with many parameters"]) {
      const error = await searchPapers(none, { q }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SearchRequestError);
      expect(error).toMatchObject({ status: 503, code: "index_not_found" });
    }
  });
});

describe("upgrade from a papers index without a terms index", () => {
  it("is refused by ensureIndex, answered by the short path meanwhile, and ended by a reindex of both", async () => {
    const old = createSearchClient({ host, apiKey, indexPrefix: `${prefix}up_` });
    // What an older version left: one index holding every field, stems included.
    await old.meili.createIndex(old.indexes.papers, { primaryKey: "id" }).waitTask();
    await old.meili
      .index(old.indexes.papers)
      .updateSettings({ ...PAPER_SETTINGS, searchableAttributes: ["title", "authors", "abstract", "fullText", "terms"] })
      .waitTask();
    await old.meili.index(old.indexes.papers).addDocuments(PAPERS.map(toPaperDocument)).waitTask();
    expect(await termsIndexMissing(old)).toBe(true);
    // Not created empty: long queries would miss every paper already indexed.
    await expect(ensureIndex(old)).rejects.toBeInstanceOf(TermsIndexMissingError);
    const uids = async () =>
      (await old.meili.getIndexes({ limit: 1000 })).results
        .map((i) => i.uid)
        .filter((u) => u.startsWith(`${prefix}up_`))
        .sort();
    expect(await uids()).toEqual([old.indexes.papers]);

    const sentence = "how can we prevent neural networks from overfitting when training with many parameters";
    const before = await searchPapers(old, { q: sentence });
    expect(before.strategy).toBe("short");
    expect(before.hits.length).toBeGreaterThan(0);
    // A caller that asked for the long path (related papers caches what it gets) hears search is unavailable.
    await expect(searchPapers(old, { q: sentence }, { strategy: "long" })).rejects.toMatchObject({ status: 503, code: "index_not_found" });

    // The reindex swaps the papers index and renames the new terms index into place, in one swap.
    const rebuilt = await reindexPapers(old, PAPERS);
    expect(rebuilt.indexed).toBe(PAPERS.length);
    expect(await uids()).toEqual([old.indexes.papers, old.indexes.terms].sort());
    expect(await termsIndexMissing(old)).toBe(false);
    await ensureIndex(old);
    expect((await old.meili.index(old.indexes.terms).getStats()).numberOfDocuments).toBe(PAPERS.length);
    expect(await old.meili.index(old.indexes.papers).getDocument("dropout")).not.toHaveProperty("terms");
    const long = await searchPapers(old, { q: sentence });
    expect(long.strategy).toBe("long");
    expect(ids(long)).toContain("dropout");
  });
});

describe("short queries (Meilisearch as-is)", () => {
  it("a typo'd query finds the right paper first", async () => {
    const r = await searchPapers(client, { q: "transfomer atention" });
    expect(r.strategy).toBe("short");
    expect(r.hits[0]?.id).toBe("attention");
    expect(r.hits[0]?.snippet).toMatch(/<mark>(Transformer|attention)<\/mark>/);
  });

  it("prefix search on the last word works", async () => {
    const r = await searchPapers(client, { q: "residual lear" });
    expect(r.hits[0]?.id).toBe("resnet");
  });

  it("an author name finds their papers", async () => {
    const r = await searchPapers(client, { q: "Kingma" });
    expect(ids(r).slice(0, 2).sort()).toEqual(["adam", "vae"]);
  });

  it("when no paper holds every word, the most common words are dropped first, not the last ones", async () => {
    // Meilisearch's default (`last`) would require "advantages" and drop "computerized index systems" from the
    // end, answering with the walking and roads papers and never the one paper on computerized index systems.
    const own = createSearchClient({ host, apiKey, indexPrefix: `${prefix}frequency_` });
    await ensureIndex(own);
    const paper = (id: string, title: string) => toPaperDocument({ id, title, abstract: null, authors: [], categories: [], source: "test", upvotes: 0 });
    await upsertDocuments(own, [
      paper("computerized", "Computerized index systems for libraries"),
      paper("walking", "The advantages of walking"),
      paper("roads", "Advantages of a history of roads"),
      paper("theory", "Theory of index systems"),
      paper("systems", "Systems of systems"),
    ]);
    const r = await searchPapers(own, { q: "Advantages of computerized index systems" });
    expect(r.strategy).toBe("short");
    expect(ids(r)[0]).toBe("computerized");
  });

  it("a query the rarest-word rule answers with nothing is asked again dropping words from the end", async () => {
    // "how" only matches through typos and prefixes, so Meilisearch takes it for the rarest word and requires it.
    // If this first expectation fails after a Meilisearch upgrade, the quirk is fixed and the retry can go.
    const strict = await client.search(client.indexes.papers, { q: "how overfitting", matchingStrategy: "frequency", limit: 5 });
    expect(strict.estimatedTotalHits).toBe(0);
    const r = await searchPapers(client, { q: "how overfitting" });
    expect(r.strategy).toBe("short");
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.total).toBeGreaterThan(0);
  });
});

describe("long queries (term selection + BM25 re-rank)", () => {
  it("a whole-sentence question finds the right paper in the top 3", async () => {
    const r = await searchPapers(client, {
      q: "How can I pretrain deep bidirectional language representations on unlabeled text and then fine-tune them for question answering?",
    });
    expect(r.strategy).toBe("long");
    expect(ids(r).slice(0, 3)).toContain("bert");
    expect(r.hits.find((h) => h.id === "bert")?.snippet).toContain("<mark>");
  });

  it("a pasted description finds the right paper in the top 3", async () => {
    const r = await searchPapers(client, {
      q: "I am looking for the technique that randomly drops units and their connections from a neural network during training so that units stop co-adapting, which reduces overfitting",
    });
    expect(r.strategy).toBe("long");
    expect(ids(r).slice(0, 3)).toContain("dropout");
  });

  it("pages through the re-ranked pool without overlap", async () => {
    const q = "deep neural networks trained with gradient methods for image recognition and language tasks";
    const all = await searchPapers(client, { q, limit: 10 });
    const second = await searchPapers(client, { q, limit: 3, offset: 3 });
    expect(all.strategy).toBe("long");
    expect(ids(second)).toEqual(ids(all).slice(3, 6));
    expect(all.total).toBeGreaterThanOrEqual(all.hits.length);
  });

  it("document frequencies counted in Meilisearch equal exact counts", async () => {
    const exact = new InMemoryTermStats();
    for (const p of PAPERS) exact.upsert(p.id, toPaperDocument(p).terms.split(" "));
    const terms = ["network", "neural", "languag", "dropout", "gradient", "nonexistentterm"];
    const live = new MeiliTermStats(client, { ttlMs: 0 });
    expect(await live.df(terms)).toEqual(await exact.df(terms));
    expect((await live.collection()).totalDocs).toBe(PAPERS.length);
    expect((await live.collection()).avgDocLength).toBeCloseTo((await exact.collection()).avgDocLength, 6);
  });
});

describe("long queries: routing and pseudo-relevance feedback", () => {
  const doc = (id: string, title: string, abstract: string) =>
    toPaperDocument({ id, title, abstract, authors: [], categories: [], source: "test", upvotes: 0 });
  const cited = (id: string, extra: string) =>
    doc(id, "Citation indexing of scientific journals", `Citation indexes of scientific journals: bibliographic coupling and cocitation clustering, ${extra}.`);
  // X and Y hold one query word each ("literature"), at the same length; only X shares the best papers' vocabulary.
  const x = doc("x-coupling", "Coupling and cocitation clusters", "Bibliographic coupling and cocitation clustering reveal structure in literature.");
  const y = doc("a-gardening", "Growing roses and tulips", "Gardeners discuss soil, water, sunlight and pruning in literature.");
  const fillers = ["Ocean tides and the moon", "Volcanoes of Iceland", "Bread baking chemistry", "Chess openings", "Migratory birds"].map((t, i) =>
    doc(`filler-${i}`, t, `${t}: a survey.`),
  );
  let fb: SearchClient;
  beforeAll(async () => {
    fb = createSearchClient({ host, apiKey, indexPrefix: `${prefix}fb_` });
    await ensureIndex(fb);
    await upsertDocuments(fb, [cited("c1", "a survey"), cited("c2", "a method"), cited("c3", "a study"), x, y, ...fillers]);
  });
  const q = "How can citation indexing of scientific journals help with the literature?";

  it("the best papers' shared words lift a paper that holds them over one that only shares a query word", async () => {
    expect(x.terms.split(" ").length).toBe(y.terms.split(" ").length); // same length: plain BM25 ties them
    const plain = await searchPapers(fb, { q, limit: 10 }, { longQuery: { feedback: { ...DEFAULT_FEEDBACK, docs: 0 } } });
    const withFeedback = await searchPapers(fb, { q, limit: 10 });
    expect(withFeedback.strategy).toBe("long");
    expect(ids(plain).indexOf("a-gardening")).toBeLessThan(ids(plain).indexOf("x-coupling")); // tie, broken by id
    expect(ids(withFeedback).indexOf("x-coupling")).toBeLessThan(ids(withFeedback).indexOf("a-gardening"));
    expect(ids(withFeedback).slice(0, 3).sort()).toEqual(["c1", "c2", "c3"]);
    // Marks follow the query's own words, not the expansion's.
    expect(withFeedback.hits.find((h) => h.id === "x-coupling")?.snippet).toBe(
      "Bibliographic coupling and cocitation clustering reveal structure in <mark>literature</mark>.",
    );
  });

  it("a long pasted text that quotes a word still takes the long path", async () => {
    const pasted = `${q} We describe a "cocitation" map of the journals, how it is drawn, and what the clusters of the citation index say about scientific fields.`;
    const r = await searchPapers(fb, { q: pasted, limit: 5 });
    expect(r.strategy).toBe("long");
    expect(ids(r).slice(0, 3).sort()).toEqual(["c1", "c2", "c3"]);
    expect((await searchPapers(fb, { q: '"cocitation clustering" journals', limit: 5 })).strategy).toBe("short");
  });
});

describe("filters and facets", () => {
  it("filters by year range, categories (any of) and source, with matching facet counts", async () => {
    const r = await searchPapers(client, { q: "", filters: { yearFrom: 2014, yearTo: 2015, categories: ["cs.CV", "stat.ML"] }, limit: 50 });
    const expected = PAPERS.filter((p) => {
      const y = new Date(p.publishedAt as string).getUTCFullYear();
      return y >= 2014 && y <= 2015 && p.categories.some((c) => c === "cs.CV" || c === "stat.ML");
    }).map((p) => p.id);
    expect(ids(r).sort()).toEqual(expected.sort());
    expect(r.facets.year).toEqual({ "2014": 1, "2015": 3 });
    expect(r.facets.categories["cs.CV"]).toBe(3);

    const jmlr = await searchPapers(client, { q: "neural networks", filters: { source: "jmlr" } });
    expect(ids(jmlr)).toEqual(["dropout"]);
    expect(jmlr.facets.source).toEqual({ jmlr: 1 });
  });

  it("counts only the facets asked for (authors only on request; [] for none), on both paths", async () => {
    const byDefault = await searchPapers(client, { q: "neural networks" });
    expect(Object.keys(byDefault.facets.categories).length).toBeGreaterThan(0);
    expect(byDefault.facets.authors).toEqual({});
    const authorsOnly = await searchPapers(client, { q: "neural networks", facets: ["authors"] });
    expect(Object.keys(authorsOnly.facets.authors).length).toBeGreaterThan(0);
    expect(authorsOnly.facets).toMatchObject({ year: {}, categories: {}, source: {} });
    expect((await searchPapers(client, { q: "neural networks", facets: [] })).facets).toEqual({ year: {}, categories: {}, authors: {}, source: {} });
    const long = await searchPapers(client, {
      q: "convolutional neural networks that classify images or detect objects in photographs in real time",
      facets: ["source"],
    });
    expect(long.strategy).toBe("long");
    expect(Object.keys(long.facets.source).length).toBeGreaterThan(0);
    expect(long.facets).toMatchObject({ year: {}, categories: {}, authors: {} });
  });

  it("filters apply on the long path too, and facets count the re-ranked pool", async () => {
    const r = await searchPapers(client, {
      q: "convolutional neural networks that classify images or detect objects in photographs in real time",
      filters: { categories: ["cs.CV"], yearFrom: 2015 },
    });
    expect(r.strategy).toBe("long");
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) {
      expect(h.categories).toContain("cs.CV");
      expect(h.year).toBeGreaterThanOrEqual(2015);
    }
    expect(Object.values(r.facets.source).reduce((a, b) => a + b, 0)).toBe(r.total);
  });

  it("hostile filter values match literally and cannot widen the filter", async () => {
    const r = await searchPapers(client, { q: "", filters: { authors: ['Conan O"Brien \\ Backslash'] } });
    expect(ids(r)).toEqual(["hostile"]);
    const injected = await searchPapers(client, { q: "", filters: { source: 'x" OR source = "arxiv' } });
    expect(injected.total).toBe(0);
    const injected2 = await searchPapers(client, { q: "", filters: { categories: ['cs.CV"] OR year > 0 OR categories IN ["x'] } });
    expect(injected2.total).toBe(0);
  });
});

describe("sorting", () => {
  it("newest sorts by publication date, upvotes by upvotes", async () => {
    const newest = await searchPapers(client, { q: "", sort: "newest", limit: 5 });
    expect(ids(newest)).toEqual(["hostile", "gpt3", "bert", "elmo", "attention"]);
    const top = await searchPapers(client, { q: "network", sort: "upvotes", limit: 3 });
    expect(ids(top)).toEqual(["attention", "resnet", "gan"]);
  });

  it("a long query sorted by newest returns relevant papers newest first", async () => {
    const r = await searchPapers(client, {
      q: "pretrained deep language models that learn word representations from large unlabeled text corpora",
      sort: "newest",
    });
    expect(r.strategy).toBe("long");
    const years = r.hits.map((h) => h.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(ids(r)).toContain("bert");
  });
});

describe("writes", () => {
  it("upsert resolves once searchable; delete once gone", async () => {
    const doc = toPaperDocument({
      id: "zz_new",
      title: "Quokka Photometry Survey",
      authors: ["Q. Uokka"],
      categories: ["astro-ph"],
      source: "arxiv",
      upvotes: 0,
    });
    await upsertDocuments(client, [doc]);
    expect(ids(await searchPapers(client, { q: "quokka photometry" }))).toEqual(["zz_new"]);
    await deleteDocuments(client, ["zz_new"]);
    expect((await searchPapers(client, { q: "quokka photometry" })).total).toBe(0);
  });

  it("a hostile abstract comes back escaped: the snippet's only markup is <mark>", async () => {
    const abstract = `<img src=x onerror=alert(1)> Narwhal tusk acoustics </mark><script>alert("x")</script> & more.`;
    await upsertDocuments(client, [
      toPaperDocument({ id: "zz_hostile", title: "Narwhal acoustics", abstract, authors: ["N. Arwhal"], categories: [], source: "arxiv", upvotes: 0 }),
    ]);
    const hit = (await searchPapers(client, { q: "narwhal tusk" })).hits.find((h) => h.id === "zz_hostile");
    expect(hit?.snippet).toContain("&lt;img src=x onerror=alert(1)&gt; <mark>Narwhal</mark> <mark>tusk</mark>");
    expect(hit?.snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
    await deleteDocuments(client, ["zz_hostile"]);
  });

  it("a failed indexing task rejects instead of resolving", async () => {
    const bad = { ...toPaperDocument(PAPERS[0]!), id: "bad id with spaces!" } as PaperDocument;
    await expect(upsertDocuments(client, [bad])).rejects.toBeInstanceOf(SearchTaskError);
  });
});

describe("reindex", () => {
  it("builds a new index, swaps it in and leaves no temporary index", async () => {
    const other = createSearchClient({ host, apiKey, indexPrefix: `${prefix}rx_` });
    // First build: no live index yet, so the new one is renamed into place.
    const first = await reindexPapers(other, PAPERS.slice(0, 5), { batchSize: 2 });
    expect(first.indexed).toBe(5);
    async function* stream() {
      for (const p of PAPERS.slice(5, 8)) yield p;
    }
    // Second build: swapped with the live index, old one deleted.
    const second = await reindexPapers(other, stream(), { batchSize: 2 });
    expect(second.indexed).toBe(3);
    const live = other.meili.index(other.indexes.papers);
    expect((await live.getStats()).numberOfDocuments).toBe(3);
    expect((await live.getSettings()).sortableAttributes?.sort()).toEqual(["publishedAt", "upvotes"]);
    // Both indexes were rebuilt and swapped together.
    const liveTerms = other.meili.index(other.indexes.terms);
    expect((await liveTerms.getStats()).numberOfDocuments).toBe(3);
    expect((await liveTerms.getSettings()).rankingRules).toEqual(["words"]);
    const { results } = await other.meili.getIndexes({ limit: 1000 });
    expect(
      results
        .map((i) => i.uid)
        .filter((u) => u.startsWith(`${prefix}rx_`))
        .sort(),
    ).toEqual([other.indexes.papers, other.indexes.terms].sort());
    expect(ids(await searchPapers(other, { q: "dropout" }))).toEqual(["dropout"]);
  });

  it("leaves out the papers it cannot index, and indexes the rest: one bad paper does not keep a lost index lost", async () => {
    const other = createSearchClient({ host, apiKey, indexPrefix: `${prefix}rxbad_` });
    // Meilisearch refuses this document (invalid id) in whichever batch it lands; the input's document cannot be built.
    const refusedByMeili = { ...toPaperDocument(PAPERS[0]!), id: "bad id with spaces!" } as PaperDocument;
    const unbuildable = { ...PAPERS[1]!, id: "also/bad" };
    const input = [...PAPERS.slice(0, 4), refusedByMeili, ...PAPERS.slice(4, 7), unbuildable, ...PAPERS.slice(7)];
    let handedOver: string[] = [];
    const result = await reindexPapers(other, input, { batchSize: 4, beforeSwap: async (refused) => void (handedOver = refused.map((r) => r.id)) });
    expect(result.indexed).toBe(PAPERS.length);
    expect(handedOver).toEqual(["bad id with spaces!", "also/bad"]);
    expect(result.refused.map((r) => r.id)).toEqual(["bad id with spaces!", "also/bad"]);
    expect(result.refused[0]!.reason).toMatch(/invalid_document_id/);
    expect(result.refused[1]!.reason).toMatch(/not a valid Meilisearch id/);
    for (const uid of [other.indexes.papers, other.indexes.terms]) expect((await other.meili.index(uid).getStats()).numberOfDocuments).toBe(PAPERS.length);
    const { results } = await other.meili.getIndexes({ limit: 1000 });
    expect(
      results
        .map((i) => i.uid)
        .filter((u) => u.startsWith(`${prefix}rxbad_`))
        .sort(),
    ).toEqual([other.indexes.papers, other.indexes.terms].sort());
    expect(ids(await searchPapers(other, { q: "dropout" }))[0]).toBe("dropout");

    // Past the limit of refusals the rebuild stops, and the live indexes stay as they were.
    const before = await other.meili.getRawIndex(other.indexes.papers);
    const many = [1, 2, 3].map((i) => ({ ...refusedByMeili, id: `bad ${i}` }) as PaperDocument);
    await expect(reindexPapers(other, [...PAPERS.slice(0, 3), ...many], { batchSize: 4, maxRefused: 2 })).rejects.toThrow(/more than 2 papers were refused/);
    // So does one whose refused papers cannot be handed over (the worker's outbox insert failing).
    const failingHandover = async () => {
      throw new Error("PostgreSQL is away");
    };
    await expect(reindexPapers(other, [...PAPERS.slice(0, 3), many[0]!], { batchSize: 4, beforeSwap: failingHandover })).rejects.toThrow(/PostgreSQL is away/);
    expect((await other.meili.getRawIndex(other.indexes.papers)).createdAt).toEqual(before.createdAt);
    expect((await other.meili.index(other.indexes.papers).getStats()).numberOfDocuments).toBe(PAPERS.length);
    const after = await other.meili.getIndexes({ limit: 1000 });
    expect(after.results.filter((i) => i.uid.startsWith(`${prefix}rxbad_`))).toHaveLength(2);
  });
});
