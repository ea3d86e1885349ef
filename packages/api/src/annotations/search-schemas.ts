import { z } from "zod";
import { tagNameSchema } from "../tags/schemas.ts";
import { annotationView, idRef } from "./schemas.ts";

// Issue 16.3: the annotations page (mine, or a team's) — its filters, one page of results, and its facets.

/** PRIVATE / TEAM / PUBLIC outside any list, or LIST: written on a reading list (any visibility). */
export const pageScopeSchema = z.enum(["PRIVATE", "TEAM", "PUBLIC", "LIST"]);
export type PageScope = z.infer<typeof pageScopeSchema>;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

export const pageFilters = z.object({
  /** The team's page; absent: the caller's own annotations. */
  teamSlug: z.string().trim().toLowerCase().min(1).max(64).optional(),
  /** Full-text over quote and body (web-search syntax: words, "phrases", -exclusions, or). */
  q: z.string().trim().max(200).optional(),
  paperId: idRef.optional(),
  tag: tagNameSchema.optional(),
  /** Written by this handle (the team page). */
  author: z.string().trim().toLowerCase().min(1).max(64).optional(),
  scope: pageScopeSchema.optional(),
  /** Created on or after this day (UTC). */
  from: day.optional(),
  /** Created on or before this day (UTC). */
  to: day.optional(),
});
export type PageFilters = z.infer<typeof pageFilters>;

export const pageInput = pageFilters.extend({
  cursor: z.string().max(120).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type PageInput = z.infer<typeof pageInput>;

export const pageItemView = annotationView.extend({
  paper: z.object({ id: z.string(), title: z.string() }),
  list: z.object({ id: z.string(), title: z.string() }).nullable(),
});
export const pageView = z.object({ items: z.array(pageItemView), nextCursor: z.string().nullable() });

const count = z.number().int();
export const facetsView = z.object({
  tags: z.array(z.object({ tag: z.string(), count })),
  papers: z.array(z.object({ id: z.string(), title: z.string(), count })),
  people: z.array(z.object({ handle: z.string(), name: z.string(), count })),
});
export type Facets = z.infer<typeof facetsView>;
