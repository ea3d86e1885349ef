import { z } from "zod";
import { defineRoute, TextBody } from "./route.ts";
import { callerFor } from "./caller.ts";
import { collectionOrPage, pageParam } from "./jsonld-page.ts";
import { pageFilters, pageView } from "../annotations/search-schemas.ts";

// REST v1 for the annotations page (issue 16.3/16.5): the same tRPC procedures, so the same policy. Its
// ?format=jsonld address is the id of the JSON-LD collection the page's export produces.

const query = pageFilters.extend({
  format: z.enum(["json", "jsonld", "markdown"]).default("json").describe("json (one page), jsonld (W3C collection of the selection) or markdown"),
  cursor: z.string().max(120).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  page: pageParam,
});

export const annotationSearchRoutes = [
  defineRoute({
    method: "GET",
    path: "/annotations",
    auth: "read",
    summary: "Your annotations (or, with teamSlug, a team's you belong to) across papers: full-text q, filters by paper, tag, author, scope, dates",
    tag: "annotations",
    query,
    response: pageView,
    alternates: ["application/ld+json", "text/markdown"],
    handle: async ({ ctx, query: q }) => {
      const { format, cursor, limit, page, ...filters } = q;
      const caller = callerFor(ctx);
      if (format === "json") return caller.annotationSearch.query({ ...filters, limit, ...(cursor ? { cursor } : {}) });
      const out = await caller.annotationSearch.export({ ...filters, format });
      return new TextBody(format === "jsonld" ? collectionOrPage(out.body, page) : out.body, out.contentType, out.filename);
    },
  }),
];
