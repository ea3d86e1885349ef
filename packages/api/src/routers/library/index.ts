import { z } from "zod";
import { idSchema, listProcedure } from "../../policy/procedures.ts";
import { protectedProcedure, router } from "../../trpc.ts";
import { exportFormatSchema, exportView } from "../../lists/export.ts";
import { addPapersToList, exportPapers, libraryCitables } from "../../library/bulk.ts";
import { citeCitables, citeView } from "../../cite/cite.ts";
import { resolveStyle, styleKeySchema } from "../../cite/styles.ts";
import { matchingRows, queryLibrary } from "../../library/query.ts";
import { libraryFilters, libraryInput, libraryView } from "../../library/schemas.ts";

// Issue 15.4: my library — everything I saved, annotated, uploaded, imported or tagged; searchable over title,
// abstract, my notes and my annotations; facets; bulk actions. Always the caller's own: no user id is an input.

export const libraryRouter = router({
  entries: protectedProcedure
    .input(libraryInput)
    .output(libraryView)
    .query(({ ctx, input }) => queryLibrary(ctx.db, ctx.user.id, input)),

  /** The selected papers (or, without `paperIds`, every entry matching the filters) as BibTeX / RIS / CSL-JSON / Markdown. */
  export: protectedProcedure
    .input(libraryFilters.extend({ format: exportFormatSchema, paperIds: z.array(idSchema).max(10_000).optional() }))
    .output(exportView)
    .query(async ({ ctx, input }) => {
      const ids = input.paperIds ?? (await matchingRows(ctx.db, ctx.user.id, input)).rows.map((r) => r.paper.id);
      return exportPapers(ctx.db, ctx.user.id, ids, input.format);
    }),

  /** The selected papers as a bibliography in a CSL style (the styles cite.styles offers me). */
  cite: protectedProcedure
    .input(z.object({ paperIds: z.array(idSchema).min(1).max(1000), style: styleKeySchema }))
    .output(citeView)
    .query(async ({ ctx, input }) => {
      const style = await resolveStyle(ctx.db, input.style, { userId: ctx.user.id });
      return citeCitables(await libraryCitables(ctx.db, ctx.user.id, input.paperIds), style);
    }),

  /** Bulk "add to list": needs item.add on that list. */
  addToList: listProcedure("item.add")
    .input(z.object({ paperIds: z.array(idSchema).min(1).max(1000) }))
    .output(z.object({ added: z.number().int() }))
    .mutation(({ ctx, input }) => addPapersToList(ctx.db, ctx.list.list, ctx.user!.id, input.paperIds)),
});
