import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANNO_CONTEXT, toW3CAnnotation, toW3CCollection, toW3CPage } from "./export.ts";
import { parseW3CAnnotations } from "./parse.ts";
import type { AnnotationExportInput } from "./types.ts";

const BASE = "https://commonplace.example/";
const IDS = {
  id: "https://commonplace.example/api/v1/papers/p1/annotations.jsonld",
  pageId: "https://commonplace.example/api/v1/papers/p1/annotations.jsonld?page=0",
};

const highlight: AnnotationExportInput = {
  id: "ann1",
  paperId: "p1",
  paperUrl: "https://commonplace.example/papers/p1",
  quote: "attention is all you need",
  prefix: "We show that ",
  suffix: " for translation.",
  start: 120,
  end: 145,
  body: "Bold claim — see **Table 2**.",
  color: "yellow",
  author: { name: "Ada Lovelace", handle: "ada" },
  createdAt: new Date("2024-05-01T10:00:00Z"),
  updatedAt: "2024-05-02T11:30:00.000Z",
};
const bare: AnnotationExportInput = { ...highlight, id: "ann2", body: "", color: "#FDE047", start: 10, end: 20, quote: "Abstract.", prefix: "", suffix: " We" };
const reply: AnnotationExportInput = {
  ...highlight,
  id: "rep1",
  quote: null,
  prefix: null,
  suffix: null,
  start: null,
  end: null,
  color: null,
  body: "Agreed, @ada.",
  parentId: "ann1",
  author: { name: "Bob", handle: "bob" },
};

describe("toW3CAnnotation", () => {
  it("produces a Web Annotation with selectors, creator, markdown body and colour", () => {
    expect(toW3CAnnotation(highlight, { baseUrl: BASE })).toEqual({
      "@context": ANNO_CONTEXT,
      id: "https://commonplace.example/api/v1/annotations/ann1?format=jsonld",
      type: "Annotation",
      motivation: "commenting",
      created: "2024-05-01T10:00:00.000Z",
      modified: "2024-05-02T11:30:00.000Z",
      creator: { id: "https://commonplace.example/u/ada", type: "Person", name: "Ada Lovelace", nickname: "ada" },
      body: { type: "TextualBody", value: "Bold claim — see **Table 2**.", format: "text/markdown" },
      target: {
        source: "https://commonplace.example/papers/p1",
        selector: [
          { type: "TextQuoteSelector", exact: "attention is all you need", prefix: "We show that ", suffix: " for translation." },
          { type: "TextPositionSelector", start: 120, end: 145 },
        ],
        styleClass: "cp-color-yellow",
      },
      stylesheet: { type: "CssStylesheet", value: ".cp-color-yellow { background-color: #fef08a; }" },
    });
  });

  it("marks bodiless highlights and replies", () => {
    const h = toW3CAnnotation(bare, { baseUrl: BASE });
    expect(h).toMatchObject({
      motivation: "highlighting",
      target: { styleClass: "cp-color-hex-fde047" },
      stylesheet: { type: "CssStylesheet", value: ".cp-color-hex-fde047 { background-color: #fde047; }" },
    });
    expect(h).not.toHaveProperty("body");
    expect(toW3CAnnotation(reply, { baseUrl: BASE })).toMatchObject({
      motivation: "replying",
      target: "https://commonplace.example/api/v1/annotations/ann1?format=jsonld",
      body: { value: "Agreed, @ada." },
    });
    expect(toW3CAnnotation(reply, { baseUrl: BASE })).not.toHaveProperty("stylesheet");
  });

  it("exports a page note as targeting the paper itself, tags as tagging bodies, a deleted node as a tombstone", () => {
    const note = { ...reply, id: "n1", parentId: null, body: "Whole paper", tags: ["method", "to-read"] };
    expect(toW3CAnnotation(note, { baseUrl: BASE })).toMatchObject({
      motivation: "commenting",
      target: "https://commonplace.example/papers/p1",
      body: [
        { type: "TextualBody", value: "Whole paper", format: "text/markdown" },
        { type: "TextualBody", purpose: "tagging", value: "method" },
        { type: "TextualBody", purpose: "tagging", value: "to-read" },
      ],
    });
    const tomb = toW3CAnnotation({ ...reply, deleted: true, body: "[deleted]", tags: ["x"] }, { baseUrl: BASE });
    expect(tomb).toMatchObject({ motivation: "replying", "as:deleted": "2024-05-02T11:30:00.000Z", target: expect.stringContaining("/ann1?") });
    expect(tomb).not.toHaveProperty("body");
    expect(tomb).not.toHaveProperty("creator");
  });

  it("wraps items in an AnnotationCollection with one embedded page", () => {
    const c = toW3CCollection([highlight, bare, reply], { baseUrl: BASE, label: "Annotations on p1", ...IDS });
    expect(c).toMatchObject({
      "@context": ANNO_CONTEXT,
      id: IDS.id,
      type: "AnnotationCollection",
      label: "Annotations on p1",
      total: 3,
      first: { type: "AnnotationPage", startIndex: 0, id: IDS.pageId },
    });
    expect(c.first.items).toHaveLength(3);
    expect(c.first.items[0]).not.toHaveProperty("@context");
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    expect(toW3CPage(c)).toMatchObject({ "@context": ANNO_CONTEXT, id: IDS.pageId, type: "AnnotationPage", partOf: IDS.id, items: c.first.items });
  });
});

describe("parseW3CAnnotations", () => {
  it("round-trips an exported collection", () => {
    const json = JSON.stringify(toW3CCollection([highlight, bare, { ...reply, tags: ["agree"] }], { baseUrl: BASE, label: "x", ...IDS }));
    const out = parseW3CAnnotations(json);
    expect(out.every((o) => o.ok)).toBe(true);
    const [a, b, r] = out.map((o) => (o.ok ? o.annotation : undefined));
    expect(a).toEqual({
      id: "https://commonplace.example/api/v1/annotations/ann1?format=jsonld",
      target: {
        source: highlight.paperUrl,
        selector: [
          { type: "TextQuoteSelector", exact: highlight.quote, prefix: highlight.prefix, suffix: highlight.suffix },
          { type: "TextPositionSelector", start: 120, end: 145 },
        ],
      },
      body: highlight.body,
      motivation: "commenting",
      color: "yellow",
      created: "2024-05-01T10:00:00.000Z",
      modified: "2024-05-02T11:30:00.000Z",
      creator: { name: "Ada Lovelace", nickname: "ada" },
      tags: [],
    });
    expect(b).toMatchObject({ body: "", motivation: "highlighting", color: "#fde047" });
    expect(r).toMatchObject({
      motivation: "replying",
      body: "Agreed, @ada.",
      tags: ["agree"],
      target: { source: "https://commonplace.example/api/v1/annotations/ann1?format=jsonld", selector: [] },
    });
  });

  it("accepts a single annotation, an array and an AnnotationPage", () => {
    const one = toW3CAnnotation(highlight, { baseUrl: BASE });
    expect(parseW3CAnnotations(JSON.stringify(one))).toHaveLength(1);
    expect(parseW3CAnnotations(JSON.stringify([one, one]))).toHaveLength(2);
    const page = { "@context": ANNO_CONTEXT, type: "AnnotationPage", items: [one] };
    expect(parseW3CAnnotations(JSON.stringify(page))[0]).toMatchObject({ ok: true, ref: `annotation 1 (${one.id})` });
  });

  it("reads other tools' shapes: bodyValue, body arrays with tags, HTML bodies, single selectors", () => {
    const foreign = [
      { type: "Annotation", bodyValue: "plain note", target: { source: "https://x.org/doc", selector: { type: "TextQuoteSelector", exact: "q" } } },
      {
        "@context": ANNO_CONTEXT,
        type: ["Annotation"],
        motivation: ["oa:commenting"],
        body: [
          { type: "TextualBody", value: "<p>Hello <b>there</b> &amp; bye</p>", format: "text/html" },
          { type: "TextualBody", value: "to read", purpose: "tagging" },
        ],
        target: [{ source: "https://x.org/doc", selector: [{ type: "RangeSelector" }, { type: "TextPositionSelector", start: 1, end: 4 }] }],
        created: "2020-01-02",
      },
      { type: "Annotation", target: "https://x.org/doc" },
    ];
    const [a, b, c] = parseW3CAnnotations(JSON.stringify(foreign));
    expect(a).toMatchObject({ ok: true, annotation: { body: "plain note", motivation: "commenting", target: { selector: [{ exact: "q" }] } } });
    expect(b).toMatchObject({
      ok: true,
      annotation: {
        body: "Hello there & bye",
        tags: ["to read"],
        motivation: "commenting",
        created: "2020-01-02T00:00:00.000Z",
        target: { selector: [{ type: "TextPositionSelector", start: 1, end: 4 }] },
      },
    });
    expect(c).toMatchObject({ ok: true, annotation: { body: "", motivation: "highlighting", target: { source: "https://x.org/doc", selector: [] } } });
  });

  it("explains bad input instead of throwing", () => {
    expect(parseW3CAnnotations("{nope")).toEqual([{ ok: false, error: expect.stringMatching(/^not valid JSON/), ref: "input" }]);
    expect(parseW3CAnnotations("42")[0]).toMatchObject({ ok: false, ref: "input" });
    expect(parseW3CAnnotations(JSON.stringify({ type: "AnnotationCollection", first: "https://x.org/page1" }))[0]).toMatchObject({
      ok: false,
      error: expect.stringContaining("only linked"),
    });
    const mixed = parseW3CAnnotations(
      JSON.stringify([
        { type: "Note", target: "x" },
        { type: "Annotation" },
        { type: "Annotation", target: { source: "x", selector: [{ type: "TextPositionSelector", start: 5, end: 2 }] } },
        { type: "Annotation", target: { source: "x", selector: [{ type: "TextQuoteSelector", exact: "" }] } },
        { type: "Annotation", target: "x", created: "yesterday-ish" },
        { type: "Annotation", target: "x" },
      ]),
    );
    expect(mixed.map((o) => o.ok)).toEqual([false, false, true, true, false, true]);
    expect(mixed[0]).toMatchObject({ error: expect.stringContaining('type must be "Annotation"'), ref: "annotation 1" });
    expect(mixed[1]).toMatchObject({ error: expect.stringContaining("target") });
    // Invalid selectors are dropped, not fatal: the annotation survives as a whole-document note.
    expect(mixed[2]).toMatchObject({ ok: true, annotation: { target: { selector: [] } } });
    expect(mixed[4]).toMatchObject({ error: expect.stringContaining("created") });
    expect(parseW3CAnnotations(undefined as unknown as string)[0]).toMatchObject({ ok: false });
  });

  it("never throws on arbitrary JSON or text (fuzz)", () => {
    const jsonish = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record(
          {
            type: fc.oneof(fc.constant("Annotation"), fc.constant(["Annotation"]), fc.string()),
            body: fc.anything(),
            bodyValue: fc.anything(),
            motivation: fc.anything(),
            target: fc.oneof(fc.string(), fc.record({ source: fc.anything(), selector: fc.anything(), styleClass: fc.anything() }), fc.anything()),
            created: fc.anything(),
            creator: fc.anything(),
          },
          { requiredKeys: [] },
        )
        .map((v) => JSON.stringify({ type: "AnnotationCollection", first: { items: [v, v] } }) ?? "null"),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        const out = parseW3CAnnotations(text);
        expect(Array.isArray(out)).toBe(true);
        for (const o of out) {
          expect(typeof o.ref).toBe("string");
          if (o.ok) expect(Array.isArray(o.annotation.target.selector)).toBe(true);
          else expect(o.error.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
