import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { getIngestRun } from "@commonplace/jobs";
import { protectedProcedure, router } from "../../trpc.ts";
import { runStates } from "../../ingest/run-state.ts";
import { classifyPaste, startIngestRun } from "../../ingest/start-run.ts";
import { isSiteAdmin, visibleIngestRunsWhere } from "../../policy/site.ts";

const outcome = z.enum(["CREATED", "UPDATED", "DUPLICATE", "FAILED"]);
const runSummary = z.object({
  id: z.string(),
  source: z.string(),
  label: z.string(),
  status: z.enum(["QUEUED", "RUNNING", "DONE", "FAILED"]),
  total: z.number().int(),
  processed: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  duplicate: z.number().int(),
  failed: z.number().int(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
  error: z.string().nullable(),
  /** Times a part of the run was taken over from a worker that died (it resumed after its last committed batch). */
  resumed: z.number().int(),
  /** Running, but no live worker holds any part of it right now (all busy, or its worker died: taken over within a minute). */
  waiting: z.boolean(),
});
const runDetail = runSummary.extend({
  items: z.array(z.object({ ref: z.string(), outcome, title: z.string().nullable(), reason: z.string().nullable(), paperId: z.string().nullable() })),
});

export const ingestRouter = router({
  /** Paste identifiers (arXiv ids, DOIs, URLs) or BibTeX / RIS / CSL-JSON text. */
  fromText: protectedProcedure
    .input(
      z.object({
        text: z.string().trim().min(1, "Paste at least one identifier or citation.").max(5_000_000, "Pasted text is limited to 5 MB; upload a file instead."),
      }),
    )
    .output(z.object({ runId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const kind = classifyPaste(input.text);
      const run = await startIngestRun(ctx.db, ctx.user.id, "identifiers" in kind ? kind : { files: [kind.file] }, "paste");
      return { runId: run.runId };
    }),

  run: protectedProcedure
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(runDetail)
    .query(async ({ ctx, input }) => {
      const visible = await ctx.db.ingestRun.count({ where: { AND: [{ id: input.id }, await visibleIngestRunsWhere(ctx.db, ctx.user.id)] } });
      const run = visible ? await getIngestRun(ctx.db, input.id, 0) : null;
      if (!run) throw new TRPCError({ code: "NOT_FOUND", message: "No import run with this id." });
      const items = await ctx.db.ingestItem.findMany({
        where: { runId: input.id },
        orderBy: [{ outcome: "desc" }, { id: "asc" }],
        take: 500,
        select: { ref: true, outcome: true, title: true, reason: true, paperId: true },
      });
      const state = (await runStates(ctx.db, [run])).get(run.id) ?? { resumed: 0, waiting: false };
      return { ...run, ...state, items };
    }),

  /** Whether the caller administers the site (sees every run), for the imports page's wording. */
  canSeeAllRuns: protectedProcedure.output(z.boolean()).query(({ ctx }) => isSiteAdmin(ctx.db, ctx.user.id)),

  /** Runs the caller may see (policy/site.ts): every run for a site administrator, else their own. */
  runs: protectedProcedure
    .input(z.object({ cursor: z.string().optional(), limit: z.number().int().min(1).max(100).default(25), failedOnly: z.boolean().default(false) }))
    .output(z.object({ runs: z.array(runSummary), nextCursor: z.string().nullable() }))
    .query(async ({ ctx, input }) => {
      const failed = input.failedOnly ? { OR: [{ failed: { gt: 0 } }, { status: "FAILED" as const }] } : {};
      const rows = await ctx.db.ingestRun.findMany({
        where: { AND: [failed, await visibleIngestRunsWhere(ctx.db, ctx.user.id)] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: input.limit + 1,
        ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
      });
      const page = rows.slice(0, input.limit);
      const states = await runStates(ctx.db, page);
      return {
        runs: page.map((r) => ({ ...r, processed: r.created + r.updated + r.duplicate + r.failed, waiting: states.get(r.id)?.waiting ?? false })),
        nextCursor: rows.length > input.limit ? page[page.length - 1]!.id : null,
      };
    }),
});
