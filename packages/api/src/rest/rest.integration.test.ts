import { beforeAll, describe, expect, it } from "vitest";
import { ensureIndex, toPaperDocument, upsertDocuments } from "@commonplace/search";
import { db, search } from "../lib/services.ts";
import { handleRestRequest } from "./handler.ts";
import { expectDocumented } from "../../test/openapi-check.ts";

const get = async (path: string) => {
  const response = await handleRestRequest(new Request(`http://localhost${path}`));
  await expectDocumented("GET", path, response);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

const papers = [
  {
    title: "Attention Is All You Need",
    abstract:
      "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks. We propose the Transformer, based solely on attention mechanisms.",
    authors: ["Ashish Vaswani", "Noam Shazeer"],
    year: 2017,
    categories: ["cs.CL"],
    arxivId: "1706.03762",
  },
  {
    title: "Deep Residual Learning for Image Recognition",
    abstract:
      "Deeper neural networks are more difficult to train. We present a residual learning framework to ease the training of networks that are substantially deeper.",
    authors: ["Kaiming He", "Xiangyu Zhang"],
    year: 2015,
    categories: ["cs.CV"],
    arxivId: "1512.03385",
  },
  {
    title: "Mastering the game of Go with deep neural networks and tree search",
    abstract:
      "The game of Go has long been viewed as the most challenging of classic games for artificial intelligence. We introduce value networks and policy networks trained by reinforcement learning.",
    authors: ["David Silver"],
    year: 2016,
    categories: ["cs.AI"],
    arxivId: null,
  },
];

const ids: string[] = [];

beforeAll(async () => {
  await ensureIndex(search());
  for (const [i, p] of papers.entries()) {
    const key = p.arxivId ?? `hash:rest-test-${i}`;
    const row = await db().paper.upsert({
      where: { canonicalKey: key },
      update: {},
      create: {
        canonicalKey: key,
        arxivId: p.arxivId,
        title: p.title,
        normTitle: p.title.toLowerCase(),
        abstract: p.abstract,
        year: p.year,
        publishedAt: new Date(`${p.year}-06-01`),
        categories: p.categories,
        source: "test",
        authors: {
          create: p.authors.map((name, position) => ({
            position,
            author: { connectOrCreate: { where: { normName: name.toLowerCase() }, create: { name, normName: name.toLowerCase() } } },
          })),
        },
      },
    });
    ids.push(row.id);
    await upsertDocuments(search(), [
      toPaperDocument({
        id: row.id,
        title: p.title,
        abstract: p.abstract,
        authors: p.authors,
        year: p.year,
        publishedAt: row.publishedAt,
        categories: p.categories,
        source: "test",
        upvotes: 0,
        arxivId: p.arxivId,
      }),
    ]);
  }
});

describe("REST API v1", () => {
  it("searches with typos and answers { hits, total, facets } with highlighted snippets", async () => {
    const { status, body } = await get("/api/v1/papers/search?q=atention%20transfomer&limit=5");
    expect(status).toBe(200);
    const hits = body.hits as { id: string; title: string; authors: string[]; year: number; snippet: string }[];
    expect(hits[0]).toMatchObject({ id: ids[0], title: "Attention Is All You Need", authors: ["Ashish Vaswani", "Noam Shazeer"], year: 2017 });
    expect(hits[0]!.snippet).toContain("<mark>");
    expect(body.total).toBeGreaterThanOrEqual(1);
    expect(body.facets).toHaveProperty("categories");
  });

  it("counts facets only when asked with ?facet= (repeatable) and rejects unknown facet names", async () => {
    const plain = await get("/api/v1/papers/search?q=attention");
    expect(plain.body.facets).toEqual({ year: {}, categories: {}, authors: {}, source: {} });
    const { status, body } = await get("/api/v1/papers/search?q=attention&facet=authors&facet=year");
    expect(status).toBe(200);
    const facets = body.facets as Record<string, Record<string, number>>;
    expect(facets.authors).toHaveProperty("Ashish Vaswani");
    expect(Object.keys(facets.year!).length).toBeGreaterThan(0);
    expect(facets.categories).toEqual({});
    expect((await get("/api/v1/papers/search?q=attention&facet=colour")).status).toBe(400);
  });

  it("finds a paper from a whole sentence", async () => {
    const q = encodeURIComponent("which networks make it easier to train much deeper image recognition models with residual connections");
    const { body } = await get(`/api/v1/papers/search?q=${q}`);
    expect((body.hits as { id: string }[]).slice(0, 3).map((h) => h.id)).toContain(ids[1]);
  });

  it("filters by category and year", async () => {
    const { body } = await get("/api/v1/papers/search?q=networks&category=cs.CV&yearFrom=2010");
    expect((body.hits as { id: string }[]).map((h) => h.id)).toEqual([ids[1]]);
  });

  it("returns one paper with identifiers and links, and 404 JSON for an unknown id", async () => {
    const { status, body } = await get(`/api/v1/papers/${ids[0]}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: ids[0],
      title: "Attention Is All You Need",
      identifiers: { arxiv: "1706.03762", doi: null },
      authors: [{ name: "Ashish Vaswani" }, { name: "Noam Shazeer" }],
    });
    expect(body.links).toContainEqual({ kind: "abs", url: "https://arxiv.org/abs/1706.03762" });
    const missing = await get("/api/v1/papers/does-not-exist");
    expect(missing).toEqual({ status: 404, body: { error: { code: "not_found", message: expect.any(String) } } });
  });

  it("rejects invalid parameters with a readable 400", async () => {
    const { status, body } = await get("/api/v1/papers/search?q=x&limit=5000");
    expect(status).toBe(400);
    expect((body.error as { code: string; message: string }).message).toMatch(/^limit:/);
  });

  it("describes its operations in an OpenAPI document", async () => {
    const { status, body } = await get("/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths as object)).toEqual(expect.arrayContaining(["/papers/search", "/papers/{id}"]));
  });
});
