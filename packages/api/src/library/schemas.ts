import { z } from "zod";
import { idSchema } from "../policy/procedures.ts";
import { readingStatusSchema } from "../lists/views.ts";
import { tagNameSchema } from "../tags/schemas.ts";

export const LIBRARY_KINDS = ["saved", "annotated", "uploaded", "imported", "tagged"] as const;
export const libraryKindSchema = z.enum(LIBRARY_KINDS);

/** What narrows the library: the same filters for the page, the bulk export and the selection "all matching". */
export const libraryFilters = z.object({
  q: z.string().max(500).default(""),
  listId: idSchema.optional(),
  tag: tagNameSchema.optional(),
  status: readingStatusSchema.optional(),
  year: z.number().int().min(0).max(9999).optional(),
  venue: z.string().trim().min(1).max(300).optional(),
  kind: libraryKindSchema.optional(),
});
export type LibraryFilters = z.output<typeof libraryFilters>;

export const libraryInput = libraryFilters.extend({
  sort: z.enum(["relevance", "recent", "year", "title"]).default("relevance"),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(10_000).default(0),
});

const count = z.object({ value: z.string(), label: z.string(), count: z.number().int() });

export const libraryEntryView = z.object({
  paper: z.object({
    id: z.string(),
    title: z.string(),
    authors: z.array(z.string()),
    authorCount: z.number().int(),
    year: z.number().int().nullable(),
    venue: z.string().nullable(),
  }),
  kinds: z.array(libraryKindSchema),
  lists: z.array(z.object({ id: z.string(), title: z.string(), itemId: z.string(), status: readingStatusSchema })),
  tags: z.array(z.string()),
  annotationCount: z.number().int(),
  matchedIn: z.array(z.enum(["title", "authors", "tag", "note", "annotation", "abstract"])),
  snippet: z.string().nullable(),
  touchedAt: z.date(),
});
export type LibraryEntryView = z.infer<typeof libraryEntryView>;

export const libraryView = z.object({
  entries: z.array(libraryEntryView),
  total: z.number().int(),
  /** Every entry in the library, before filters. */
  size: z.number().int(),
  /** Each facet counted with every other filter applied (so its own values stay choosable). */
  facets: z.object({ list: z.array(count), tag: z.array(count), status: z.array(count), year: z.array(count), venue: z.array(count), kind: z.array(count) }),
  /** Ids of every matching entry (up to the library's size), for "select all matching". */
  matchingIds: z.array(z.string()),
  tookMs: z.number(),
});
export type LibraryView = z.infer<typeof libraryView>;
