import { z } from "zod";
import { protectedProcedure, publicProcedure, router } from "../../trpc.ts";
import { idSchema, listProcedure } from "../../policy/procedures.ts";
import { authorizeTeam } from "../../policy/middleware.ts";
import { loadList } from "../../policy/scope.ts";
import { decideList } from "../../policy/can.ts";
import { takeRequest } from "../../security/rate-limits.ts";
import { AppError } from "../../errors/index.ts";
import { exportFormatSchema, exportView, serializeCitables } from "../../lists/export.ts";
import { availableStyles, resolveStyle, styleKeySchema, styleSummary } from "../../cite/styles.ts";
import { citeCitables, citeView, listCitablesFor, paperCitable } from "../../cite/cite.ts";
import { addStyle, cslUploadSchema, findStyle } from "../../cite/custom-styles.ts";

const ok = z.object({ ok: z.literal(true) });

export const citeRouter = router({
  /** The styles the caller may cite in: built-in, their own, their teams' and (with listId) the list's team's. */
  styles: publicProcedure
    .input(z.object({ listId: idSchema.optional(), shareToken: z.string().trim().min(1).max(200).optional() }).default({}))
    .output(z.object({ styles: z.array(styleSummary) }))
    .query(async ({ ctx, input }) => {
      const userId = ctx.user?.id ?? null;
      // The list's team styles only when the caller may read the list (the policy's own decision).
      const scope = input.listId ? await loadList(ctx.db, input.listId, userId, input.shareToken) : null;
      const readable = scope && decideList("list.export", scope.list, userId, scope.teamRole, input.shareToken) === "allow";
      return { styles: await availableStyles(ctx.db, { userId, listTeamId: readable ? scope.list.teamId : null }) };
    }),

  /** A list (or some of its items, in list order) as a bibliography and an in-text citation in a style. */
  list: listProcedure("list.export")
    .input(z.object({ style: styleKeySchema, itemIds: z.array(idSchema).min(1).max(1000).optional() }))
    .output(citeView)
    .query(async ({ ctx, input }) => {
      const style = await resolveStyle(ctx.db, input.style, { userId: ctx.user?.id ?? null, listTeamId: ctx.list.list.teamId });
      return citeCitables(await listCitablesFor(ctx.db, ctx.list.list.id, input.itemIds), style);
    }),

  /** One paper in a style. */
  paper: publicProcedure
    .input(z.object({ paperId: idSchema, style: styleKeySchema }))
    .output(citeView)
    .query(async ({ ctx, input }) => {
      const style = await resolveStyle(ctx.db, input.style, { userId: ctx.user?.id ?? null });
      return citeCitables([await paperCitable(ctx.db, input.paperId)], style);
    }),

  /** One paper as a BibTeX / RIS / CSL-JSON / Markdown download (a whole list: lists.export). */
  exportPaper: publicProcedure
    .input(z.object({ paperId: idSchema, format: exportFormatSchema }))
    .output(exportView)
    .query(async ({ ctx, input }) => {
      const paper = await paperCitable(ctx.db, input.paperId);
      return serializeCitables([paper], input.format, paper.title);
    }),

  /** Add a .csl style for yourself, or for a team (`teamSlug`: the policy's style.manage). */
  addStyle: protectedProcedure
    .input(z.object({ xml: cslUploadSchema, teamSlug: z.string().trim().toLowerCase().min(1).max(64).optional() }))
    .output(styleSummary)
    .mutation(async ({ ctx, input }) => {
      const team = input.teamSlug ? await authorizeTeam(ctx.db, input.teamSlug, ctx.user.id, "style.manage") : null;
      await takeRequest("styleUploads", { userId: ctx.user.id });
      return addStyle(ctx.db, team ? { teamId: team.team.id } : { userId: ctx.user.id }, ctx.user.id, input.xml);
    }),

  /** Remove your style, or a team's (style.manage in that team). */
  removeStyle: protectedProcedure
    .input(z.object({ id: idSchema }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      const style = await findStyle(ctx.db, input.id);
      if (style?.team) await authorizeTeam(ctx.db, style.team.slug, ctx.user.id, "style.manage");
      else if (!style || style.userId !== ctx.user.id) throw new AppError("not_found", "No citation style of yours with this id.");
      await ctx.db.citationStyle.delete({ where: { id: input.id } });
      return { ok: true as const };
    }),
});
