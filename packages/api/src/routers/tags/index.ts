import { z } from "zod";
import { idSchema, listProcedure } from "../../policy/procedures.ts";
import { protectedProcedure, router } from "../../trpc.ts";
import { applyTags, deleteTag, myTags, renameTag, setPaperTags, tagsOfPapers } from "../../tags/personal.ts";
import { paperTagsView, tagCountView, tagNameSchema, tagSetSchema } from "../../tags/schemas.ts";
import { setAnnotationTags, tagsInList } from "../../tags/team.ts";

// Issue 15.3. Personal tags on papers are the caller's own (every query keyed by their id). Team tags on list
// items are written through lists.updateItem (`item.tag`); on annotations here (the annotation policy's "tag").

const changed = z.object({ papers: z.number().int() });

export const tagsRouter = router({
  /** Every tag I use, with how many papers carry it. */
  mine: protectedProcedure
    .input(z.object({}).default({}))
    .output(z.array(tagCountView))
    .query(({ ctx }) => myTags(ctx.db, ctx.user.id)),

  /** My tags on each of these papers. */
  forPapers: protectedProcedure
    .input(z.object({ paperIds: z.array(idSchema).max(500) }))
    .output(z.array(paperTagsView))
    .query(({ ctx, input }) => tagsOfPapers(ctx.db, ctx.user.id, input.paperIds)),

  /** Replaces my tags on one paper. */
  setForPaper: protectedProcedure
    .input(z.object({ paperId: idSchema, tags: tagSetSchema }))
    .output(paperTagsView)
    .mutation(({ ctx, input }) => setPaperTags(ctx.db, ctx.user.id, input.paperId, input.tags)),

  /** Bulk (the library's selection): add and remove my tags on many papers at once. */
  bulk: protectedProcedure
    .input(z.object({ paperIds: z.array(idSchema).min(1).max(1000), add: tagSetSchema.default([]), remove: z.array(tagNameSchema).max(100).default([]) }))
    .output(changed)
    .mutation(({ ctx, input }) => applyTags(ctx.db, ctx.user.id, input.paperIds, input.add, input.remove)),

  /** Renames one of my tags on every paper (merging into an existing one). */
  rename: protectedProcedure
    .input(z.object({ from: tagNameSchema, to: tagNameSchema }))
    .output(changed)
    .mutation(({ ctx, input }) => renameTag(ctx.db, ctx.user.id, input.from, input.to)),

  /** Removes one of my tags from every paper. */
  remove: protectedProcedure
    .input(z.object({ tag: tagNameSchema }))
    .output(changed)
    .mutation(({ ctx, input }) => deleteTag(ctx.db, ctx.user.id, input.tag)),

  /** Team tags on an annotation: its author, or an editor of its team or list. */
  setForAnnotation: protectedProcedure
    .input(z.object({ annotationId: idSchema, tags: tagSetSchema }))
    .output(z.object({ id: z.string(), tags: z.array(z.string()) }))
    .mutation(({ ctx, input }) => setAnnotationTags(ctx.db, ctx.user.id, input.annotationId, input.tags)),

  /** The team tags used on a list's items, with counts (the list's tag filter). */
  inList: listProcedure("list.read")
    .output(z.array(tagCountView))
    .query(({ ctx }) => tagsInList(ctx.db, ctx.list.list.id)),
});
