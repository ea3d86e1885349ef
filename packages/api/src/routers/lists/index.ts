import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { getIngestRun } from "@commonplace/jobs";
import { protectedProcedure, publicProcedure, router, type Context } from "../../trpc.ts";
import { idSchema, listProcedure } from "../../policy/procedures.ts";
import { decideList, decideVisibilityChange, visibleListsWhere } from "../../policy/can.ts";
import { authorizeTeam, denial } from "../../policy/middleware.ts";
import { rolesWith } from "../../policy/permissions.ts";
import {
  countsFor,
  itemView,
  listInclude,
  listSummaryView,
  listView,
  liveBibUrl,
  shareUrl,
  toListView,
  toSummary,
  visibilitySchema,
  readingStatusSchema,
} from "../../lists/views.ts";
import { createList, deleteList, findLists, forkList, listItems, liveBibToken, regenerateShareToken, updateList } from "../../lists/lists.ts";
import { addItem, moveItem, removeItem, updateItem } from "../../lists/items.ts";
import { exportFormatSchema, exportList, exportView } from "../../lists/export.ts";
import { applyFinishedImports, startListImport } from "../../lists/import.ts";
import { tagNameSchema } from "../../tags/schemas.ts";
import { descriptionSchema, itemPatchInput, itemSortSchema, newListInput, noteSchema, tagsSchema, titleSchema, versionSchema } from "./schemas.ts";

const ok = z.object({ ok: z.literal(true) });

type NewListInput = z.infer<typeof newListInput>;

/** Personal list, or team list after the policy allows list.create in that team (policy/middleware.ts authorizeTeam). */
async function createFor(ctx: { db: Context["db"]; user: { id: string } }, input: NewListInput) {
  if (!input.teamSlug) return { list: await createList(ctx.db, ctx.user.id, null, input), role: "OWNER" as const, teamRole: null };
  const scope = await authorizeTeam(ctx.db, input.teamSlug, ctx.user.id, "list.create");
  // Creating a team list UNLISTED or PUBLIC publishes it: the same decision as changing a list to that.
  const asNew = { visibility: "TEAM" as const, teamId: scope.team.id, ownerId: null, createdById: ctx.user.id, shareToken: null };
  const decision = input.visibility ? decideVisibilityChange(asNew, ctx.user.id, scope.role, input.visibility) : "allow";
  if (decision !== "allow") throw denial(decision, "team", "Only the team's managers may create unlisted or public lists.");
  return { list: await createList(ctx.db, ctx.user.id, scope.team, input), role: scope.role, teamRole: scope.role };
}

/** The lists `userId` may add papers to and see: their own, and their teams' where they are at least MEMBER. */
function addableListsWhere(userId: string) {
  return {
    AND: [
      visibleListsWhere(userId),
      { OR: [{ teamId: null, ownerId: userId }, { team: { memberships: { some: { userId, role: { in: rolesWith("item.add") } } } } }] },
    ],
  };
}

/** Team tags on items need `item.tag` on top of the procedure's own action (issue 15.3). */
function requireItemTag(ctx: { user: { id: string } | null; list: { list: Parameters<typeof decideList>[1]; teamRole: Parameters<typeof decideList>[3] } }) {
  const decision = decideList("item.tag", ctx.list.list, ctx.user?.id ?? null, ctx.list.teamRole);
  if (decision !== "allow") throw denial(decision, "list", "Your role does not allow tagging this list's items.");
}

export const listsRouter = router({
  /** A personal list, or a team list with `teamSlug` (list.create in that team). */
  create: protectedProcedure
    .input(newListInput)
    .output(listView)
    .mutation(async ({ ctx, input }) => toListView(ctx.db, await createFor(ctx, input), ctx.user.id)),

  /** "Add to list" quick create: a new list holding this paper. */
  createWithPaper: protectedProcedure
    .input(newListInput.extend({ paperId: idSchema, note: noteSchema }))
    .output(z.object({ list: listView, item: itemView }))
    .mutation(async ({ ctx, input }) => {
      if (!(await ctx.db.paper.findUnique({ where: { id: input.paperId }, select: { id: true } }))) {
        throw new TRPCError({ code: "NOT_FOUND", message: "No paper with this id." });
      }
      const scope = await createFor(ctx, input);
      const { item } = await addItem(ctx.db, scope.list, ctx.user.id, { paperId: input.paperId, note: input.note });
      return { list: await toListView(ctx.db, scope, ctx.user.id), item };
    }),

  /** My personal lists and the lists of my teams that I can see. */
  mine: protectedProcedure
    .input(z.object({ scope: z.enum(["all", "personal", "teams"]).default("all") }).default({ scope: "all" }))
    .output(z.array(listSummaryView))
    .query(({ ctx, input }) => {
      const personal = { teamId: null, ownerId: ctx.user.id };
      const teams = { team: { memberships: { some: { userId: ctx.user.id } } } };
      return findLists(ctx.db, ctx.user.id, input.scope === "personal" ? personal : input.scope === "teams" ? teams : { OR: [personal, teams] });
    }),

  /** A team's lists, as the caller may see them (outsiders of a public team: its PUBLIC lists). */
  forTeam: protectedProcedure
    .input(z.object({ teamSlug: z.string().trim().toLowerCase().min(1).max(64) }))
    .output(z.array(listSummaryView))
    .query(async ({ ctx, input }) => {
      const scope = await authorizeTeam(ctx.db, input.teamSlug, ctx.user.id, "team.read");
      return findLists(ctx.db, ctx.user.id, { teamId: scope.team.id });
    }),

  /** Someone's profile: their PUBLIC personal lists (plus any the caller can see anyway). */
  forUser: publicProcedure
    .input(z.object({ handle: z.string().trim().toLowerCase().min(1).max(64) }))
    .output(z.array(listSummaryView))
    .query(async ({ ctx, input }) => {
      const user = await ctx.db.user.findUnique({ where: { handle: input.handle }, select: { id: true } });
      if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "No one with this handle." });
      const where = user.id === ctx.user?.id ? { ownerId: user.id } : { ownerId: user.id, visibility: "PUBLIC" as const };
      return findLists(ctx.db, ctx.user?.id ?? null, where);
    }),

  /** My lists a paper could be added to (I may add items there), each saying whether it holds the paper. */
  containingPaper: protectedProcedure
    .input(z.object({ paperId: idSchema }))
    .output(z.array(listSummaryView.extend({ contains: z.boolean(), itemId: z.string().nullable() })))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.readingList.findMany({
        where: addableListsWhere(ctx.user.id),
        include: { ...listInclude, items: { where: { paperId: input.paperId }, select: { id: true } } },
        orderBy: { updatedAt: "desc" },
        take: 200,
      });
      const counts = await countsFor(
        ctx.db,
        rows.map((r) => r.id),
      );
      return rows.map((r) => ({ ...toSummary(r, counts.get(r.id)), contains: r.items.length > 0, itemId: r.items[0]?.id ?? null }));
    }),

  /**
   * Where each of these papers is saved: the lists I can add to (the ones "Add to list" offers) that hold it.
   * One query for a whole page of papers, so search results, cards and the paper page show "In 2 lists" as
   * they load, not only once a menu is opened.
   */
  savedIn: protectedProcedure
    .input(z.object({ paperIds: z.array(idSchema).max(100) }))
    .output(z.array(z.object({ paperId: z.string(), lists: z.array(z.object({ id: z.string(), title: z.string(), itemId: z.string() })) })))
    .query(async ({ ctx, input }) => {
      const paperIds = [...new Set(input.paperIds)];
      if (paperIds.length === 0) return [];
      const items = await ctx.db.readingListItem.findMany({
        where: { paperId: { in: paperIds }, list: addableListsWhere(ctx.user.id) },
        select: { id: true, paperId: true, list: { select: { id: true, title: true } } },
        orderBy: { createdAt: "asc" },
      });
      return paperIds.map((paperId) => ({
        paperId,
        lists: items.filter((i) => i.paperId === paperId).map((i) => ({ id: i.list.id, title: i.list.title, itemId: i.id })),
      }));
    }),

  /** The list page: the list, counts (read/total), the caller's role and permissions. */
  get: listProcedure("list.read")
    .output(listView)
    .query(async ({ ctx }) => {
      await applyFinishedImports(ctx.db, ctx.list.list);
      return toListView(ctx.db, ctx.list, ctx.user?.id ?? null);
    }),

  items: listProcedure("list.read")
    .input(
      z.object({
        sort: itemSortSchema.default("position"),
        status: readingStatusSchema.optional(),
        tag: tagNameSchema.optional(),
        assigneeId: idSchema.optional(),
      }),
    )
    .output(z.array(itemView))
    .query(async ({ ctx, input }) => {
      await applyFinishedImports(ctx.db, ctx.list.list);
      return listItems(ctx.db, ctx.list.list.id, input);
    }),

  /** Title, description, visibility; `expectedVersion` is list.version as the editor saw it (CONFLICT if stale). */
  update: listProcedure("list.update")
    .input(z.object({ expectedVersion: versionSchema, title: titleSchema.optional(), description: descriptionSchema, visibility: visibilitySchema.optional() }))
    .output(listView)
    .mutation(async ({ ctx, input }) => {
      const { expectedVersion, title, description, visibility } = input;
      if (visibility) {
        const decision = decideVisibilityChange(ctx.list.list, ctx.user?.id ?? null, ctx.list.teamRole, visibility);
        if (decision !== "allow") throw denial(decision, "list", "Only the list's managers may make it unlisted or public.");
      }
      await updateList(ctx.db, ctx.list, ctx.user!.id, expectedVersion, { title, description, visibility });
      return toListView(ctx.db, ctx.list, ctx.user?.id ?? null); // re-reads the row by id
    }),

  delete: listProcedure("list.delete")
    .output(ok)
    .mutation(async ({ ctx }) => {
      await deleteList(ctx.db, ctx.list, ctx.user!.id);
      return { ok: true as const };
    }),

  /** Copy a readable list into a new PRIVATE list of mine. */
  fork: listProcedure("list.fork")
    .input(z.object({ title: titleSchema.optional() }))
    .output(listView)
    .mutation(async ({ ctx, input }) => {
      if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to copy this list into your lists." });
      const list = await forkList(ctx.db, ctx.list, ctx.user.id, input.title);
      return toListView(ctx.db, { list, role: "OWNER", teamRole: null }, ctx.user.id);
    }),

  addItem: listProcedure("item.add")
    .input(
      z.object({
        paperId: idSchema,
        note: noteSchema,
        status: readingStatusSchema.optional(),
        tags: tagsSchema.optional(),
        at: z.enum(["top", "bottom"]).default("bottom"),
      }),
    )
    .output(z.object({ item: itemView, created: z.boolean() }))
    .mutation(({ ctx, input }) => {
      if (input.tags?.length) requireItemTag(ctx);
      return addItem(ctx.db, ctx.list.list, ctx.user!.id, input);
    }),

  /** Note, status, assignee, tags; `expectedVersion` is item.version as the editor saw it (CONFLICT if stale). */
  updateItem: listProcedure("item.update")
    .input(itemPatchInput.extend({ itemId: idSchema, expectedVersion: versionSchema }))
    .output(itemView)
    .mutation(({ ctx, input }) => {
      const { itemId, expectedVersion, ...patch } = input;
      if (patch.tags !== undefined) requireItemTag(ctx);
      return updateItem(ctx.db, ctx.list.list, ctx.user!.id, itemId, expectedVersion, patch);
    }),

  /** Place an item right after `afterId` (null: first) or right before `beforeId` (null: last). */
  moveItem: listProcedure("item.reorder")
    .input(z.object({ itemId: idSchema, afterId: idSchema.nullish(), beforeId: idSchema.nullish() }))
    .output(itemView)
    .mutation(({ ctx, input }) => {
      const target = input.afterId !== undefined ? { afterId: input.afterId } : input.beforeId !== undefined ? { beforeId: input.beforeId } : null;
      if (!target) throw new TRPCError({ code: "BAD_REQUEST", message: "Say where the item goes: afterId or beforeId." });
      return moveItem(ctx.db, ctx.list.list.id, input.itemId, target);
    }),

  removeItem: listProcedure("item.remove")
    .input(z.object({ itemId: idSchema, expectedVersion: versionSchema.optional() }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await removeItem(ctx.db, ctx.list.list, ctx.user!.id, input.itemId, input.expectedVersion);
      return { ok: true as const };
    }),

  /** The list (or, with `tag`, only its items carrying that team tag) in a citation format; item tags as keywords. */
  export: listProcedure("list.export")
    .input(z.object({ format: exportFormatSchema, tag: tagNameSchema.optional() }))
    .output(exportView)
    .query(async ({ ctx, input }) => {
      await applyFinishedImports(ctx.db, ctx.list.list);
      return exportList(ctx.db, ctx.list.list, input.format, { tag: input.tag });
    }),

  /** The stable live .bib URL (created on first ask); team members and the owner only. */
  liveBib: listProcedure("list.bib.read")
    .output(z.object({ url: z.string().nullable() }))
    .query(async ({ ctx }) => {
      const token = ctx.list.list.bibToken;
      return { url: token ? liveBibUrl(ctx.list.list.id, token) : null };
    }),

  /** Creates the live .bib URL, or replaces it (the old URL stops working). */
  regenerateLiveBib: listProcedure("list.share")
    .output(z.object({ url: z.string() }))
    .mutation(async ({ ctx }) => ({ url: liveBibUrl(ctx.list.list.id, (await liveBibToken(ctx.db, ctx.list.list.id, "regenerate", ctx.user?.id))!) })),

  revokeLiveBib: listProcedure("list.share")
    .output(ok)
    .mutation(async ({ ctx }) => {
      await liveBibToken(ctx.db, ctx.list.list.id, "revoke");
      return { ok: true as const };
    }),

  /** A new secret link for an UNLISTED list (the old one stops working). */
  regenerateShareLink: listProcedure("list.share")
    .output(z.object({ url: z.string() }))
    .mutation(async ({ ctx }) => ({ url: shareUrl(ctx.list.list.id, await regenerateShareToken(ctx.db, ctx.list.list.id)) })),

  /** Import BibTeX / RIS / CSL-JSON text into the list through the ingestion pipeline; poll importStatus. */
  importCitations: listProcedure("item.import")
    .input(z.object({ text: z.string().min(1).max(5_000_000), fileName: z.string().trim().min(1).max(200).default("import.bib") }))
    .output(z.object({ runId: z.string() }))
    .mutation(({ ctx, input }) => startListImport(ctx.db, ctx.list.list, ctx.user!.id, { fileName: input.fileName, text: input.text })),

  /**
   * Sends an import the caller started (from the import page) into this list: its papers are appended when
   * the run finishes, exactly like a list's own citation import (ReadingListImport, applyFinishedImports).
   */
  attachRun: listProcedure("item.import")
    .input(z.object({ runId: idSchema }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      const run = await ctx.db.ingestRun.findUnique({ where: { id: input.runId }, select: { createdById: true } });
      if (!run || run.createdById !== ctx.user!.id) throw new TRPCError({ code: "NOT_FOUND", message: "No import of yours with this id." });
      const linked = await ctx.db.readingListImport.findUnique({ where: { runId: input.runId }, select: { listId: true } });
      if (linked && linked.listId !== ctx.list.list.id) throw new TRPCError({ code: "CONFLICT", message: "This import already goes into another list." });
      if (!linked) await ctx.db.readingListImport.create({ data: { runId: input.runId, listId: ctx.list.list.id, userId: ctx.user!.id } });
      return { ok: true as const };
    }),

  importStatus: listProcedure("list.read")
    .input(z.object({ runId: idSchema }))
    .output(
      z.object({
        status: z.enum(["QUEUED", "RUNNING", "DONE", "FAILED"]),
        total: z.number().int(),
        processed: z.number().int(),
        failed: z.number().int(),
        applied: z.boolean(),
        added: z.number().int(),
        error: z.string().nullable(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const link = await ctx.db.readingListImport.findFirst({ where: { runId: input.runId, listId: ctx.list.list.id } });
      if (!link) throw new TRPCError({ code: "NOT_FOUND", message: "No such import into this list." });
      const added = await applyFinishedImports(ctx.db, ctx.list.list);
      const run = (await getIngestRun(ctx.db, input.runId, 0))!;
      const applied = Boolean((await ctx.db.readingListImport.findUniqueOrThrow({ where: { runId: input.runId } })).appliedAt);
      return { status: run.status, total: run.total, processed: run.processed, failed: run.failed, applied, added, error: run.error };
    }),
});
