// Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) JSON-LD export.
// IRIs resolve (GET → 200, application/ld+json) on the REST API: an annotation is
// `${baseUrl}/api/v1/annotations/{id}?format=jsonld`, a person `${baseUrl}/u/{handle}`; the collection
// and page IRIs are given by the caller (see toW3CCollection). A highlight colour travels as the target's
// `styleClass` ("cp-color-…") with an embedded CssStylesheet defining it (§4.4); team tags as
// TextualBody items with purpose "tagging"; a page note targets the paper itself (no selector); a deleted
// annotation that still has replies is kept as a tombstone (no body or creator, `as:deleted` set) so the
// replies under it keep their parent.
import { colorToStyleClass, stylesheetFor } from "./styles.ts";
import type { AnnotationExportInput, W3CSelector } from "./types.ts";

export { COLOR_CLASS_PREFIX, colorToStyleClass, styleClassToColor } from "./styles.ts";
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export interface W3COptions {
  /** Origin the IRIs are built on, e.g. "https://commonplace.example" (a trailing "/" is ignored). */
  baseUrl: string;
}

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

export function annotationIri(baseUrl: string, id: string): string {
  return `${trimBase(baseUrl)}/api/v1/annotations/${encodeURIComponent(id)}?format=jsonld`;
}

function iso(d: Date | string): string {
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? String(d) : date.toISOString();
}

function selectors(a: AnnotationExportInput): W3CSelector[] {
  const out: W3CSelector[] = [];
  if (a.quote) {
    out.push({
      type: "TextQuoteSelector",
      exact: a.quote,
      ...(a.prefix != null ? { prefix: a.prefix } : {}),
      ...(a.suffix != null ? { suffix: a.suffix } : {}),
    });
  }
  if (a.start != null && a.end != null) out.push({ type: "TextPositionSelector", start: a.start, end: a.end });
  return out;
}

export type W3CAnnotation = Record<string, unknown> & { id: string; type: "Annotation" };

function bodies(a: AnnotationExportInput): Record<string, unknown>[] {
  if (a.deleted) return [];
  const out: Record<string, unknown>[] = [];
  if (a.body.trim().length > 0) out.push({ type: "TextualBody", value: a.body, format: "text/markdown" });
  for (const tag of a.tags ?? []) out.push({ type: "TextualBody", purpose: "tagging", value: tag });
  return out;
}

/** One annotation (or reply) as a W3C Web Annotation JSON-LD object. */
export function toW3CAnnotation(a: AnnotationExportInput, options: W3COptions & { embedded?: boolean }): W3CAnnotation {
  const base = trimBase(options.baseUrl);
  const reply = Boolean(a.parentId);
  const hasComment = !a.deleted && a.body.trim().length > 0;
  const motivation = reply ? "replying" : hasComment ? "commenting" : "highlighting";
  const styleClass = !reply && a.color ? colorToStyleClass(a.color) : undefined;
  const selector = reply ? [] : selectors(a);
  const target = reply
    ? annotationIri(base, a.parentId as string)
    : selector.length || styleClass
      ? { source: a.paperUrl, ...(selector.length ? { selector } : {}), ...(styleClass ? { styleClass } : {}) }
      : a.paperUrl; // a page note: the paper itself
  const body = bodies(a);
  return {
    ...(options.embedded ? {} : { "@context": ANNO_CONTEXT }),
    id: annotationIri(base, a.id),
    type: "Annotation",
    motivation,
    created: iso(a.createdAt),
    modified: iso(a.updatedAt),
    ...(a.deleted
      ? { "as:deleted": iso(a.updatedAt) }
      : { creator: { id: `${base}/u/${encodeURIComponent(a.author.handle)}`, type: "Person", name: a.author.name, nickname: a.author.handle } }),
    ...(body.length === 1 ? { body: body[0] } : body.length > 1 ? { body } : {}),
    target,
    ...(styleClass ? { stylesheet: stylesheetFor([styleClass]) } : {}),
  };
}

export interface W3CCollectionOptions extends W3COptions {
  label: string;
  /** The collection's IRI (one that answers this collection on GET). */
  id: string;
  /** The IRI of its one page (one that answers that page on GET). */
  pageId: string;
}

/** An AnnotationCollection with every item on one embedded AnnotationPage. */
export function toW3CCollection(items: readonly AnnotationExportInput[], options: W3CCollectionOptions) {
  const base = trimBase(options.baseUrl);
  return {
    "@context": ANNO_CONTEXT,
    id: options.id,
    type: "AnnotationCollection" as const,
    label: options.label,
    total: items.length,
    first: {
      id: options.pageId,
      type: "AnnotationPage" as const,
      startIndex: 0,
      items: items.map((a) => toW3CAnnotation(a, { baseUrl: base, embedded: true })),
    },
  };
}

/** The collection's page on its own (what its `first` IRI answers). */
export function toW3CPage(collection: ReturnType<typeof toW3CCollection>) {
  return { "@context": ANNO_CONTEXT, ...collection.first, partOf: collection.id };
}
