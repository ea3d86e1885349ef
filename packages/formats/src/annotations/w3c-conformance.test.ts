import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { toW3CAnnotation, toW3CCollection, toW3CPage } from "./export.ts";
import { parseW3CAnnotations } from "./parse.ts";
import type { AnnotationExportInput } from "./types.ts";
import { W3C_MUSTS_SCHEMA } from "./w3c-musts.ts";

// Issue 16.5: the JSON-LD export against the W3C Web Annotation MUSTs (w3c-musts.ts), with every shape
// Commonplace exports: highlights in each colour kind, comments, replies, a deleted reply that has replies
// (a tombstone), page notes, tags, and an empty paper.

const BASE = "https://commonplace.example";
const validate = new Ajv({ allErrors: true }).compile(W3C_MUSTS_SCHEMA);
const failures = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

const at = (n: number) => new Date(Date.UTC(2025, 0, 1, 0, n));
const who = { name: "Ada Lovelace", handle: "ada" };
const common = { paperId: "p1", paperUrl: `${BASE}/papers/p1`, author: who, body: "", createdAt: at(0), updatedAt: at(1) };
const items: AnnotationExportInput[] = [
  { ...common, id: "h1", quote: "attention", prefix: "all you need is ", suffix: ".", start: 10, end: 19, color: "yellow", tags: ["method"] },
  { ...common, id: "h2", quote: "the Transformer", start: 40, end: 55, color: "#FDE047", body: "Key *idea*" },
  { ...common, id: "r1", body: "Indeed", parentId: "h2", updatedAt: at(5) },
  { ...common, id: "r2", body: "[deleted]", parentId: "r1", deleted: true, author: { name: "[deleted]", handle: "deleted" } },
  { ...common, id: "r3", body: "Answer to a deleted reply", parentId: "r2", tags: ["question", "open"] },
  { ...common, id: "n1", body: "A page note on the whole paper", tags: ["to-read"] },
  { ...common, id: "n2", body: "A coloured page note", color: "blue" },
];
const ids = { id: `${BASE}/api/v1/papers/p1/annotations.jsonld`, pageId: `${BASE}/api/v1/papers/p1/annotations.jsonld?page=0` };

describe("W3C Web Annotation MUSTs", () => {
  const collection = toW3CCollection(items, { baseUrl: BASE, label: "Annotations", ...ids });

  it("a collection with every exported shape has 0 failures, and so has each item and the page on its own", () => {
    expect(failures(JSON.parse(JSON.stringify(collection)))).toEqual([]);
    expect(failures(toW3CPage(collection))).toEqual([]);
    for (const item of items) expect(failures(toW3CAnnotation(item, { baseUrl: BASE }))).toEqual([]);
  });

  it("an empty paper's collection has 0 failures", () => {
    const empty = toW3CCollection([], { baseUrl: BASE, label: "Nothing yet", ...ids });
    expect(failures(empty)).toEqual([]);
    expect(empty).toMatchObject({ id: ids.id, total: 0, first: { id: ids.pageId, items: [] } });
  });

  it("the schema catches what the old export did: a styleClass without a stylesheet, a bad date, no target", () => {
    const styled = toW3CAnnotation(items[0]!, { baseUrl: BASE });
    const { stylesheet: _dropped, ...unstyled } = styled;
    expect(failures(unstyled)).toContain(" must have required property 'stylesheet'");
    expect(failures({ ...styled, stylesheet: { type: "CssStylesheet" } }).length).toBeGreaterThan(0);
    expect(failures({ ...styled, created: "2025-01-01 10:00" }).length).toBeGreaterThan(0);
    const { target: _t, ...untargeted } = styled;
    expect(failures(untargeted).length).toBeGreaterThan(0);
  });

  it("round-trips every field the importer keeps: bodies, tags, colours, selectors, the replies tree, tombstones, timestamps", () => {
    const parsed = parseW3CAnnotations(JSON.stringify(collection)).map((o) => (o.ok ? o.annotation : o.error));
    const iri = (id: string) => `${BASE}/api/v1/annotations/${id}?format=jsonld`;
    expect(parsed).toEqual([
      expect.objectContaining({ id: iri("h1"), color: "yellow", body: "", tags: ["method"], motivation: "highlighting" }),
      expect.objectContaining({ id: iri("h2"), color: "#fde047", body: "Key *idea*", tags: [], motivation: "commenting" }),
      expect.objectContaining({ id: iri("r1"), target: { source: iri("h2"), selector: [] }, motivation: "replying", modified: at(5).toISOString() }),
      expect.objectContaining({ id: iri("r2"), target: { source: iri("r1"), selector: [] }, body: "", deleted: at(1).toISOString() }),
      expect.objectContaining({ id: iri("r3"), target: { source: iri("r2"), selector: [] }, tags: ["question", "open"] }),
      expect.objectContaining({ id: iri("n1"), target: { source: common.paperUrl, selector: [] }, body: "A page note on the whole paper", tags: ["to-read"] }),
      expect.objectContaining({ id: iri("n2"), target: { source: common.paperUrl, selector: [] }, color: "blue" }),
    ]);
    expect(parsed[0]).toMatchObject({
      target: {
        selector: [
          { type: "TextQuoteSelector", exact: "attention", prefix: "all you need is ", suffix: "." },
          { type: "TextPositionSelector", start: 10, end: 19 },
        ],
      },
      created: at(0).toISOString(),
      modified: at(1).toISOString(),
      creator: { name: "Ada Lovelace", nickname: "ada" },
    });
    expect(parsed[3]).not.toHaveProperty("creator");
  });
});
