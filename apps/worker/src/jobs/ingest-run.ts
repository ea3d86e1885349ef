import { JOB, ingestRunPayloadSchema } from "@commonplace/jobs";
import { pipelineDeps } from "../context.ts";
import { sourcesForRun } from "../pipeline/fetch.ts";
import { runIngest } from "../pipeline/run.ts";
import { defineJob } from "./types.ts";

export const ingestRunJob = defineJob({
  name: JOB.ingestRun,
  schema: ingestRunPayloadSchema,
  concurrency: (env) => env.INGEST_CONCURRENCY,
  async handle(payload, ctx) {
    const run = await ctx.db.ingestRun.findUnique({ where: { id: payload.runId }, select: { status: true } });
    if (!run) {
      ctx.logger.warn({ runId: payload.runId }, "ingest run does not exist; nothing to do");
      return { skipped: "missing run" };
    }
    if (run.status === "DONE") return { skipped: "already done" };
    const deps = pipelineDeps(ctx.env, ctx.db, ctx.logger);
    const summary = await runIngest(deps, payload.runId, sourcesForRun(ctx.db, payload.runId, payload.input, ctx.env.INGEST_MAX_BYTES));
    ctx.drainer.kick();
    return { created: summary.created, updated: summary.updated, duplicate: summary.duplicate, failed: summary.failed };
  },
});
