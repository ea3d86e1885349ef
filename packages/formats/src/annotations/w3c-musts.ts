// The MUSTs of the W3C Web Annotation Data Model that Commonplace's JSON-LD export relies on, restated as
// one JSON Schema (draft-07) — the same assertions the W3C test suite's annotation-model schemas make
// (sections 3.1–3.3, 4 selectors and styles, 5 collections). Tests validate real exports against it
// (packages/formats and the API's integration tests); it is data, any JSON Schema validator runs it.

const IRI = { type: "string", pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$" } as const;
const oneOrMany = (schema: object) => ({ anyOf: [schema, { type: "array", minItems: 1, items: schema }] });
const typeIs = (name: string) => ({ anyOf: [{ const: name }, { type: "array", contains: { const: name } }] });
/** xsd:dateTime with a timezone, as §3.3.1 requires (Z or ±hh:mm). */
const DATE_TIME = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" } as const;
const MOTIVATIONS = [
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
];

const selector = {
  type: "object",
  required: ["type"],
  properties: { type: { type: "string" } },
  allOf: [
    {
      if: { properties: { type: { const: "TextQuoteSelector" } } },
      then: { required: ["exact"], properties: { exact: { type: "string" }, prefix: { type: "string" }, suffix: { type: "string" } } },
    },
    {
      if: { properties: { type: { const: "TextPositionSelector" } } },
      then: { required: ["start", "end"], properties: { start: { type: "integer", minimum: 0 }, end: { type: "integer", minimum: 0 } } },
    },
  ],
};

/** A body or target: an IRI, an external resource (id), a SpecificResource (source) or a TextualBody (value). */
const resource = {
  anyOf: [
    IRI,
    {
      type: "object",
      anyOf: [{ required: ["id"] }, { required: ["source"] }, { required: ["value"] }],
      properties: {
        id: IRI,
        source: IRI,
        selector: oneOrMany(selector),
        styleClass: { type: "string" },
        purpose: { enum: MOTIVATIONS },
        format: { type: "string" },
        language: { type: "string" },
        value: { type: "string" },
      },
      if: { properties: { type: typeIs("TextualBody") }, required: ["type"] },
      then: { required: ["value"] },
    },
  ],
};

const usesStyleClass = { type: "object", required: ["styleClass"] };

const annotation = {
  type: "object",
  required: ["id", "type", "target"],
  properties: {
    "@context": { anyOf: [{ const: "http://www.w3.org/ns/anno.jsonld" }, { type: "array", contains: { const: "http://www.w3.org/ns/anno.jsonld" } }] },
    id: IRI,
    type: typeIs("Annotation"),
    motivation: oneOrMany({ enum: MOTIVATIONS }),
    body: oneOrMany(resource),
    bodyValue: { type: "string" },
    target: oneOrMany(resource),
    created: DATE_TIME,
    modified: DATE_TIME,
    generated: DATE_TIME,
    creator: oneOrMany({
      anyOf: [IRI, { type: "object", properties: { id: IRI, name: { type: "string" }, nickname: { type: "string" }, type: { type: "string" } } }],
    }),
    stylesheet: {
      anyOf: [
        IRI,
        {
          type: "object",
          required: ["type"],
          properties: { type: { const: "CssStylesheet" }, id: IRI, value: { type: "string" } },
          oneOf: [{ required: ["id"] }, { required: ["value"] }],
        },
      ],
    },
  },
  // §4.4: a styleClass names a class of the Annotation's stylesheet, which must then be present.
  if: { properties: { target: { anyOf: [usesStyleClass, { type: "array", contains: usesStyleClass }] } }, required: ["target"] },
  then: { required: ["stylesheet"] },
};

const page = {
  type: "object",
  required: ["id", "type", "items"],
  properties: {
    id: IRI,
    type: typeIs("AnnotationPage"),
    items: { type: "array", items: { anyOf: [IRI, { $ref: "#/definitions/annotation" }] } },
    startIndex: { type: "integer", minimum: 0 },
    partOf: IRI,
    next: IRI,
    prev: IRI,
  },
};

const collection = {
  type: "object",
  required: ["id", "type"],
  properties: {
    id: IRI,
    type: typeIs("AnnotationCollection"),
    label: oneOrMany({ type: "string" }),
    total: { type: "integer", minimum: 0 },
    first: { anyOf: [IRI, { $ref: "#/definitions/page" }] },
    last: IRI,
  },
  if: { properties: { total: { type: "integer", exclusiveMinimum: 0 } }, required: ["total"] },
  then: { required: ["first"] },
};

const CONTEXT = { type: "object", required: ["@context"], properties: { "@context": annotation.properties["@context"] } };
const kind = (definition: string, type: string) => ({ type: "object", allOf: [{ $ref: `#/definitions/${definition}` }], properties: { type: typeIs(type) } });

/** A top-level W3C document: an Annotation, an AnnotationPage or an AnnotationCollection, with the anno context. */
export const W3C_MUSTS_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: { annotation, page, collection },
  type: "object",
  allOf: [CONTEXT],
  oneOf: [kind("annotation", "Annotation"), kind("page", "AnnotationPage"), kind("collection", "AnnotationCollection")],
} as const;

/** Every IRI named as an `id` in a document (the collection, its page, annotations, creators, stylesheets). */
export function idsIn(doc: unknown, out: string[] = []): string[] {
  if (Array.isArray(doc)) for (const x of doc) idsIn(x, out);
  else if (doc && typeof doc === "object") {
    for (const [k, v] of Object.entries(doc)) {
      if (k === "id" && typeof v === "string") out.push(v);
      else idsIn(v, out);
    }
  }
  return out;
}
