import { Ajv } from "ajv";
import { idsIn, W3C_MUSTS_SCHEMA } from "@commonplace/formats/annotations";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { handleRestRequest } from "../rest/handler.ts";
import { expectDocumented } from "../../test/openapi-check.ts";
import { as, person, type Person } from "../../test/fixtures.ts";
import { rangeOf, textPaper } from "../../test/annotation-fixtures.ts";

// Issue 16.5 against real PostgreSQL through REST v1: the JSON-LD export of a paper with highlights,
// comments, tags, replies, a deleted reply that has replies, and a page note passes the W3C MUSTs
// (packages/formats w3c-musts.ts) with 0 failures; every id in it (and in an empty paper's export)
// answers GET 200 with JSON-LD; and export → import → export gives the same annotations.

const validate = new Ajv({ allErrors: true }).compile(W3C_MUSTS_SCHEMA);
const failures = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

async function get(iri: string, token?: string) {
  const url = new URL(iri);
  const path = url.pathname.replace(/^\/api\/v1/, "");
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  const response = await handleRestRequest(new Request(`http://localhost${url.pathname}${url.search}`, { headers }));
  await expectDocumented("GET", path, response);
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
}

async function exportOf(paperId: string, viewer?: Person) {
  const out = await as(viewer ?? null).annotations.export({ paperId, format: "jsonld" });
  return JSON.parse(out.body) as { id: string; total: number; first: { id: string; items: Record<string, unknown>[] } };
}

let ada: Person;
let bob: Person;
let paperId: string;

beforeAll(async () => {
  [ada, bob] = [await person("ada"), await person("bob")];
  paperId = (await textPaper()).id;
  const root = await as(ada).annotations.create({ paperId, target: rangeOf("the Transformer"), body: "Key *idea*", color: "blue", visibility: "PUBLIC" });
  await as(ada).tags.setForAnnotation({ annotationId: root.id, tags: ["method", "core"] });
  await as(bob).annotations.create({ paperId, target: rangeOf("attention mechanisms"), body: "", color: "green", visibility: "PUBLIC" });
  const r1 = await as(bob).annotations.reply({ id: root.id, body: "Indeed" });
  const r2 = await as(ada).annotations.reply({ id: r1.id, body: "Soon deleted" });
  await as(bob).annotations.reply({ id: r2.id, body: "Answer under the deleted one" });
  await as(ada).annotations.delete({ id: r2.id });
  // A page note (a thread on the whole paper): no selectors, no passage, no colour.
  await db().annotation.create({ data: { paperId, authorId: ada.id, visibility: "PUBLIC", body: "About the whole paper", anchorStatus: "ANCHORED" } });
});

describe("the JSON-LD export against the W3C MUSTs, on real data", () => {
  it("has 0 failures with highlights, replies, a deleted reply that has replies, a page note and tags", async () => {
    const doc = await exportOf(paperId);
    expect(failures(doc)).toEqual([]);
    expect(doc.total).toBe(6);
    const items = doc.first.items;
    const tomb = items.find((i) => "as:deleted" in i)!;
    expect(tomb).toMatchObject({ motivation: "replying" });
    expect(tomb).not.toHaveProperty("body");
    // Nothing is orphaned: every reply's target is an annotation of the export.
    const ids = new Set(items.map((i) => i.id));
    for (const i of items.filter((i) => i.motivation === "replying")) expect(ids).toContain(i.target);
    // The page note targets the paper itself (its IRI, no selector).
    const paperIri = (items[0]!.target as { source: string }).source;
    expect(items.find((i) => i.target === paperIri)).toMatchObject({ motivation: "commenting", body: { value: "About the whole paper" } });
  });

  it("every id resolves: GET answers 200 with JSON-LD (annotations, the collection and its page; an empty paper's too)", async () => {
    const empty = (await textPaper()).id;
    for (const doc of [await exportOf(paperId), await exportOf(empty)]) {
      for (const id of idsIn(doc)) {
        if (new URL(id).pathname.startsWith("/u/")) {
          const handle = decodeURIComponent(new URL(id).pathname.slice(3));
          expect(await db().user.count({ where: { handle } })).toBe(1); // a profile page (apps/web), not REST
          continue;
        }
        const answer = await get(id);
        expect({ id, status: answer.status, type: answer.type }).toEqual({ id, status: 200, type: expect.stringMatching(/^application\/ld\+json/) });
        const resolved = JSON.parse(answer.text);
        expect(resolved.id).toBe(id);
        expect(failures(resolved)).toEqual([]);
      }
    }
    const page = JSON.parse((await get((await exportOf(paperId)).first.id)).text);
    expect(page).toMatchObject({ type: "AnnotationPage", partOf: (await exportOf(paperId)).id, items: (await exportOf(paperId)).first.items });
  });

  it("the annotations page's selection export resolves too (its collection and page with the caller's token)", async () => {
    const token = (await as(ada).tokens.create({ name: "r", scope: "READ" })).token;
    const out = await as(ada).annotationSearch.export({ paperId, format: "jsonld" });
    const doc = JSON.parse(out.body);
    expect(failures(doc)).toEqual([]);
    for (const id of idsIn(doc).filter((i) => new URL(i).pathname.startsWith("/api/"))) {
      const answer = await get(id, token);
      expect({ id, status: answer.status, type: answer.type }).toEqual({ id, status: 200, type: expect.stringMatching(/^application\/ld\+json/) });
      expect(JSON.parse(answer.text).id).toBe(id);
    }
  });

  it("round-trips exactly: export → import into another paper → export gives the same bodies, tree, tags, colours, selectors and times", async () => {
    const first = await exportOf(paperId, ada);
    const copy = (await textPaper()).id;
    const result = await as(ada).annotations.import({ paperId: copy, json: JSON.stringify(first), visibility: "PUBLIC" });
    expect(result.outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(result.created).toBe(first.total);
    const second = await exportOf(copy, ada);
    expect(failures(second)).toEqual([]);
    // Ids and the paper differ; authorship becomes the importer's. Everything else is the same.
    const rename = new Map<string, string>(first.first.items.map((item, n) => [item.id as string, `#${n}`]));
    const secondNames = new Map<string, string>(second.first.items.map((item, n) => [item.id as string, `#${n}`]));
    const comparable = (items: Record<string, unknown>[], names: Map<string, string>, paperUrl: string) =>
      JSON.parse(
        JSON.stringify(items.map(({ creator: _c, ...rest }) => rest))
          .replaceAll(paperUrl, "PAPER")
          .replace(/"(http[^"]*\/api\/v1\/annotations\/[^"]*)"/g, (_m, iri: string) => JSON.stringify(names.get(iri) ?? iri)),
      );
    const url = (id: string) => (first.first.items[0]!.target as { source: string }).source.replace(/[^/]+$/, id);
    expect(comparable(second.first.items, secondNames, url(copy))).toEqual(comparable(first.first.items, rename, url(paperId)));
  });

  it("keeps imported times out of the future (a date in 2099 would pin an import to the top of every feed)", async () => {
    const json = JSON.stringify({
      type: "Annotation",
      body: { type: "TextualBody", value: "From the future" },
      target: (await exportOf(paperId)).first.items[0]!.target,
      created: "2099-01-01T00:00:00Z",
      modified: "2099-01-02T00:00:00Z",
    });
    const copy = (await textPaper()).id;
    const [outcome] = (await as(bob).annotations.import({ paperId: copy, json, visibility: "PRIVATE" })).outcomes;
    const row = await db().annotation.findUniqueOrThrow({ where: { id: outcome!.id! } });
    expect(row.createdAt.getFullYear()).toBeLessThan(2099);
    expect(row.updatedAt.getTime()).toBe(row.createdAt.getTime());
  });
});
