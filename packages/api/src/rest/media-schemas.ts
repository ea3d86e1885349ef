// JSON Schemas of the structured non-JSON answers (exports), for the OpenAPI document: a CSL-JSON
// export is an array of CSL items, a W3C Web Annotation export is an AnnotationCollection. Text formats
// (BibTeX, RIS, Markdown, plain text, HTML) are strings.

const cslName = {
  type: "object",
  properties: { family: { type: "string" }, given: { type: "string" }, literal: { type: "string" } },
};
const cslDate = {
  type: "object",
  properties: { "date-parts": { type: "array", items: { type: "array", items: { type: ["integer", "string"] } } }, literal: { type: "string" } },
};

/** One CSL-JSON item (https://github.com/citation-style-language/schema: csl-data.json), the fields we write. */
const cslItem = {
  type: "object",
  required: ["id", "type"],
  properties: {
    id: { type: ["string", "number"] },
    type: { type: "string" },
    title: { type: "string" },
    author: { type: "array", items: cslName },
    editor: { type: "array", items: cslName },
    issued: cslDate,
    "container-title": { type: "string" },
    publisher: { type: "string" },
    volume: { type: ["string", "number"] },
    issue: { type: ["string", "number"] },
    page: { type: "string" },
    number: { type: ["string", "number"] },
    DOI: { type: "string" },
    URL: { type: "string" },
    abstract: { type: "string" },
    keyword: { type: "string" },
    note: { type: "string" },
  },
};

const selector = {
  oneOf: [
    {
      type: "object",
      required: ["type", "exact"],
      properties: { type: { const: "TextQuoteSelector" }, exact: { type: "string" }, prefix: { type: "string" }, suffix: { type: "string" } },
    },
    {
      type: "object",
      required: ["type", "start", "end"],
      properties: { type: { const: "TextPositionSelector" }, start: { type: "integer" }, end: { type: "integer" } },
    },
  ],
};

const textualBody = {
  type: "object",
  properties: { type: { type: "string" }, value: { type: "string" }, format: { type: "string" }, purpose: { type: "string" } },
};

/** One W3C Web Annotation (https://www.w3.org/TR/annotation-model/) as Commonplace writes it. */
const w3cAnnotation = {
  type: "object",
  required: ["id", "type", "motivation", "target"],
  properties: {
    id: { type: "string" },
    type: { const: "Annotation" },
    motivation: { type: "string" },
    created: { type: "string", format: "date-time" },
    modified: { type: "string", format: "date-time" },
    creator: { type: "object", properties: { id: { type: "string" }, type: { type: "string" }, name: { type: "string" }, nickname: { type: "string" } } },
    body: { anyOf: [textualBody, { type: "array", items: textualBody }], description: "The comment (text/markdown) and tags (purpose tagging)" },
    stylesheet: { type: "object", required: ["type", "value"], properties: { type: { const: "CssStylesheet" }, value: { type: "string" } } },
    "as:deleted": { type: "string", format: "date-time", description: "A tombstone: deleted, kept because it has replies" },
    target: {
      oneOf: [
        { type: "string", description: "A reply's target: the annotation replied to; a page note's: the paper" },
        {
          type: "object",
          required: ["source"],
          properties: { source: { type: "string" }, selector: { type: "array", items: selector }, styleClass: { type: "string" } },
        },
      ],
    },
  },
};

const w3cPage = {
  type: "object",
  required: ["type", "items"],
  properties: {
    id: { type: "string" },
    type: { const: "AnnotationPage" },
    startIndex: { type: "integer" },
    items: { type: "array", items: w3cAnnotation },
  },
};

const w3cCollection = {
  type: "object",
  required: ["@context", "id", "type", "total", "first"],
  properties: {
    "@context": { type: "string" },
    id: { type: "string" },
    type: { const: "AnnotationCollection" },
    label: { type: "string" },
    total: { type: "integer" },
    first: w3cPage,
  },
};

/** What an export IRI answers (application/ld+json): the collection, its page, or one annotation. */
const w3cDocument = {
  type: "object",
  required: ["@context", "id", "type"],
  oneOf: [
    w3cCollection,
    {
      ...w3cPage,
      required: ["@context", ...w3cPage.required],
      properties: { ...w3cPage.properties, "@context": { type: "string" }, partOf: { type: "string" } },
    },
    { ...w3cAnnotation, required: ["@context", ...w3cAnnotation.required], properties: { ...w3cAnnotation.properties, "@context": { type: "string" } } },
  ],
};

const SCHEMAS: Record<string, object> = {
  "application/vnd.citationstyles.csl+json": { type: "array", items: cslItem },
  "application/ld+json": w3cDocument,
};

/** The schema of an answer in `mediaType` (parameters such as charset ignored). */
export function mediaSchema(mediaType: string): object {
  return SCHEMAS[mediaType.split(";")[0]!.trim()] ?? { type: "string" };
}
