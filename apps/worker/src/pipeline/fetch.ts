import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { Db } from "@commonplace/db";
import { formatSize, parseIdentifier } from "@commonplace/formats";
import type { IngestInput } from "@commonplace/jobs";
import type { IngestSource } from "./types.ts";

// Stage 1: where items come from. Uploads are read from IngestUpload one file at a time (never all
// bytes at once); CLI arguments are classified as file, identifier or URL; URLs are downloaded with
// a timeout and a size limit. Nothing here throws for a bad source: it becomes a "failed" source.

export async function* sourcesForRun(db: Db, runId: string, input: IngestInput, maxBytes: number): AsyncGenerator<IngestSource> {
  if (input.kind === "identifiers") {
    for (const value of input.identifiers) yield { kind: "identifier", name: value, value };
    return;
  }
  if (input.kind === "paths") {
    for (const p of input.paths) yield classifyArgument(p);
    return;
  }
  const uploads = await db.ingestUpload.findMany({ where: { runId }, select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } });
  if (uploads.length === 0) yield { kind: "failed", name: "upload", error: "the run has no uploaded files" };
  for (const u of uploads) {
    if (u.size > maxBytes) {
      yield { kind: "failed", name: u.fileName, error: `File is ${formatSize(u.size)}; the limit is ${formatSize(maxBytes)}` };
      continue;
    }
    const row = await db.ingestUpload.findUnique({ where: { id: u.id }, select: { bytes: true } });
    if (!row) yield { kind: "failed", name: u.fileName, error: "upload disappeared before it was read" };
    else yield { kind: "bytes", name: u.fileName, bytes: row.bytes };
  }
}

/** A CLI argument or server path: an existing file, an arXiv id / DOI (bare or as URL), or another URL. */
export function classifyArgument(arg: string): IngestSource {
  const value = arg.trim();
  if (existsSync(value)) {
    const stat = statSync(value);
    if (stat.isFile()) return { kind: "file", name: path.basename(value), path: value };
    return { kind: "failed", name: value, error: "is a directory; pass the files in it" };
  }
  if (parseIdentifier(value)) return { kind: "identifier", name: value, value };
  if (/^https?:\/\//i.test(value)) return { kind: "url", name: value, url: value };
  return { kind: "failed", name: value, error: "no such file, and not a URL, arXiv id or DOI" };
}

export type Downloaded = { ok: true; name: string; bytes: Uint8Array } | { ok: false; error: string };

/** GET a URL with a timeout and a byte limit; network failures read "source unreachable: <host>". */
export async function download(url: string, opts: { fetch: typeof globalThis.fetch; timeoutMs: number; maxBytes: number }): Promise<Downloaded> {
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    return { ok: false, error: "not a valid URL" };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    const res = await opts.fetch(url, { signal: controller.signal, redirect: "follow" });
    if (!res.ok) return { ok: false, error: `source unreachable: ${host} (HTTP ${res.status})` };
    const declared = Number(res.headers.get("content-length") ?? "0");
    const tooBig = (n: number) => ({ ok: false as const, error: `File is ${formatSize(n)}; the limit is ${formatSize(opts.maxBytes)}` });
    if (declared > opts.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      return tooBig(declared);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (res.body) {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength;
        if (size > opts.maxBytes) {
          controller.abort();
          return tooBig(size);
        }
        chunks.push(chunk);
      }
    }
    const name = decodeURIComponent(new URL(res.url || url).pathname.split("/").filter(Boolean).pop() ?? host) || host;
    return { ok: true, name, bytes: Buffer.concat(chunks) };
  } catch {
    return { ok: false, error: `source unreachable: ${host}` };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Wraps fetch so that once a host fails at the network level (unreachable, DNS, timeout), later
 * requests to it fail at once the same way. Offline, a list of 500 arXiv ids then costs one timeout.
 */
export function withCircuitBreaker(fetchImpl: typeof globalThis.fetch): typeof globalThis.fetch {
  const down = new Set<string>();
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (down.has(url.host)) throw new TypeError(`fetch failed: ${url.host} was unreachable earlier in this run`);
    try {
      return await fetchImpl(input, init);
    } catch (error) {
      down.add(url.host);
      throw error;
    }
  };
}
