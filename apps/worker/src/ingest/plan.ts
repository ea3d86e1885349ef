import { createReadStream, statSync } from "node:fs";
import { Prisma, type Db } from "@commonplace/db";
import { formatSize } from "@commonplace/formats";
import type { IngestInput } from "@commonplace/jobs";
import { classifyArgument } from "../pipeline/fetch.ts";
import type { ChunkSource } from "./chunk-source.ts";
import { uploadBytes } from "./chunk-source.ts";
import { planRanges } from "./lines.ts";

// Splitting a run into chunks (once, when its job first runs). A .jsonl source becomes byte ranges of
// about `chunkBytes` on line boundaries, so several workers share one large file; identifiers go in
// groups; every other source is one chunk read whole.

export interface PlanOptions {
  chunkBytes: number;
  maxBytes: number;
}

interface PlannedChunk {
  source: ChunkSource;
  startByte: number | null;
  endByte: number | null;
}

const LINES = /\.(jsonl|ndjson)$/i;
const IDENTIFIERS_PER_CHUNK = 100;

async function chunksOf(db: Db, runId: string, input: IngestInput, options: PlanOptions): Promise<PlannedChunk[]> {
  const out: PlannedChunk[] = [];
  const whole = (source: ChunkSource) => out.push({ source, startByte: null, endByte: null });
  const identifiers = (values: string[]) => {
    for (let i = 0; i < values.length; i += IDENTIFIERS_PER_CHUNK) whole({ kind: "identifiers", values: values.slice(i, i + IDENTIFIERS_PER_CHUNK) });
  };
  if (input.kind === "identifiers") identifiers(input.identifiers);
  if (input.kind === "paths") {
    let pending: string[] = [];
    for (const p of input.paths) {
      const s = classifyArgument(p);
      if (s.kind === "identifier") {
        pending.push(s.value);
        continue;
      }
      identifiers(pending);
      pending = [];
      if (s.kind === "file" && LINES.test(s.path) && statSync(s.path).size > 0) {
        for (const r of await planRanges(createReadStream(s.path), options.chunkBytes))
          out.push({ source: { kind: "file-lines", name: s.name, path: s.path, startLine: r.startLine }, startByte: r.startByte, endByte: r.endByte });
      } else if (s.kind === "file") whole({ kind: "file", name: s.name, path: s.path });
      else if (s.kind === "url") whole({ kind: "url", name: s.name, url: s.url });
      else if (s.kind === "failed") whole({ kind: "failed", name: s.name, error: s.error });
    }
    identifiers(pending);
  }
  if (input.kind === "uploads") {
    const uploads = await db.ingestUpload.findMany({ where: { runId }, select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } });
    if (uploads.length === 0) whole({ kind: "failed", name: "upload", error: "the run has no uploaded files" });
    for (const u of uploads) {
      if (u.size > options.maxBytes)
        whole({ kind: "failed", name: u.fileName, error: `File is ${formatSize(u.size)}; the limit is ${formatSize(options.maxBytes)}` });
      else if (LINES.test(u.fileName) && u.size > 0) {
        for (const r of await planRanges(uploadBytes(db, u.id, 0, u.size), options.chunkBytes))
          out.push({ source: { kind: "upload-lines", name: u.fileName, uploadId: u.id, startLine: r.startLine }, startByte: r.startByte, endByte: r.endByte });
      } else whole({ kind: "upload", name: u.fileName, uploadId: u.id });
    }
  }
  if (out.length === 0) whole({ kind: "failed", name: "input", error: "nothing to ingest" });
  return out;
}

/**
 * Plans the run once: when it has no chunks yet, starts it afresh (counters, items) with its chunks, in
 * one transaction under the run's row lock; when it has them (a retried job), leaves it as it is.
 */
export async function planRun(db: Db, runId: string, input: IngestInput, options: PlanOptions): Promise<{ chunks: number; planned: boolean }> {
  const existing = await db.ingestChunk.count({ where: { runId } });
  if (existing > 0) return { chunks: existing, planned: false };
  const chunks = await chunksOf(db, runId, input, options);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "IngestRun" WHERE id = ${runId} FOR UPDATE`;
    const already = await tx.ingestChunk.count({ where: { runId } });
    if (already > 0) return { chunks: already, planned: false };
    await tx.ingestItem.deleteMany({ where: { runId } });
    await tx.ingestRun.update({
      where: { id: runId },
      data: { status: "RUNNING", startedAt: new Date(), finishedAt: null, error: null, total: 0, created: 0, updated: 0, duplicate: 0, failed: 0, resumed: 0 },
    });
    await tx.ingestChunk.createMany({
      data: chunks.map((c, position) => ({
        runId,
        position,
        source: c.source as Prisma.InputJsonValue,
        startByte: c.startByte === null ? null : BigInt(c.startByte),
        endByte: c.endByte === null ? null : BigInt(c.endByte),
        cursor: BigInt(c.startByte ?? 0),
      })),
    });
    return { chunks: chunks.length, planned: true };
  });
}
