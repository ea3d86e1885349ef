import { z } from "zod";
import { publicProcedure, router } from "../../trpc.ts";
import { Access } from "../../annotations/access.ts";
import { linkPreview, resolveLink } from "../../annotations/links.ts";
import { idRef } from "../../annotations/schemas.ts";

// annotationLinks.* — what /papers/<paperId>?annotation=<id> opens (issue 16.2). Both answer through the
// annotation policy; an id the viewer may not see answers exactly like one that does not exist.

const linkInput = z.object({ paperId: idRef, id: idRef });

export const annotationLinksRouter = router({
  /** The thread (and reply) the link points at, for this viewer; "unavailable" tells nothing more. */
  resolve: publicProcedure
    .input(linkInput)
    .output(
      z.discriminatedUnion("status", [
        z.object({
          status: z.literal("found"),
          threadId: z.string(),
          replyId: z.string().nullable(),
          anchorStatus: z.enum(["ANCHORED", "LOW_CONFIDENCE", "ORPHANED"]),
        }),
        z.object({ status: z.literal("unavailable") }),
      ]),
    )
    .query(({ ctx, input }) => resolveLink(ctx.db, new Access(ctx.db, ctx.user?.id ?? null), input.paperId, input.id)),

  /** The link's unfurl (OpenGraph), decided as an anonymous viewer whoever asks: null unless anyone may read it. */
  preview: publicProcedure
    .input(linkInput)
    .output(
      z.object({ paperTitle: z.string(), quote: z.string().nullable(), author: z.string(), excerpt: z.string().nullable(), isReply: z.boolean() }).nullable(),
    )
    .query(({ ctx, input }) => linkPreview(ctx.db, input.paperId, input.id)),
});
