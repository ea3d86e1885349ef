// Server-rendered pages under load (issue 6): paper pages (a mix of ids) and the public profile page
// `/u/<handle>` of the production web app (apps/web/server.mjs, as npm start runs it) over 100k raw-loaded papers, with two baselines
// measured in the same run: `/api/health` (a route handler doing one PostgreSQL and one Meilisearch round
// trip) and a static JS chunk (no rendering at all). Then the paper page's first-load JS (first-load-js.ts).
//
//   npx tsx bench/pages.ts [--size 100k] [--seconds 8] [--rounds 2] [--connections 8] [--sample 1000] [--no-build]
//
// Two phases per target, interleaved round by round so machine noise spreads evenly:
//   sequential — one connection, one request in flight: latency ≈ server time (loopback, keep-alive);
//   concurrent — `--connections` keep-alive connections: throughput, and latency under queueing.
// Holds /tmp/web.lock from the build to the last request (lib/web-fixture.ts).
import { pathToFileURL } from "node:url";
import { parseSize, sizeLabel } from "./corpus/generate.ts";
import { firstLoadMarkdown, measurePages } from "./first-load-js.ts";
import { initialScripts } from "./lib/first-load.ts";
import { runLoad, summarize, type LoadResult, type LoadTarget } from "./lib/http-load.ts";
import { fmt, int, loadAverage, table } from "./lib/report.ts";
import { withWebStage, type WebStage } from "./lib/web-fixture.ts";

export interface PagesOptions {
  papers: number;
  seconds: number;
  rounds: number;
  connections: number;
  sample: number;
  build: boolean;
  log?: (s: string) => void;
}

async function targets(stage: WebStage): Promise<{ list: LoadTarget[]; notes: string[] }> {
  const { base } = stage.app;
  const notes: string[] = [];
  const paperPaths = stage.seeded.paperIds.map((id) => `/papers/${id}`);
  const html = await (await fetch(`${base}${paperPaths[0]}`)).text();
  const chunk = initialScripts(html).srcs.find((s) => s.startsWith("/_next/static/"));
  const list: LoadTarget[] = [
    { name: "baseline: /api/health", paths: ["/api/health"], ok: [200, 503] },
    ...(chunk ? [{ name: "baseline: static JS chunk", paths: [chunk] }] : []),
    { name: `paper page (${int(paperPaths.length)} ids)`, paths: paperPaths },
  ];
  const profilePath = `/u/${stage.seeded.handle}`;
  const probe = await fetch(`${base}${profilePath}`);
  await probe.arrayBuffer();
  if (probe.ok) list.push({ name: "profile page /u/[handle]", paths: [profilePath] });
  else notes.push(`The profile page was not measured: \`GET /u/<handle>\` answered ${probe.status} in this build.`);
  return { list, notes };
}

export interface PagesResult {
  markdown: string;
  /** null when it could not be measured (the section in RESULTS.md is then left as it was). */
  firstLoadMarkdown: string | null;
}

export async function benchPages(options: PagesOptions): Promise<PagesResult> {
  const log = options.log ?? console.log;
  return withWebStage({ papers: options.papers, sample: options.sample, build: options.build, log }, async (stage) => {
    const { list, notes } = await targets(stage);
    const rss = { idle: stage.app.rssKb(), peak: 0, end: 0 };
    const timer = setInterval(() => (rss.peak = Math.max(rss.peak, stage.app.rssKb())), 250);
    const loadBefore = loadAverage();
    try {
      // Every paper once, before anything is measured: what a first visit costs (related papers computed, nothing
      // in the public cache yet), and the state a page is in on its second visit on, which the rounds measure.
      const paperTarget = list.find((t) => t.name.startsWith("paper page"))!;
      log(`first visits: ${paperTarget.paths.length} papers once each (2 connections) …`);
      const firstVisits = await runLoad(stage.app.base, paperTarget, { connections: 2, seconds: 0, amount: paperTarget.paths.length });
      log(`warm-up: 3 s per target …`);
      for (const t of list) await runLoad(stage.app.base, t, { connections: 2, seconds: 3 });
      const phases = [
        { label: "sequential", connections: 1 },
        { label: "concurrent", connections: options.connections },
      ];
      const runs = new Map<string, LoadResult[]>();
      for (let round = 0; round < options.rounds; round++) {
        for (const phase of phases) {
          for (const t of list) {
            log(`round ${round + 1}/${options.rounds} · ${phase.label} · ${t.name} …`);
            const r = await runLoad(stage.app.base, t, { connections: phase.connections, seconds: options.seconds });
            const key = `${phase.label}\u0000${t.name}`;
            runs.set(key, [...(runs.get(key) ?? []), r]);
          }
        }
      }
      rss.end = stage.app.rssKb();
      // A failed first-load measurement (a chunk answering 500) must not throw away the rounds measured above.
      const fl = await measurePages(stage).catch((error: unknown) => {
        log(`first-load JS not measured: ${(error as Error).message}`);
        return null;
      });

      const rows: (string | number)[][] = [];
      const verdicts: string[] = [];
      for (const phase of phases) {
        const merged = (name: string) => {
          const rs = runs.get(`${phase.label}\u0000${name}`)!;
          const seconds = rs.reduce((a, r) => a + r.seconds, 0);
          const requests = rs.reduce((a, r) => a + r.requests, 0);
          return {
            lat: summarize(rs.flatMap((r) => r.latencyMs)),
            rps: requests / seconds,
            requests,
            errors: rs.reduce((a, r) => a + r.errors, 0),
            kb: rs[0]!.meanBytes / 1024,
          };
        };
        const health = merged(list[0]!.name);
        for (const t of list) {
          const m = merged(t.name);
          if (phase.label === "concurrent" && /^(paper|profile) page/.test(t.name)) {
            const ratio = m.lat.p95 / health.lat.p95;
            verdicts.push(
              `${t.name}: p95 ${fmt(m.lat.p95)} ms ÷ health p95 ${fmt(health.lat.p95)} ms = **${fmt(ratio, 2)}** (target ≤ 2: ${ratio <= 2 ? "met" : "not met"})`,
            );
          }
          rows.push([
            `${phase.label} (${phase.connections} conn) · ${t.name}`,
            int(m.requests),
            fmt(m.rps, 1),
            fmt(m.lat.p50),
            fmt(m.lat.p95),
            fmt(m.lat.p99),
            m.errors,
            fmt(m.lat.p50 / health.lat.p50, 2),
            fmt(m.lat.p95 / health.lat.p95, 2),
            fmt(m.kb, 1),
          ]);
        }
      }
      const markdown = [
        `Corpus: ${int(stage.papers)} synthetic papers (raw loader, ${fmt(stage.loadMs / 1000, 0)} s) in the bench's own embedded PostgreSQL + Meilisearch; ` +
          `@${stage.seeded.handle} has ${stage.seeded.lists} public lists (${stage.seeded.items} items) and ${stage.seeded.annotations} public annotations on ${stage.seeded.annotatedIds.length} papers, ` +
          `made through the tRPC API. Production build behind \`apps/web/server.mjs\` as npm start runs it (LOG_LEVEL info, one log line per request; anonymous paper and profile pages come from the page cache once rendered). autocannon from the same machine, keep-alive; ` +
          `${options.rounds} round(s) × ${options.seconds} s per target and phase, interleaved, after a 3 s warm-up per target. ` +
          `Paper pages cycle through ${int(stage.seeded.paperIds.length)} ids (a random sample + every listed/annotated paper), each request of a run a different paper (every run starts at the first id). ` +
          `Before the rounds, every paper was requested once (the first-visit line below), so the rounds measure pages on their second visit on. ` +
          `Load average (1/5/15 min) before ${loadBefore}, after ${loadAverage()}.`,
        "",
        table(["phase · target", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "p50 ÷ health", "p95 ÷ health", "KB/response"], rows),
        "",
        `At ${options.connections} connections, p95 ÷ \`/api/health\` p95 (issue 17.5):`,
        "",
        ...verdicts.map((v) => `- ${v}`),
        "",
        `First visit of each of ${int(firstVisits.requests)} papers (2 connections, before the rounds: related papers computed, public cache empty): ` +
          `p50 ${fmt(summarize(firstVisits.latencyMs).p50)} ms, p95 ${fmt(summarize(firstVisits.latencyMs).p95)} ms, ${fmt(firstVisits.rps, 1)} req/s, ${firstVisits.errors} errors.`,
        "",
        `Server RSS (the web process and its children): ${fmt(rss.idle / 1024, 0)} MB after start, peak ${fmt(rss.peak / 1024, 0)} MB under load, ${fmt(rss.end / 1024, 0)} MB at the end.`,
        "",
        '- `/api/health` answers 503 ("degraded") because no worker runs in the bench; it still does its PostgreSQL and Meilisearch probes, so it is counted as a normal response.',
        "- Latency is measured by the client on loopback: sequential-phase numbers are server time plus well under a millisecond of transport.",
        ...notes.map((n) => `- ${n}`),
      ].join("\n");
      return { markdown, firstLoadMarkdown: fl ? firstLoadMarkdown(fl) : null };
    } finally {
      clearInterval(timer);
    }
  });
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const papers = parseSize(arg("--size") ?? "100k");
  const r = await benchPages({
    papers,
    seconds: Number(arg("--seconds") ?? 8),
    rounds: Number(arg("--rounds") ?? 2),
    connections: Number(arg("--connections") ?? 8),
    sample: Number(arg("--sample") ?? 1000),
    build: !process.argv.includes("--no-build"),
  });
  console.log(`\n## Pages at ${sizeLabel(papers)}\n\n${r.markdown}\n\n## First-load JS\n\n${r.firstLoadMarkdown ?? "not measured"}`);
}
