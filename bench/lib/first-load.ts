import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

// First-load JavaScript of a page, measured the way a browser meets it: every script the server-rendered
// HTML makes a module-capable browser load before the page is interactive — `<script src>` tags (minus
// `nomodule` polyfills, which such browsers skip) and the client-component chunks the inline RSC payload
// names (React loads those during hydration) — each fetched from the running server and gzipped at level 9,
// as Next's own size report did. Chunks imported later (`import()`, next/dynamic without SSR) are not in it.
// The inline scripts themselves (RSC payload pushes) are HTML bytes, counted separately.

const ATTR_SRC = /(?:^|\s)src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const NOMODULE = /(?:^|\s)nomodule(?:[\s=]|$)/i;
const CHUNK_REF = /\/_next\/static\/[\w\-./~]+?\.js/g;

export interface InitialScripts {
  /** Script URLs in first-seen order: `<script src>` tags first, then chunks named only in inline scripts. */
  srcs: string[];
  /** `nomodule` scripts (polyfills for old browsers), not counted. */
  skipped: string[];
}

export function initialScripts(html: string): InitialScripts {
  const srcs: string[] = [];
  const skipped: string[] = [];
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = ATTR_SRC.exec(m[1]!);
    if (!src) {
      inline.push(m[2]!);
      continue;
    }
    const value = (src[1] ?? src[2] ?? src[3] ?? "").replaceAll("&amp;", "&");
    const list = NOMODULE.test(m[1]!) ? skipped : srcs;
    if (value && !list.includes(value)) list.push(value);
  }
  for (const text of inline) for (const ref of text.matchAll(CHUNK_REF)) if (!srcs.includes(ref[0]) && !skipped.includes(ref[0])) srcs.push(ref[0]);
  return { srcs, skipped };
}

/** Total bytes (UTF-8) inside inline `<script>` elements (no src). */
export function inlineScriptBytes(html: string): number {
  let total = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) if (!ATTR_SRC.test(m[1]!)) total += Buffer.byteLength(m[2]!);
  return total;
}

export const gzipBytes = (data: Uint8Array | string) => gzipSync(data, { level: 9 }).length;

export interface Chunk {
  src: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface FirstLoad {
  path: string;
  chunks: Chunk[];
  skipped: string[];
  totalGzip: number;
  totalRaw: number;
  htmlGzip: number;
  inlineScriptRaw: number;
}

const sum = (chunks: Chunk[], key: "rawBytes" | "gzipBytes") => chunks.reduce((a, c) => a + c[key], 0);

export async function measureFirstLoad(base: string, pagePath: string): Promise<FirstLoad> {
  const response = await fetch(new URL(pagePath, base));
  if (!response.ok) throw new Error(`GET ${pagePath}: ${response.status}`);
  const html = await response.text();
  const { srcs, skipped } = initialScripts(html);
  const chunks: Chunk[] = [];
  for (const src of srcs) {
    const r = await fetch(new URL(src, base));
    if (!r.ok) throw new Error(`GET ${src}: ${r.status}`);
    const bytes = new Uint8Array(await r.arrayBuffer());
    chunks.push({ src, rawBytes: bytes.length, gzipBytes: gzipBytes(bytes) });
  }
  return {
    path: pagePath,
    chunks,
    skipped,
    totalGzip: sum(chunks, "gzipBytes"),
    totalRaw: sum(chunks, "rawBytes"),
    htmlGzip: gzipBytes(html),
    inlineScriptRaw: inlineScriptBytes(html),
  };
}

/**
 * Next's own first-load list for a route, from `next build` (.next/diagnostics/route-bundle-stats.json),
 * with the listed chunks gzipped from disk: a cross-check of the HTML measurement. Null when the build
 * does not write that file.
 */
export function buildStatsFirstLoad(appDir: string, route: string): { chunks: Chunk[]; totalGzip: number } | null {
  const file = path.join(appDir, ".next/diagnostics/route-bundle-stats.json");
  if (!existsSync(file)) return null;
  const stats = JSON.parse(readFileSync(file, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const entry = stats.find((s) => s.route === route);
  if (!entry) return null;
  const chunks = entry.firstLoadChunkPaths.map((p) => {
    const bytes = readFileSync(path.join(appDir, p));
    return { src: `/_next/${p.replace(/^\.next\//, "")}`, rawBytes: bytes.length, gzipBytes: gzipBytes(bytes) };
  });
  return { chunks, totalGzip: sum(chunks, "gzipBytes") };
}
