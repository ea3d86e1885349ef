import { z } from "zod";
import { protectedProcedure, router } from "../../trpc.ts";
import { followTeam, followUser, unfollowTeam, unfollowUser } from "../../follows/follows.ts";
import { followingFeed } from "../../follows/feed.ts";
import { publicPersonView } from "../../profiles/views.ts";

const handleInput = z.object({ handle: z.string().trim().toLowerCase().min(1).max(64) });
const slugInput = z.object({ slug: z.string().trim().toLowerCase().min(1).max(64) });
const result = z.object({ following: z.boolean(), followers: z.number().int() });

const entryView = z.object({
  id: z.string(),
  verb: z.string(),
  actor: publicPersonView,
  team: z.object({ slug: z.string(), name: z.string() }).nullable(),
  list: z.object({ id: z.string(), title: z.string() }).nullable(),
  paper: z.object({ id: z.string(), title: z.string() }).nullable(),
  annotation: z.object({ id: z.string(), quote: z.string().nullable(), bodyHtml: z.string() }).nullable(),
  detail: z.object({ to: z.string().nullable(), count: z.number().nullable(), note: z.string().nullable() }),
  createdAt: z.date(),
});

export const followsRouter = router({
  followUser: protectedProcedure
    .input(handleInput)
    .output(result)
    .mutation(async ({ ctx, input }) => ({ following: true, ...(await followUser(ctx.db, ctx.user.id, input.handle)) })),
  unfollowUser: protectedProcedure
    .input(handleInput)
    .output(result)
    .mutation(async ({ ctx, input }) => ({ following: false, ...(await unfollowUser(ctx.db, ctx.user.id, input.handle)) })),
  followTeam: protectedProcedure
    .input(slugInput)
    .output(result)
    .mutation(async ({ ctx, input }) => ({ following: true, ...(await followTeam(ctx.db, ctx.user.id, input.slug)) })),
  unfollowTeam: protectedProcedure
    .input(slugInput)
    .output(result)
    .mutation(async ({ ctx, input }) => ({ following: false, ...(await unfollowTeam(ctx.db, ctx.user.id, input.slug)) })),

  /** Public activity of the people and public teams the caller follows, newest first. */
  feed: protectedProcedure
    .input(z.object({ cursor: z.string().regex(/^\d+$/).optional(), limit: z.number().int().min(1).max(50).default(20) }))
    .output(z.object({ entries: z.array(entryView), nextCursor: z.string().nullable(), followsAnyone: z.boolean() }))
    .query(({ ctx, input }) => followingFeed(ctx.db, ctx.user.id, input)),
});
