// Shapes shared by the W3C Web Annotation exporter, importer and the Markdown export.

export interface W3CTextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface W3CTextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export type W3CSelector = W3CTextQuoteSelector | W3CTextPositionSelector;

/** One stored annotation or reply, as the exporters need it. Dates as Date or ISO strings. */
export interface AnnotationExportInput {
  id: string;
  paperId: string;
  /** The paper's public URL (the annotation target's `source`). */
  paperUrl: string;
  quote?: string | null;
  prefix?: string | null;
  suffix?: string | null;
  start?: number | null;
  end?: number | null;
  /** Markdown; "" for a bare highlight. */
  body: string;
  color?: string | null;
  author: { name: string; handle: string };
  createdAt: Date | string;
  updatedAt: Date | string;
  /** Set on replies: the annotation replied to. */
  parentId?: string | null;
  /** Team tags, exported as TextualBody items with purpose "tagging". */
  tags?: readonly string[];
  /** Deleted but still answered: exported as a tombstone (no body, no creator) so its replies keep their parent. */
  deleted?: boolean;
}

export type W3CMotivation = "commenting" | "highlighting" | "replying" | (string & {});

/** What the importer extracts from one W3C annotation. */
export interface ParsedW3CAnnotation {
  /** The annotation's own IRI, when it has one. */
  id?: string;
  target: {
    /** The annotated document's IRI — or, for replies, the parent annotation's IRI. */
    source?: string;
    /** Only TextQuoteSelector / TextPositionSelector are kept; [] for a whole-document note or a reply. */
    selector: W3CSelector[];
  };
  /** Markdown (text/plain passes through; text/html is reduced to its text). "" when bodiless. */
  body: string;
  motivation: W3CMotivation;
  color?: string;
  /** ISO 8601. */
  created?: string;
  modified?: string;
  creator?: { name?: string; nickname?: string };
  /** Bodies with purpose "tagging", in order. */
  tags: string[];
  /** ISO 8601, set on a tombstone (`as:deleted`): the annotation was deleted but has replies. */
  deleted?: string;
}

export type W3CParseOutcome = { ok: true; annotation: ParsedW3CAnnotation; ref: string } | { ok: false; error: string; ref: string };
