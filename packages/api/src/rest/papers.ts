import { z } from "zod";
import { FACET_NAMES } from "@commonplace/search";
import { defineRoute } from "./route.ts";
import { notFound } from "./errors.ts";
import { getPaper, paperView } from "../papers/paper-view.ts";
import { runSearch, searchResultView } from "../papers/search.ts";
import { relatedPapers } from "../papers/related/related.ts";
import { RELATED_DEFAULT, RELATED_MAX, relatedView } from "../papers/related/schemas.ts";
import { search } from "../lib/services.ts";

const many = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const searchQuery = z.object({
  q: z.string().max(20_000).default("").describe("Keywords, a sentence, a question or a pasted abstract"),
  limit: int(1, 100).default(20),
  offset: int(0, 1000).default(0),
  yearFrom: int(0, 9999).optional(),
  yearTo: int(0, 9999).optional(),
  category: many
    .pipe(z.array(z.string().min(1).max(200)).max(50, "At most 50 categories."))
    .optional()
    .describe("Repeat for any of several categories (at most 50)"),
  author: many
    .pipe(z.array(z.string().min(1).max(300)).max(50, "At most 50 authors."))
    .optional()
    .describe("Repeat for any of several authors (at most 50)"),
  source: z.string().max(100).optional(),
  sort: z.enum(["relevance", "newest", "upvotes"]).default("relevance"),
  facet: z
    .union([z.enum(FACET_NAMES), z.array(z.enum(FACET_NAMES))])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional()
    .describe("Facet counts to compute (repeat for several: year, categories, authors, source). None by default: `facets` then holds empty objects"),
});

export const paperRoutes = [
  defineRoute({
    method: "GET",
    path: "/papers/search",
    auth: "public",
    rateLimited: true,
    summary: "Search papers (typo-tolerant keywords or long natural-language queries)",
    tag: "papers",
    query: searchQuery,
    response: searchResultView,
    handle: ({ ctx, query }) =>
      runSearch(ctx, {
        q: query.q,
        limit: query.limit,
        offset: query.offset,
        sort: query.sort,
        facets: query.facet ?? [],
        filters: { yearFrom: query.yearFrom, yearTo: query.yearTo, categories: query.category, authors: query.author, source: query.source },
      }),
  }),
  defineRoute({
    method: "GET",
    path: "/papers/{id}",
    auth: "public",
    summary: "One paper with its metadata, identifiers and links",
    tag: "papers",
    query: z.object({ fullText: z.stringbool().default(false) }),
    response: paperView.extend({ fullText: z.string().nullable().optional() }),
    handle: async ({ ctx, params, query }) => {
      const paper = await getPaper(ctx.db, params.id!, { fullText: query.fullText });
      if (!paper) throw notFound("paper with this id");
      return query.fullText ? paper : { ...paper, fullText: undefined };
    },
  }),
  defineRoute({
    method: "GET",
    path: "/papers/{id}/related",
    auth: "public",
    summary: "Similar papers from the library (from the paper's title and abstract; never itself or its other versions)",
    tag: "papers",
    query: z.object({ limit: int(1, RELATED_MAX).default(RELATED_DEFAULT) }),
    response: relatedView,
    errors: { 503: "The search service is not answering and no earlier list of this paper is cached" },
    handle: ({ ctx, params, query }) => relatedPapers(ctx.db, search(), params.id!, query.limit),
  }),
];
