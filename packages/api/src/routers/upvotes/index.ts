import { z } from "zod";
import { idSchema } from "../../policy/procedures.ts";
import { protectedProcedure, publicProcedure, router } from "../../trpc.ts";
import { setUpvote, upvotedAmong, upvoteState } from "../../upvotes/upvote.ts";

export const upvotesRouter = router({
  /** Upvote (`upvoted: true`) or undo; idempotent, answers the paper's new count. */
  set: protectedProcedure
    .input(z.object({ paperId: idSchema, upvoted: z.boolean() }))
    .output(upvoteState)
    .mutation(({ ctx, input }) => setUpvote(ctx.db, ctx.user.id, input.paperId, input.upvoted)),

  /** Which of these papers the caller has upvoted (none when signed out). */
  mine: publicProcedure
    .input(z.object({ paperIds: z.array(idSchema).max(100) }))
    .output(z.array(z.string()))
    .query(({ ctx, input }) => (ctx.user ? upvotedAmong(ctx.db, ctx.user.id, input.paperIds) : [])),
});
