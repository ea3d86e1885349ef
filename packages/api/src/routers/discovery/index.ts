import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { idSchema } from "../../policy/procedures.ts";
import { publicProcedure, router } from "../../trpc.ts";
import { categoryCount, categoryCounts, cardPage, newestPapers, pageInput, pageOfIds } from "../../discovery/browse.ts";
import { publicCounts } from "../../discovery/cards.ts";
import { dailyInput, dailyPapers, dailyView } from "../../discovery/daily.ts";
import { rankTrendingCached } from "../../discovery/trending-cache.ts";

// Public discovery: everything here is readable signed out and counts only public activity.

export const discoveryRouter = router({
  trending: publicProcedure
    .input(pageInput)
    .output(cardPage)
    .query(async ({ ctx, input }) => {
      const ranked = await rankTrendingCached(ctx.db, { limit: input.limit + 1, offset: input.offset });
      return pageOfIds(ranked.map((r) => r.id), input.limit, ctx.db);
    }),

  newest: publicProcedure.input(pageInput).output(cardPage).query(({ ctx, input }) => newestPapers(ctx.db, input)),

  daily: publicProcedure.input(dailyInput).output(dailyView).query(({ ctx, input }) => dailyPapers(ctx.db, input)),

  categories: publicProcedure.output(z.array(categoryCount)).query(({ ctx }) => categoryCounts(ctx.db)),

  /** A paper's public standing: upvotes, public annotations, PUBLIC lists holding it, and the caller's vote. */
  paperStats: publicProcedure
    .input(z.object({ paperId: idSchema }))
    .output(z.object({ upvotes: z.number().int(), upvoted: z.boolean(), publicAnnotations: z.number().int(), publicLists: z.number().int() }))
    .query(async ({ ctx, input }) => {
      const [paper, counts, mine] = await Promise.all([
        ctx.db.paper.findUnique({ where: { id: input.paperId }, select: { upvoteCount: true } }),
        publicCounts(ctx.db, [input.paperId]),
        ctx.user ? ctx.db.upvote.findUnique({ where: { userId_paperId: { userId: ctx.user.id, paperId: input.paperId } }, select: { paperId: true } }) : null,
      ]);
      if (!paper) throw new TRPCError({ code: "NOT_FOUND", message: "No paper with this id." });
      const c = counts.get(input.paperId)!;
      return { upvotes: paper.upvoteCount, upvoted: Boolean(mine), publicAnnotations: c.annotations, publicLists: c.lists };
    }),
});
