import { createReadStream } from "node:fs";
import { z } from "zod";
import type { Db } from "@commonplace/db";
import { parseArxivJsonLine, resolveIdentifier } from "@commonplace/formats";
import { parseSource, type ParseDeps } from "../pipeline/parse.ts";
import type { SourcedOutcome } from "../pipeline/types.ts";
import { linesOf } from "./lines.ts";

// What one chunk of a run reads (IngestChunk.source), and its items from a committed cursor on. Line-split
// sources (.jsonl files and uploads) are byte ranges and resume at the byte offset of the next unread
// line; sources read whole (other formats, URLs, identifiers) resume after the items already committed.

export const chunkSourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("file-lines"), name: z.string(), path: z.string(), startLine: z.number().int() }),
  z.object({ kind: z.literal("upload-lines"), name: z.string(), uploadId: z.string(), startLine: z.number().int() }),
  z.object({ kind: z.literal("file"), name: z.string(), path: z.string() }),
  z.object({ kind: z.literal("upload"), name: z.string(), uploadId: z.string() }),
  z.object({ kind: z.literal("url"), name: z.string(), url: z.string() }),
  z.object({ kind: z.literal("identifiers"), values: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal("failed"), name: z.string(), error: z.string() }),
]);
export type ChunkSource = z.infer<typeof chunkSourceSchema>;

export interface ChunkToRead {
  source: ChunkSource;
  startByte: number | null;
  endByte: number | null;
  cursor: number;
}

/** An item and the cursor to commit once it is stored; `sourceItems` when the whole source was parsed. */
export type ChunkItem = SourcedOutcome & { cursor: number };

const SLICE_BYTES = 1024 * 1024;

/** Bytes [start, end) of an upload, read from PostgreSQL a slice at a time (never the whole file). */
export async function* uploadBytes(db: Db, uploadId: string, start: number, end: number): AsyncGenerator<Uint8Array> {
  for (let at = start; at < end; at += SLICE_BYTES) {
    const len = Math.min(SLICE_BYTES, end - at);
    const rows = await db.$queryRaw<
      { part: Uint8Array | null }[]
    >`SELECT substring(bytes FROM ${at + 1}::int FOR ${len}::int) AS part FROM "IngestUpload" WHERE id = ${uploadId}`;
    const part = rows[0]?.part;
    if (!part) throw new Error("the upload disappeared before it was read");
    yield part;
    if (part.byteLength < len) return;
  }
}

function rangeBytes(db: Db, source: ChunkSource & { kind: "file-lines" | "upload-lines" }, from: number, end: number): AsyncIterable<Uint8Array> {
  if (from >= end) return (async function* () {})();
  return source.kind === "file-lines" ? createReadStream(source.path, { start: from, end: end - 1 }) : uploadBytes(db, source.uploadId, from, end);
}

const qualify = (name: string, ref: string) => (ref.startsWith(name) ? ref : `${name}: ${ref}`);

export async function* chunkItems(db: Db, deps: ParseDeps, chunk: ChunkToRead): AsyncGenerator<ChunkItem> {
  const { source } = chunk;
  if (source.kind === "file-lines" || source.kind === "upload-lines") {
    const start = chunk.startByte ?? 0;
    const end = chunk.endByte ?? 0;
    const from = Math.max(chunk.cursor, start);
    // Resuming mid-range: count the lines before the cursor, so refs keep the file's line numbers.
    let lineNo = source.startLine;
    if (from > start) for await (const line of linesOf(rangeBytes(db, source, start, from), start, lineNo)) lineNo = line.lineNo + 1;
    for await (const line of linesOf(rangeBytes(db, source, from, end), from, lineNo)) {
      const outcome = parseArxivJsonLine(line.text, line.lineNo);
      if (outcome) yield { ref: qualify(source.name, outcome.ref), outcome, cursor: line.end };
    }
    return;
  }
  if (source.kind === "identifiers") {
    for (let i = chunk.cursor; i < source.values.length; i++) {
      const value = source.values[i]!;
      const outcome = await resolveIdentifier(value, { fetch: deps.fetch, timeoutMs: deps.timeoutMs });
      yield { ref: value, outcome, cursor: i + 1, sourceItems: source.values.length };
    }
    return;
  }
  let i = 0;
  for await (const item of parseSource(deps, await toIngestSource(db, source))) {
    i++;
    if (i > chunk.cursor) yield { ...item, cursor: i };
  }
}

async function toIngestSource(db: Db, source: ChunkSource & { kind: "file" | "upload" | "url" | "failed" }) {
  switch (source.kind) {
    case "file":
      return { kind: "file" as const, name: source.name, path: source.path };
    case "url":
      return { kind: "url" as const, name: source.url, url: source.url };
    case "failed":
      return { kind: "failed" as const, name: source.name, error: source.error };
    case "upload": {
      const row = await db.ingestUpload.findUnique({ where: { id: source.uploadId }, select: { bytes: true } });
      if (!row) return { kind: "failed" as const, name: source.name, error: "upload disappeared before it was read" };
      return { kind: "bytes" as const, name: source.name, bytes: row.bytes };
    }
  }
}
