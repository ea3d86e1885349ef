import { z } from "zod";
import { protectedProcedure, router } from "../../trpc.ts";
import { Access } from "../../annotations/access.ts";
import { searchAnnotations, pageOwner } from "../../annotations/search.ts";
import { pageFacets, tagFacet } from "../../annotations/search-facets.ts";
import { exportSelection } from "../../annotations/search-export.ts";
import { facetsView, pageFilters, pageInput, pageView } from "../../annotations/search-schemas.ts";
import { tagCountView } from "../../tags/schemas.ts";

// Issue 16.3 / 16.5: the annotations page (mine, or a team's for its members), its filters, tag suggestions
// and the export of its selection. Rows are read through the annotation policy (annotations/search.ts).

const teamRef = z.object({ teamSlug: z.string().trim().toLowerCase().min(1).max(64).optional() });

export const annotationSearchRouter = router({
  /** One page of annotations (newest first) matching the filters; nextCursor fetches the next. */
  query: protectedProcedure
    .input(pageInput)
    .output(pageView)
    .query(({ ctx, input }) => searchAnnotations(ctx.db, new Access(ctx.db, ctx.user.id), input)),

  /** The filter choices: tags, papers and (on a team's page) people, with counts. */
  facets: protectedProcedure
    .input(teamRef)
    .output(facetsView)
    .query(async ({ ctx, input }) => pageFacets(ctx.db, await pageOwner(ctx.db, ctx.user.id, input.teamSlug))),

  /** Tags to suggest when tagging: the team's for a team annotation, one's own otherwise. */
  tagSuggestions: protectedProcedure
    .input(teamRef)
    .output(z.array(tagCountView))
    .query(async ({ ctx, input }) => tagFacet(ctx.db, await pageOwner(ctx.db, ctx.user.id, input.teamSlug), 100)),

  /** The selection (current filters, up to 1,000 annotations, with their threads) as Markdown or W3C JSON-LD. */
  export: protectedProcedure
    .input(pageFilters.extend({ format: z.enum(["markdown", "jsonld"]) }))
    .output(z.object({ body: z.string(), contentType: z.string(), filename: z.string(), count: z.number().int() }))
    .query(({ ctx, input }) => {
      const { format, ...filters } = input;
      return exportSelection(ctx.db, new Access(ctx.db, ctx.user.id), filters, format);
    }),
});
