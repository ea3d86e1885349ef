import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { formatSize, parseArxivJsonlStream, parseFile, resolveIdentifier, type ParseOutcome } from "@commonplace/formats";
import { parsePdfIsolated } from "../pdf/sandbox.ts";
import { download } from "./fetch.ts";
import type { IngestSource, SourcedOutcome } from "./types.ts";

// Stage 2: a source → parse outcomes, lazily. .jsonl/.ndjson files are streamed line by line (the
// arXiv snapshot is millions of lines), so memory stays flat; everything else goes through
// formats.parseFile with the size limit. Identifiers resolve with the given fetch and a short timeout.

export interface ParseDeps {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  maxBytes: number;
}

const STREAMED = /\.(jsonl|ndjson)$/i;

export async function* parseSource(deps: ParseDeps, source: IngestSource): AsyncGenerator<SourcedOutcome> {
  switch (source.kind) {
    case "failed":
      yield failed(source.name, source.error);
      return;
    case "identifier": {
      const outcome = await resolveIdentifier(source.value, { fetch: deps.fetch, timeoutMs: deps.timeoutMs });
      yield { ref: source.value, outcome, progress: 1, sourceItems: 1 };
      return;
    }
    case "url": {
      const got = await download(source.url, { fetch: deps.fetch, timeoutMs: deps.timeoutMs, maxBytes: deps.maxBytes });
      if (!got.ok) yield failed(source.url, got.error);
      else yield* parseBytes(deps, got.name, got.bytes);
      return;
    }
    case "bytes":
      yield* parseBytes(deps, source.name, source.bytes);
      return;
    case "file": {
      let size: number;
      try {
        size = (await stat(source.path)).size;
      } catch (error) {
        yield failed(source.name, `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
        return;
      }
      if (STREAMED.test(source.path) && size > 0) {
        yield* streamJsonl(source.name, source.path, size);
        return;
      }
      if (size > deps.maxBytes) {
        yield failed(source.name, `File is ${formatSize(size)}; the limit is ${formatSize(deps.maxBytes)}`);
        return;
      }
      yield* parseBytes(deps, source.name, await readFile(source.path));
      return;
    }
  }
}

async function* parseBytes(deps: ParseDeps, name: string, bytes: Uint8Array): AsyncGenerator<SourcedOutcome> {
  let outcomes: ParseOutcome[];
  try {
    // PDFs are read in a thread with a heap cap and a deadline (pdf/sandbox.ts): a PDF bomb fails its item, not the worker.
    outcomes = await parseFile(name, bytes, {
      maxBytes: deps.maxBytes,
      fetch: deps.fetch,
      timeoutMs: deps.timeoutMs,
      parsePdf: (pdf, file) => parsePdfIsolated(pdf, file),
    });
  } catch (error) {
    // The parsers are meant to be total; if one ever throws, the file fails, not the run.
    yield failed(name, `could not parse: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i]!;
    yield { ref: qualify(name, outcome.ref), outcome, progress: (i + 1) / outcomes.length, sourceItems: outcomes.length };
  }
}

async function* streamJsonl(name: string, file: string, size: number): AsyncGenerator<SourcedOutcome> {
  const stream = createReadStream(file);
  let read = 0;
  stream.on("data", (chunk) => (read += chunk.length));
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const outcome of parseArxivJsonlStream(lines)) {
      yield { ref: qualify(name, outcome.ref), outcome, progress: Math.min(1, read / size) };
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}

function qualify(name: string, ref: string): string {
  return ref === name || ref.startsWith(`${name}`) ? ref : `${name}: ${ref}`;
}

function failed(ref: string, error: string): SourcedOutcome {
  return { ref, outcome: { ok: false, error, ref }, progress: 1, sourceItems: 1 };
}
