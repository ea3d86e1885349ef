import { z } from "zod";
import { JOB } from "./names.ts";

// Payloads are validated twice: when enqueued (a bad call fails in the API, not later in the worker)
// and when dequeued (jobs written by an older/newer release, or by hand, never reach a handler unchecked).

/** Where a run's items come from. Upload bytes are IngestUpload rows of the run, never job data. */
export const ingestInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("uploads") }),
  z.object({
    kind: z.literal("identifiers"),
    /** arXiv ids, DOIs or their URLs, as pasted. */
    identifiers: z.array(z.string().trim().min(1).max(500)).min(1).max(1000),
  }),
  z.object({
    kind: z.literal("paths"),
    /** Files on the worker's disk (operators, first-boot seed); never from untrusted callers. */
    paths: z.array(z.string().min(1)).min(1).max(1000),
  }),
]);
export type IngestInput = z.infer<typeof ingestInputSchema>;

export const ingestRunPayloadSchema = z.object({
  runId: z.string().min(1),
  input: ingestInputSchema,
});
export type IngestRunPayload = z.infer<typeof ingestRunPayloadSchema>;

export const drainOutboxPayloadSchema = z.object({
  /** Free text for logs ("after ingest", "manual"). */
  reason: z.string().max(200).optional(),
});
export type DrainOutboxPayload = z.infer<typeof drainOutboxPayloadSchema>;

export const PAYLOADS = {
  [JOB.ingestRun]: ingestRunPayloadSchema,
  [JOB.drainOutbox]: drainOutboxPayloadSchema,
} as const;

export type PayloadOf<N extends keyof typeof PAYLOADS> = z.infer<(typeof PAYLOADS)[N]>;
