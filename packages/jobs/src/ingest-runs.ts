import type { Db, IngestOutcome, IngestStatus } from "@commonplace/db";
import type { Boss } from "./boss.ts";
import { enqueueIngestRun } from "./enqueue.ts";
import type { IngestInput } from "./payloads.ts";

// What the API calls: record the run (and upload bytes) in PostgreSQL, then queue it. The worker
// reads the bytes back by run id, so job payloads stay small whatever the upload size.

export interface UploadedFile {
  fileName: string;
  bytes: Uint8Array;
}

export type NewIngestRun =
  | { files: UploadedFile[]; identifiers?: never; paths?: never }
  | { identifiers: string[]; files?: never; paths?: never }
  | { paths: string[]; files?: never; identifiers?: never };

export interface CreateIngestRunOptions {
  /** Short machine tag shown in run lists: "upload", "identifiers", "seed", "cli"… */
  source: string;
  /** Human label: file names, "3 identifiers"… */
  label?: string;
  createdById?: string | null;
  /** Uploads larger than this are rejected up front (the worker checks again). Default 50 MB. */
  maxBytes?: number;
  /** Who may see the run's PDFs and their text (the uploader's choice; default PRIVATE), and the team for TEAM. */
  pdfVisibility?: "PRIVATE" | "TEAM" | "PUBLIC";
  pdfTeamId?: string | null;
}

export class UploadTooLargeError extends Error {
  constructor(
    readonly fileName: string,
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super(`${fileName} is ${size} bytes; the limit is ${maxBytes} bytes`);
    this.name = "UploadTooLargeError";
  }
}

export async function createIngestRun(
  db: Db,
  boss: Boss,
  input: NewIngestRun,
  options: CreateIngestRunOptions,
): Promise<{ runId: string; jobId: string | null }> {
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  const files = input.files ?? [];
  for (const f of files) if (f.bytes.byteLength > maxBytes) throw new UploadTooLargeError(f.fileName, f.bytes.byteLength, maxBytes);
  const jobInput: IngestInput = input.files
    ? { kind: "uploads" }
    : input.identifiers
      ? { kind: "identifiers", identifiers: input.identifiers }
      : { kind: "paths", paths: input.paths ?? [] };
  const label =
    options.label ??
    (input.files ? files.map((f) => f.fileName).join(", ") : input.identifiers ? `${input.identifiers.length} identifier(s)` : (input.paths ?? []).join(", "));
  const run = await db.$transaction(
    async (tx) => {
      const created = await tx.ingestRun.create({
        data: {
          source: options.source,
          label: label.slice(0, 500),
          createdById: options.createdById ?? null,
          pdfVisibility: options.pdfVisibility ?? "PRIVATE",
          pdfTeamId: options.pdfVisibility === "TEAM" ? (options.pdfTeamId ?? null) : null,
        },
      });
      for (const f of files) {
        await tx.ingestUpload.create({
          data: { runId: created.id, fileName: f.fileName, size: f.bytes.byteLength, bytes: Buffer.from(f.bytes) },
        });
      }
      return created;
    },
    { timeout: 120_000 },
  ); // a large upload is written in this transaction: a busy server needs longer than 5 s
  try {
    const jobId = await enqueueIngestRun(boss, { runId: run.id, input: jobInput });
    return { runId: run.id, jobId };
  } catch (error) {
    await db.ingestRun.update({ where: { id: run.id }, data: { status: "FAILED", error: `could not queue: ${String(error)}`, finishedAt: new Date() } });
    throw error;
  }
}

export interface IngestRunStatus {
  id: string;
  source: string;
  label: string;
  status: IngestStatus;
  /** Items seen so far (grows while a streamed file is read; final once status is DONE). */
  total: number;
  processed: number;
  created: number;
  updated: number;
  duplicate: number;
  failed: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  error: string | null;
  failures: { ref: string; title: string | null; reason: string | null }[];
}

/** Status and progress of one run, with its first `failureLimit` failures (reason per item). */
export async function getIngestRun(db: Db, runId: string, failureLimit = 100): Promise<IngestRunStatus | null> {
  const run = await db.ingestRun.findUnique({ where: { id: runId } });
  if (!run) return null;
  const failures = await db.ingestItem.findMany({
    where: { runId, outcome: "FAILED" satisfies IngestOutcome },
    orderBy: { id: "asc" },
    take: failureLimit,
    select: { ref: true, title: true, reason: true },
  });
  return {
    id: run.id,
    source: run.source,
    label: run.label,
    status: run.status,
    total: run.total,
    processed: run.created + run.updated + run.duplicate + run.failed,
    created: run.created,
    updated: run.updated,
    duplicate: run.duplicate,
    failed: run.failed,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    error: run.error,
    failures,
  };
}
