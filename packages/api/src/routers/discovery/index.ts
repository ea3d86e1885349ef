import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { idSchema } from "../../policy/procedures.ts";
import { publicProcedure, router } from "../../trpc.ts";
import { MIN_ACTIVE_PAPERS, rankStoredTrending, storedActiveCount, storedCategoryCounts } from "@commonplace/catalogue";
import { categoryCount, cardPage, newestPapers, pageInput, pageOfIds } from "../../discovery/browse.ts";
import { dailyInput, dailyPapers, dailyView } from "../../discovery/daily.ts";
import { ensureDiscoveryFresh } from "../../discovery/trending.ts";
import { cachedPaperStats } from "../../public-cache/reads.ts";

const trendingPage = cardPage.extend({
  /** "activity": ranked by the trending score; "newest": too little activity to rank, so the newest papers. */
  basis: z.enum(["activity", "newest"]),
  /** Papers with upvotes or public activity in the trending window, counted up to 1,000. */
  activePapers: z.number().int(),
});

// Public discovery: everything here is readable signed out and counts only public activity.

export const discoveryRouter = router({
  /** Trending papers; with fewer than MIN_ACTIVE_PAPERS active papers, the newest instead, and it says so. */
  trending: publicProcedure
    .input(pageInput)
    .output(trendingPage)
    .query(async ({ ctx, input }) => {
      await ensureDiscoveryFresh(ctx.db);
      const activePapers = await storedActiveCount(ctx.db);
      if (activePapers < MIN_ACTIVE_PAPERS) return { ...(await newestPapers(ctx.db, input)), basis: "newest" as const, activePapers };
      const ranked = await rankStoredTrending(ctx.db, { limit: input.limit + 1, offset: input.offset });
      return {
        ...(await pageOfIds(
          ranked.map((r) => r.id),
          input.limit,
          ctx.db,
        )),
        basis: "activity" as const,
        activePapers,
      };
    }),

  newest: publicProcedure
    .input(pageInput)
    .output(cardPage)
    .query(({ ctx, input }) => newestPapers(ctx.db, input)),

  daily: publicProcedure
    .input(dailyInput)
    .output(dailyView)
    .query(({ ctx, input }) => dailyPapers(ctx.db, input)),

  /** Every category with its number of papers, most papers first (counted by the worker, at most a minute old). */
  categories: publicProcedure.output(z.array(categoryCount)).query(async ({ ctx }) => {
    await ensureDiscoveryFresh(ctx.db);
    return storedCategoryCounts(ctx.db);
  }),

  /** A paper's public standing: upvotes, public annotations, PUBLIC lists holding it, and the caller's vote. */
  paperStats: publicProcedure
    .input(z.object({ paperId: idSchema }))
    .output(z.object({ upvotes: z.number().int(), upvoted: z.boolean(), publicAnnotations: z.number().int(), publicLists: z.number().int() }))
    .query(async ({ ctx, input }) => {
      // The public part from the public cache; the caller's own vote is never in it.
      const [stats, mine] = await Promise.all([
        cachedPaperStats(ctx.db, input.paperId),
        ctx.user ? ctx.db.upvote.findUnique({ where: { userId_paperId: { userId: ctx.user.id, paperId: input.paperId } }, select: { paperId: true } }) : null,
      ]);
      if (!stats) throw new TRPCError({ code: "NOT_FOUND", message: "No paper with this id." });
      return { ...stats, upvoted: Boolean(mine) };
    }),
});
