import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db, Prisma } from "@commonplace/db";
import { publicProcedure, router } from "../../trpc.ts";
import { listProcedure, teamProcedure } from "../../policy/procedures.ts";
import { visibleListsWhere } from "../../policy/can.ts";

// Feeds. Rows about a list are shown only while the reader can see that list *now* (visibleListsWhere),
// so a list made private, or a private team list, never leaks through a feed.

const entryView = z.object({
  id: z.string(),
  verb: z.string(),
  actor: z.object({ id: z.string(), handle: z.string(), name: z.string() }),
  list: z.object({ id: z.string(), title: z.string() }).nullable(),
  paper: z.object({ id: z.string(), title: z.string() }).nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.date(),
});
const pageView = z.object({ entries: z.array(entryView), nextCursor: z.string().nullable() });
const pageInput = z.object({ cursor: z.string().regex(/^\d+$/).optional(), limit: z.number().int().min(1).max(100).default(30) });

async function feedPage(db: Db, where: Prisma.ActivityWhereInput, userId: string | null, input: z.infer<typeof pageInput>) {
  const rows = await db.activity.findMany({
    where: { AND: [where, ...(input.cursor ? [{ id: { lt: BigInt(input.cursor) } }] : [])] },
    orderBy: { id: "desc" },
    take: input.limit + 1,
    include: { actor: { select: { id: true, handle: true, name: true } } },
  });
  const page = rows.slice(0, input.limit);
  const listIds = [...new Set(page.flatMap((r) => (r.listId ? [r.listId] : [])))];
  const paperIds = [...new Set(page.flatMap((r) => (r.paperId ? [r.paperId] : [])))];
  const [lists, papers] = await Promise.all([
    db.readingList.findMany({ where: { AND: [{ id: { in: listIds } }, visibleListsWhere(userId)] }, select: { id: true, title: true } }),
    db.paper.findMany({ where: { id: { in: paperIds } }, select: { id: true, title: true } }),
  ]);
  const listById = new Map(lists.map((l) => [l.id, l]));
  const paperById = new Map(papers.map((p) => [p.id, p]));
  return {
    // Second guard: a row whose list the reader cannot see is dropped even if the where clause let it through.
    entries: page
      .filter((r) => !r.listId || listById.has(r.listId))
      .map((r) => ({
        id: String(r.id),
        verb: r.verb,
        actor: r.actor,
        createdAt: r.createdAt,
        list: r.listId ? listById.get(r.listId)! : null,
        paper: r.paperId ? (paperById.get(r.paperId) ?? null) : null,
        data: (r.data && typeof r.data === "object" && !Array.isArray(r.data) ? r.data : {}) as Record<string, unknown>,
      })),
    nextCursor: rows.length > input.limit ? String(page[page.length - 1]!.id) : null,
  };
}

export const activityRouter = router({
  /** A team's feed: who added, noted, changed what (newest first, cursor-paginated). */
  team: teamProcedure("activity.read")
    .input(pageInput)
    .output(pageView)
    .query(async ({ ctx, input }) => {
      const visible = await ctx.db.readingList.findMany({
        where: { AND: [{ teamId: ctx.team.team.id }, visibleListsWhere(ctx.user.id)] },
        select: { id: true },
      });
      // Outsiders of a public team see only rows about its public lists.
      const where: Prisma.ActivityWhereInput = {
        teamId: ctx.team.team.id,
        OR: [...(ctx.team.role ? [{ listId: null }] : []), { listId: { in: visible.map((l) => l.id) } }],
      };
      return feedPage(ctx.db, where, ctx.user.id, input);
    }),

  /** One list's history. */
  list: listProcedure("list.read")
    .input(pageInput)
    .output(pageView)
    .query(({ ctx, input }) => feedPage(ctx.db, { listId: ctx.list.list.id }, ctx.user?.id ?? null, input)),

  /** A person's public activity (profile): only rows about lists that are PUBLIC now. */
  user: publicProcedure
    .input(pageInput.extend({ handle: z.string().trim().toLowerCase().min(1).max(64) }))
    .output(pageView)
    .query(async ({ ctx, input }) => {
      const user = await ctx.db.user.findUnique({ where: { handle: input.handle }, select: { id: true } });
      if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "No one with this handle." });
      // isPublic follows list visibility changes; feedPage re-checks each list as an anonymous reader.
      return feedPage(ctx.db, { actorId: user.id, isPublic: true, listId: { not: null } }, null, input);
    }),
});
