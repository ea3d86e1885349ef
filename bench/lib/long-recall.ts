import {
  DEFAULT_LONG_QUERY,
  MeiliTermStats,
  queryTermCounts,
  rankPool,
  searchPapers,
  selectQueryTerms,
  type LongQueryOptions,
  type SearchClient,
} from "@commonplace/search";
import { pidsWhere, processCpuMs } from "./proc.ts";
import { fmt, table } from "./report.ts";

// How much the long path's candidate pool loses, and what it costs. Reference: the same BM25 (+
// feedback) over EVERY document of the index, with the same selected terms and statistics, i.e. what
// the long path would return if the pool were the whole corpus. recall@10 = the share of the
// reference's top 10 in the product's top 10. Cost: CPU seconds of the Meilisearch process (from
// /proc) and of this process (the web process's share: parsing, BM25, snippets) per long query.

export interface CandidatePlan {
  name: string;
  options: Partial<LongQueryOptions>;
}

/** The Meilisearch process whose command line holds `marker` (the bench's data directory). */
export function meilisearchPid(marker: string): number | null {
  return pidsWhere((cmd) => cmd.includes("meilisearch") && cmd.includes(marker))[0] ?? null;
}

/** Rounds of the CPU measurement (each plan, every query). */
export const RECALL_CPU_ROUNDS = 3;

export async function longQueryRecall(
  client: SearchClient,
  queries: readonly string[],
  plans: readonly CandidatePlan[],
  meiliPid: number | null,
  rounds = RECALL_CPU_ROUNDS,
): Promise<string> {
  const stats = new MeiliTermStats(client);
  const all: { id: string; terms: string }[] = [];
  for (let offset = 0; ; offset += 10_000) {
    const page = await client.meili.index(client.indexes.terms).getDocuments<{ id: string; terms: string }>({ fields: ["id", "terms"], limit: 10_000, offset });
    all.push(...page.results);
    if (page.results.length < 10_000) break;
  }
  const o = DEFAULT_LONG_QUERY;
  const noFeedback = { ...o.feedback, docs: 0 };
  const top10 = (scores: number[]) =>
    all
      .map((d, i) => ({ id: d.id, s: scores[i]! }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s || a.id.localeCompare(b.id))
      .slice(0, 10)
      .map((x) => x.id);
  const reference: { withFeedback: string[]; withoutFeedback: string[] }[] = [];
  for (const q of queries) {
    const counts = queryTermCounts(q);
    const [df, collection] = await Promise.all([stats.df([...counts.keys()]), stats.collection()]);
    const selected = selectQueryTerms(counts, df, collection.totalDocs, o.selection);
    const query = new Map(selected.map((t) => [t.term, t.qtf]));
    const idfs = new Map(selected.map((t) => [t.term, t.idf]));
    reference.push({
      withFeedback: top10(rankPool(all, query, idfs, collection.avgDocLength, o.bm25, o.feedback)),
      withoutFeedback: top10(rankPool(all, query, idfs, collection.avgDocLength, o.bm25, noFeedback)),
    });
  }
  const recall = (expected: string[], got: { id: string }[]) => {
    const ids = new Set(got.map((h) => h.id));
    return expected.filter((id) => ids.has(id)).length / Math.max(1, expected.length);
  };
  const rows: (string | number)[][] = [];
  for (const plan of plans) {
    const search = (q: string, options: Partial<LongQueryOptions>) =>
      searchPapers(client, { q, limit: 10, facets: [] }, { termStats: stats, strategy: "long", longQuery: options });
    let withFeedback = 0;
    let withoutFeedback = 0;
    for (let i = 0; i < queries.length; i++) {
      withFeedback += recall(reference[i]!.withFeedback, (await search(queries[i]!, plan.options)).hits);
      withoutFeedback += recall(reference[i]!.withoutFeedback, (await search(queries[i]!, { ...plan.options, feedback: noFeedback })).hits);
    }
    const meili0 = meiliPid === null ? NaN : processCpuMs(meiliPid);
    const own0 = process.cpuUsage();
    for (let r = 0; r < rounds; r++) for (const q of queries) await search(q, plan.options);
    const n = rounds * queries.length;
    const own = process.cpuUsage(own0);
    rows.push([
      plan.name,
      fmt(withFeedback / queries.length, 2),
      fmt(withoutFeedback / queries.length, 2),
      fmt(meiliPid === null ? NaN : (processCpuMs(meiliPid) - meili0) / n),
      fmt((own.user + own.system) / 1000 / n),
    ]);
  }
  return table(
    [
      "candidate plan",
      "recall@10 vs BM25 + feedback over all documents",
      "recall@10, feedback off on both sides",
      "Meilisearch CPU ms / long query",
      "web-process CPU ms / long query",
    ],
    rows,
  );
}
