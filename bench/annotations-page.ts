// Issue 16.3: the annotations page at 100k annotations (`annotationSearch.query` in-process: the keyset SQL
// over the page's rows with the full-text match on the generated "searchVector" + GIN, then every row through
// the annotation policy and into views). Baselines measured in the same run: the same page without text search
// (a plain indexed lookup). Prints p50/p95/p99 tables, the EXPLAIN ANALYZE of the text-search candidate query,
// and the machine load; asserts nothing.
//
//   npx tsx bench/annotations-page.ts [--size 100000] [--rounds 40] [--write]   (--write: the section in RESULTS.md)
import os from "node:os";
import { createDb, Prisma } from "@commonplace/db";
import { Access } from "../packages/api/src/annotations/access.ts";
import { candidates, filterSql, pageOwner, searchAnnotations } from "../packages/api/src/annotations/search.ts";
import { pageInput, type PageFilters } from "../packages/api/src/annotations/search-schemas.ts";
import { loadAverage, machine, percentile, table } from "./lib/report.ts";
import { writeSection } from "./lib/results-section.ts";
import { startServices } from "./lib/services.ts";
import { seedAnnotations } from "./lib/seed-annotations.ts";

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const size = Number(arg("--size", "100000"));
const rounds = Number(arg("--rounds", "40"));

const services = await startServices("annotations-page");
const db = createDb(services.databaseUrl);
try {
  const loadBefore = loadAverage();
  const t0 = performance.now();
  const seed = await seedAnnotations(db, size);
  const seedSeconds = ((performance.now() - t0) / 1000).toFixed(0);
  const access = () => new Access(db, seed.me);
  const share = async (word: string) => {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Annotation" WHERE "searchVector" @@ websearch_to_tsquery('english', ${word})`;
    return `${((Number(row!.n) / size) * 100).toFixed(1)}% of all annotations`;
  };
  const shares = { common: await share(seed.words.common), mid: await share(seed.words.mid), rare: await share(seed.words.rare) };
  const team = { teamSlug: seed.teamSlug };
  // [label, filters, baseline label]: each text search beside the same page without it.
  const cases: [string, PageFilters, string | null][] = [
    ["mine · no filter (baseline)", {}, null],
    ["mine · q common word", { q: seed.words.common }, "mine · no filter (baseline)"],
    ["mine · q rare word", { q: seed.words.rare }, "mine · no filter (baseline)"],
    ["mine · q two words", { q: `${seed.words.common} ${seed.words.mid}` }, "mine · no filter (baseline)"],
    ["mine · tag (baseline)", { tag: "method" }, null],
    ["mine · tag + q", { tag: "method", q: seed.words.mid }, "mine · tag (baseline)"],
    ["mine · paper + scope + dates", { paperId: seed.paperId, scope: "PRIVATE", from: "2025-01-01", to: "2025-06-30" }, null],
    ["team · no filter (baseline)", team, null],
    ["team · q common word", { ...team, q: seed.words.common }, "team · no filter (baseline)"],
    ["team · q rare word", { ...team, q: seed.words.rare }, "team · no filter (baseline)"],
    ["team · person (baseline)", { ...team, author: seed.colleague }, null],
    ["team · person + q", { ...team, author: seed.colleague, q: seed.words.mid }, "team · person (baseline)"],
  ];
  const p50s = new Map<string, number>();
  const sqlP50s = new Map<string, number>();
  const rows: (string | number)[][] = [];
  const sqlRows: (string | number)[][] = [];
  for (const [label, filters, baseline] of cases) {
    const input = pageInput.parse(filters);
    await searchAnnotations(db, access(), input); // warm
    const times: number[] = [];
    let shown = 0;
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      shown = (await searchAnnotations(db, access(), input)).items.length;
      times.push(performance.now() - start);
    }
    const p50 = percentile(times, 50);
    p50s.set(label, p50);
    const ratio = baseline ? `${(p50 / p50s.get(baseline)!).toFixed(2)}×` : "—";
    rows.push([label, shown, p50.toFixed(1), percentile(times, 95).toFixed(1), percentile(times, 99).toFixed(1), ratio]);
    // The candidate query alone (what the index serves), same filters.
    const where = await filterSql(db, await pageOwner(db, seed.me, input.teamSlug), input);
    const sqlTimes: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      await candidates(db, where, null, input.limit + 1);
      sqlTimes.push(performance.now() - start);
    }
    const sqlP50 = percentile(sqlTimes, 50);
    sqlP50s.set(label, sqlP50);
    const sqlRatio = baseline ? `${(sqlP50 / sqlP50s.get(baseline)!).toFixed(2)}×` : "—";
    sqlRows.push([label, sqlP50.toFixed(2), percentile(sqlTimes, 95).toFixed(2), percentile(sqlTimes, 99).toFixed(2), sqlRatio]);
  }
  const explain = async (filters: PageFilters) => {
    const where = await filterSql(db, await pageOwner(db, seed.me, filters.teamSlug), filters);
    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN (ANALYZE, COSTS OFF, TIMING ON)
      SELECT a."id", a."createdAt" FROM "Annotation" a WHERE ${Prisma.join(where, " AND ")} ORDER BY a."createdAt" DESC, a."id" DESC LIMIT 26`;
    return plan.map((p) => p["QUERY PLAN"]);
  };
  const planCommon = await explain({ ...team, q: seed.words.common });
  const planRare = await explain({ ...team, q: seed.words.rare });
  const loadAfter = loadAverage();
  const counts = `${size.toLocaleString("en")} annotations (${seed.mine.toLocaleString("en")} by the viewer, ${seed.teamRows.toLocaleString("en")} in their team), ${seed.papers.toLocaleString("en")} papers, ${seed.people} people; seeded in ${seedSeconds} s`;
  const markdown = [
    `${counts}. Words: common in ${shares.common}, middling in ${shares.mid}, rare in ${shares.rare}.`,
    `${rounds} rounds per case, one page of 25, sequential, in-process (\`annotationSearch.query\`: candidate SQL, then`,
    'each row through `visibleAnnotationsWhere` + `decideAnnotation`, then views). "× baseline" = p50 over the same page without',
    "the text search (an indexed lookup on `(authorId, createdAt)` / `(teamId, createdAt)`), measured in the same run.",
    "",
    table(["page · filters", "shown", "p50 ms", "p95 ms", "p99 ms", "× baseline p50"], rows),
    "",
    "The candidate query alone (the keyset SQL the indexes serve; the rest of a page is the policy pass and rendering):",
    "",
    table(["page · filters", "SQL p50 ms", "SQL p95 ms", "SQL p99 ms", "× baseline p50"], sqlRows),
    "",
    `Query plans of the team page's candidate query (\`EXPLAIN ANALYZE\`), a common word (in ${shares.common}) and a rare one (in ${shares.rare}):`,
    "",
    "```",
    ...planCommon,
    "```",
    "",
    "```",
    ...planRare,
    "```",
    "",
    `Machine: ${machine()}. Load average (1/5/15 min) before seeding ${loadBefore}, after the run ${loadAfter} (${os.availableParallelism()} cores, shared).`,
  ].join("\n");
  console.log(markdown);
  if (process.argv.includes("--write")) {
    const stamp = new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC";
    await writeSection(
      `annotations-page-${size / 1000}k`,
      `## Annotations page: search at ${size / 1000}k annotations (issue 16.3)\n\n_${stamp}_\n\n${markdown}`,
    );
  }
} finally {
  await db.$disconnect();
  await services.stop();
}
