import { JOB, drainOutboxPayloadSchema } from "@commonplace/jobs";
import { defineJob } from "./types.ts";

export const drainOutboxJob = defineJob({
  name: JOB.drainOutbox,
  schema: drainOutboxPayloadSchema,
  concurrency: () => 1,
  async handle(payload, ctx) {
    ctx.logger.debug({ reason: payload.reason }, "drain requested");
    ctx.drainer.kick();
    await ctx.drainer.idle();
    return { ok: true };
  },
});
