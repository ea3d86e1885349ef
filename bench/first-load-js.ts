// First-load JavaScript of the paper page (issue 6 target: ≤ 200 KB gzip), measured on the production build:
// `next build` (turbo, under /tmp/web.lock) → `next start` → GET a paper page → every `<script src>` in its
// HTML fetched and gzipped (lib/first-load.ts). Also the home page and the profile page (when the route
// exists) for comparison. Needs only a small corpus: the chunks do not depend on the data.
//
//   npx tsx bench/first-load-js.ts [--size 1k] [--no-build]
//
// (bench/pages.ts measures the same thing at the end of its 100k run.)
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseSize } from "./corpus/generate.ts";
import { buildStatsFirstLoad, measureFirstLoad, type FirstLoad } from "./lib/first-load.ts";
import { BENCH_DIR } from "./lib/proc.ts";
import { int, table } from "./lib/report.ts";
import { withWebStage, type WebStage } from "./lib/web-fixture.ts";

export const FIRST_LOAD_TARGET_BYTES = 200 * 1024;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The chunk's file name without the build's content hash directory noise. */
const shortSrc = (src: string) => src.replace(/^\/_next\/static\//, "").replace(/\?.*$/, "");

export interface FirstLoadReport {
  paper: FirstLoad;
  others: FirstLoad[];
  /** Next's own first-load list for /papers/[id] (route-bundle-stats.json), gzipped: the cross-check. */
  buildStats: ReturnType<typeof buildStatsFirstLoad>;
}

/** Call while the build is locked (inside withWebStage): the build stats are read from apps/web/.next. */
export async function measurePages(stage: WebStage): Promise<FirstLoadReport> {
  const buildStats = buildStatsFirstLoad(path.resolve(BENCH_DIR, "../apps/web"), "/papers/[id]");
  const paper = await measureFirstLoad(stage.app.base, `/papers/${stage.seeded.annotatedIds[0]}`);
  const others = [await measureFirstLoad(stage.app.base, "/")];
  const profile = await fetch(`${stage.app.base}/u/${stage.seeded.handle}`);
  await profile.arrayBuffer();
  if (profile.ok) others.push(await measureFirstLoad(stage.app.base, `/u/${stage.seeded.handle}`));
  return { paper, others, buildStats };
}

export function firstLoadMarkdown(r: FirstLoadReport): string {
  const { paper, buildStats } = r;
  const met = paper.totalGzip <= FIRST_LOAD_TARGET_BYTES;
  const chunks = [...paper.chunks].sort((a, b) => b.gzipBytes - a.gzipBytes);
  return [
    "Every script the server-rendered HTML of a paper page makes a modern browser load before it is interactive (production build, " +
      "`next start`): the `<script src>` tags and the client-component chunks the inline RSC payload names, each fetched and gzipped at " +
      `level 9. Not counted: \`nomodule\` polyfills (${paper.skipped.length} script(s), skipped by module-capable browsers) and chunks loaded ` +
      "later through `import()`. Sizes in KB (1 KB = 1024 bytes).",
    "",
    table(
      ["chunk (paper page)", "raw KB", "gzip KB"],
      [
        ...chunks.map((c) => [shortSrc(c.src), kb(c.rawBytes), kb(c.gzipBytes)]),
        [`**total, ${chunks.length} scripts**`, kb(paper.totalRaw), kb(paper.totalGzip)],
      ],
    ),
    "",
    table(
      ["page", "scripts", "first-load JS gzip KB", "HTML gzip KB", "inline RSC script KB (raw)"],
      [paper, ...r.others].map((p) => [
        p.path.replace(/\/papers\/[^/]+$/, "/papers/[id]").replace(/\/u\/[^/]+$/, "/u/[handle]"),
        p.chunks.length,
        kb(p.totalGzip),
        kb(p.htmlGzip),
        kb(p.inlineScriptRaw),
      ]),
    ),
    "",
    `Paper page first-load JS: **${kb(paper.totalGzip)} KB gzip** (${int(paper.totalGzip)} bytes; target ≤ 200 KB: **${met ? "met" : "NOT met"}**).`,
    buildStats
      ? `Cross-check from \`next build\` itself (\`.next/diagnostics/route-bundle-stats.json\`, \`/papers/[id]\`): ${buildStats.chunks.length} chunks, ` +
        `${kb(buildStats.totalGzip)} KB gzip; chunks in one list and not the other: ${
          symmetricDifference(
            paper.chunks.map((c) => c.src),
            buildStats.chunks.map((c) => c.src),
          ) || "none"
        }.`
      : "The build wrote no route-bundle-stats.json, so there is no cross-check from `next build` in this run.",
  ].join("\n");
}

function symmetricDifference(a: string[], b: string[]): string {
  const only = (x: string[], y: string[]) => x.filter((s) => !y.includes(s)).map(shortSrc);
  return [...only(a, b).map((s) => `${s} (HTML only)`), ...only(b, a).map((s) => `${s} (build list only)`)].join(", ");
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export async function benchFirstLoad(options: { papers: number; build: boolean }): Promise<string> {
  return withWebStage({ papers: options.papers, sample: 10, build: options.build }, async (stage) => firstLoadMarkdown(await measurePages(stage)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const markdown = await benchFirstLoad({ papers: parseSize(arg("--size") ?? "1k"), build: !process.argv.includes("--no-build") });
  console.log(`\n${markdown}`);
}
