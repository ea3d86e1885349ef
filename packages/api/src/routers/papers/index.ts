import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc.ts";
import { getPaper, paperWithText } from "../../papers/paper-view.ts";
import { runSearch, searchParamsSchema, searchResultView } from "../../papers/search.ts";

export const papersRouter = router({
  search: publicProcedure
    .input(searchParamsSchema)
    .output(searchResultView)
    .query(({ ctx, input }) => runSearch(ctx, input)),

  byId: publicProcedure
    .input(z.object({ id: z.string().min(1).max(64), fullText: z.boolean().default(true) }))
    .output(paperWithText)
    .query(async ({ ctx, input }) => {
      const paper = await getPaper(ctx.db, input.id, { fullText: input.fullText });
      if (!paper) throw new TRPCError({ code: "NOT_FOUND", message: "No paper with this id." });
      return paper;
    }),
});
