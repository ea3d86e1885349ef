import { JOB, ingestRunPayloadSchema } from "@commonplace/jobs";
import { planRun } from "../ingest/plan.ts";
import { defineJob } from "./types.ts";

// A queued run: split it into chunks (once) and wake this worker's chunk loops. The chunks themselves are
// leased by any live worker (../ingest/chunk-worker.ts), so the job is short, and a run outlives the
// worker that started it.
export const ingestRunJob = defineJob({
  name: JOB.ingestRun,
  schema: ingestRunPayloadSchema,
  concurrency: () => 1,
  async handle(payload, ctx) {
    const run = await ctx.db.ingestRun.findUnique({ where: { id: payload.runId }, select: { status: true } });
    if (!run) {
      ctx.logger.warn({ runId: payload.runId }, "ingest run does not exist; nothing to do");
      return { skipped: "missing run" };
    }
    if (run.status === "DONE") return { skipped: "already done" };
    const plan = await planRun(ctx.db, payload.runId, payload.input, { chunkBytes: ctx.ingest.options.chunkBytes, maxBytes: ctx.env.INGEST_MAX_BYTES });
    ctx.ingest.worker.kick();
    return plan;
  },
});
