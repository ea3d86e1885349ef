import { readFileSync } from "node:fs";
import { PAPERS } from "./test/papers.fixture.ts";
import { createSearchClient, toPaperDocument, ensureIndex, upsertDocuments } from "./src/index.ts";
const { env } = JSON.parse(readFileSync("/tmp/prof-env.json", "utf8"));
const n = createSearchClient({ host: env.MEILI_HOST, apiKey: env.MEILI_MASTER_KEY, indexPrefix: "scratch_new_" });
await ensureIndex(n); await upsertDocuments(n, PAPERS.map(toPaperDocument));
for (const q of ["how overfitting", "how neural overfitting", "how can overfitting", "vaccine overfitting", "how", "zebra overfitting networks"]) {
  const out = [];
  for (const ms of ["last", "frequency"] as const) {
    const r = await n.meili.index(n.indexes.papers).search(q, { matchingStrategy: ms, limit: 3, attributesToRetrieve: ["id"] });
    out.push(`${ms}: ${r.estimatedTotalHits} ${r.hits.map((h) => h.id).join(",")}`);
  }
  console.log(JSON.stringify(q), "|", out.join(" | "));
}
for (const i of [n.indexes.papers, n.indexes.terms]) await n.meili.deleteIndex(i).waitTask();
