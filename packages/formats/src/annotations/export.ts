// Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) JSON-LD export.
// IRIs: an annotation is `${baseUrl}/api/v1/annotations/{id}` (its REST resource), a person
// `${baseUrl}/u/{handle}`. A highlight colour travels as the target's `styleClass` ("cp-color-…").
import type { AnnotationExportInput, W3CSelector } from "./types.ts";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const COLOR_CLASS_PREFIX = "cp-color-";

export interface W3COptions {
  /** Origin the IRIs are built on, e.g. "https://commonplace.example" (a trailing "/" is ignored). */
  baseUrl: string;
}

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

export function annotationIri(baseUrl: string, id: string): string {
  return `${trimBase(baseUrl)}/api/v1/annotations/${encodeURIComponent(id)}`;
}

function iso(d: Date | string): string {
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? String(d) : date.toISOString();
}

/** "yellow" → "cp-color-yellow", "#FDE047" → "cp-color-hex-fde047"; anything else is not exported. */
export function colorToStyleClass(color: string): string | undefined {
  const c = color.trim().toLowerCase();
  if (/^#[0-9a-f]{3,8}$/.test(c)) return `${COLOR_CLASS_PREFIX}hex-${c.slice(1)}`;
  if (/^[a-z][a-z0-9-]{0,31}$/.test(c)) return COLOR_CLASS_PREFIX + c;
  return undefined;
}

export function styleClassToColor(styleClass: string): string | undefined {
  if (!styleClass.startsWith(COLOR_CLASS_PREFIX)) return undefined;
  const rest = styleClass.slice(COLOR_CLASS_PREFIX.length);
  const hex = /^hex-([0-9a-f]{3,8})$/.exec(rest);
  if (hex) return `#${hex[1]}`;
  return /^[a-z][a-z0-9-]{0,31}$/.test(rest) ? rest : undefined;
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

/** One annotation (or reply) as a W3C Web Annotation JSON-LD object. */
export function toW3CAnnotation(a: AnnotationExportInput, options: W3COptions & { embedded?: boolean }): W3CAnnotation {
  const base = trimBase(options.baseUrl);
  const reply = Boolean(a.parentId);
  const hasBody = a.body.trim().length > 0;
  const motivation = reply ? "replying" : hasBody ? "commenting" : "highlighting";
  let target: unknown;
  if (reply) {
    target = annotationIri(base, a.parentId as string);
  } else {
    const styleClass = a.color ? colorToStyleClass(a.color) : undefined;
    const selector = selectors(a);
    target = {
      source: a.paperUrl,
      ...(selector.length ? { selector } : {}),
      ...(styleClass ? { styleClass } : {}),
    };
  }
  return {
    ...(options.embedded ? {} : { "@context": ANNO_CONTEXT }),
    id: annotationIri(base, a.id),
    type: "Annotation",
    motivation,
    created: iso(a.createdAt),
    modified: iso(a.updatedAt),
    creator: {
      id: `${base}/u/${encodeURIComponent(a.author.handle)}`,
      type: "Person",
      name: a.author.name,
      nickname: a.author.handle,
    },
    ...(hasBody ? { body: { type: "TextualBody", value: a.body, format: "text/markdown" } } : {}),
    target,
  };
}

export interface W3CCollectionOptions extends W3COptions {
  label: string;
  /** The collection's IRI; defaults to the paper's annotations resource when all items share a paper. */
  id?: string;
}

/** An AnnotationCollection with every item on one embedded AnnotationPage. */
export function toW3CCollection(items: readonly AnnotationExportInput[], options: W3CCollectionOptions) {
  const base = trimBase(options.baseUrl);
  const papers = new Set(items.map((i) => i.paperId));
  const [onlyPaper] = papers;
  const id =
    options.id ??
    (papers.size === 1 && onlyPaper !== undefined ? `${base}/api/v1/papers/${encodeURIComponent(onlyPaper)}/annotations` : `${base}/api/v1/annotations`);
  return {
    "@context": ANNO_CONTEXT,
    id,
    type: "AnnotationCollection" as const,
    label: options.label,
    total: items.length,
    first: {
      id: `${id}${id.includes("?") ? "&" : "?"}page=0`,
      type: "AnnotationPage" as const,
      startIndex: 0,
      items: items.map((a) => toW3CAnnotation(a, { baseUrl: base, embedded: true })),
    },
  };
}
