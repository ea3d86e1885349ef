import { z } from "zod";

// Shapes of annotations in and out (tRPC and REST v1 share these). Offsets are JavaScript string indices
// into the paper's annotatable text (annotations.document), end exclusive.

export const ANNOTATION_COLORS = ["yellow", "green", "blue", "pink", "purple"] as const;
export const colorSchema = z.enum(ANNOTATION_COLORS);
export const annotationVisibilitySchema = z.enum(["PRIVATE", "TEAM", "PUBLIC"]);
export const anchorStatusSchema = z.enum(["ANCHORED", "LOW_CONFIDENCE", "ORPHANED"]);
export const idRef = z.string().trim().min(1).max(64);
export const MAX_BODY = 20_000;
/** Markdown, stored raw; a highlight may have no comment. */
export const bodySchema = z.string().max(MAX_BODY, `at most ${MAX_BODY} characters`);
export const replyBodySchema = bodySchema.refine((b) => b.trim().length > 0, "a reply needs some text");

export const quoteSelectorSchema = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1).max(100_000),
  prefix: z.string().max(1_000).optional(),
  suffix: z.string().max(1_000).optional(),
});
export const positionSelectorSchema = z.object({ type: z.literal("TextPositionSelector"), start: z.number().int().min(0), end: z.number().int().min(0) });
export const selectorSchema = z.discriminatedUnion("type", [quoteSelectorSchema, positionSelectorSchema]);
export type SelectorInput = z.infer<typeof selectorSchema>;

/** Where the highlight is: W3C selectors (re-anchored server-side), or a range on the current text with an optional quote check. */
export const targetSchema = z.union([
  z.object({ selector: z.array(selectorSchema).min(1).max(4) }),
  z.object({ start: z.number().int().min(0), end: z.number().int().min(1), exact: z.string().max(100_000).optional() }),
]);
export type TargetInput = z.infer<typeof targetSchema>;

/** The scope of a new thread. TEAM needs teamSlug (a team you belong to); listId puts it on a reading list. */
export const scopeInput = z.object({
  visibility: annotationVisibilitySchema.default("PRIVATE"),
  teamSlug: z.string().trim().toLowerCase().min(1).max(64).optional(),
  listId: idRef.optional(),
});

export const createInput = scopeInput.extend({
  paperId: idRef,
  /** Omitted for a page note: a comment on the whole paper (it then needs a body). */
  target: targetSchema.optional(),
  body: bodySchema.default(""),
  color: colorSchema.default("yellow"),
});
export type CreateInput = z.infer<typeof createInput>;

const person = z.object({ id: z.string(), handle: z.string(), name: z.string() });

export const annotationView = z.object({
  id: z.string(),
  paperId: z.string(),
  /** null on a thread's root; replies point at their root and at the annotation they answer. */
  rootId: z.string().nullable(),
  parentId: z.string().nullable(),
  /** null once deleted. */
  author: person.nullable(),
  visibility: annotationVisibilitySchema,
  team: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
  listId: z.string().nullable(),
  color: colorSchema.nullable(),
  /** A thread on the whole paper (no passage: quote, range and colour are null). */
  pageNote: z.boolean(),
  quote: z.string().nullable(),
  prefix: z.string().nullable(),
  suffix: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  /** Markdown as written ("[deleted]" once deleted). */
  body: z.string(),
  /** Sanitized HTML of body, safe to inject. */
  bodyHtml: z.string(),
  deleted: z.boolean(),
  resolved: z.boolean(),
  /** Team tags (issue 15.3): seen by whoever may read the annotation. */
  tags: z.array(z.string()),
  anchorStatus: anchorStatusSchema,
  anchorConfidence: z.number().nullable(),
  textVersion: z.number().int(),
  editedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  /** What the caller may do with it (the UI shows or hides controls). */
  can: z.object({ edit: z.boolean(), delete: z.boolean(), reply: z.boolean(), resolve: z.boolean(), tag: z.boolean() }),
});
export type AnnotationView = z.infer<typeof annotationView>;

export const threadView = annotationView.extend({ replies: z.array(annotationView), replyCount: z.number().int() });
export type ThreadView = z.infer<typeof threadView>;

export const listInput = z
  .object({
    paperId: idRef.optional(),
    listId: idRef.optional(),
    shareToken: z.string().trim().min(1).max(200).optional(),
    /** Threads started by this person (handle). */
    author: z.string().trim().toLowerCase().min(1).max(64).optional(),
    teamSlug: z.string().trim().toLowerCase().min(1).max(64).optional(),
    visibility: annotationVisibilitySchema.optional(),
    resolved: z.boolean().optional(),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .refine((i) => i.paperId || i.listId, { message: "paperId or listId is required", path: ["paperId"] });

export const documentView = z.object({
  paperId: z.string(),
  /** The text annotation offsets refer to: the full text when known, else the abstract. */
  text: z.string(),
  source: z.enum(["fullText", "abstract", "none"]),
  version: z.number().int(),
  /** The PDF this full text was extracted from, when the server keeps it (the reader's PDF view). */
  pdf: z.object({ url: z.string(), size: z.number().int() }).nullable(),
  /** A PDF of this paper the viewer uploaded (or their team shares) that is not the paper's canonical text: theirs to open. */
  ownPdf: z.object({ url: z.string(), fileName: z.string(), visibility: z.enum(["PRIVATE", "TEAM", "PUBLIC"]) }).nullable(),
});
