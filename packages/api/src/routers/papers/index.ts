import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc.ts";
import { paperWithText } from "../../papers/paper-view.ts";
import { cachedPaper, cachedRelated } from "../../public-cache/reads.ts";
import { runSearch, searchParamsSchema, searchResultView } from "../../papers/search.ts";
import { relatedInput, relatedView } from "../../papers/related/schemas.ts";
import { search } from "../../lib/services.ts";
import { paperIdsTagged } from "../../tags/personal.ts";
import { tagNameSchema } from "../../tags/schemas.ts";

export const papersRouter = router({
  /** With `tag` (signed in): only papers carrying that tag of mine (issue 15.3). */
  search: publicProcedure
    .input(searchParamsSchema.extend({ tag: tagNameSchema.optional() }))
    .output(searchResultView)
    .query(async ({ ctx, input }) => {
      const { tag, ...params } = input;
      if (!tag) return runSearch(ctx, params);
      if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to search by your tags." });
      return runSearch(ctx, params, { onlyIds: await paperIdsTagged(ctx.db, ctx.user.id, tag) });
    }),

  byId: publicProcedure
    .input(z.object({ id: z.string().min(1).max(64), fullText: z.boolean().default(true) }))
    .output(paperWithText)
    .query(async ({ ctx, input }) => {
      const paper = await cachedPaper(ctx.db, input.id, input.fullText);
      if (!paper) throw new TRPCError({ code: "NOT_FOUND", message: "No paper with this id." });
      return paper;
    }),

  /** Similar papers from the library (issue 16.6): public, cached per paper; 503 (search) when none can be found or shown. */
  related: publicProcedure
    .input(relatedInput)
    .output(relatedView)
    .query(({ ctx, input }) => cachedRelated(ctx.db, search(), input.paperId, input.limit)),
});
