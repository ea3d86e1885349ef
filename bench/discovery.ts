// Issue 17.2: Trending and category counts read from the tables the worker keeps, against computing them per
// request from every vote and public act of the window (what each web instance did before), at 100k papers and
// 300k votes (plus 30k public annotations and 10k public list adds). Both measured in the same run, on the same
// database; the stored ranking is checked against the computed one at the rebuild instant. Prints tables;
// asserts nothing. Writes the `discovery` section of bench/RESULTS.md (not with --no-write).
//
//   npx tsx bench/discovery.ts [--papers 100000] [--votes 300000] [--rounds 40] [--no-write]
import { createDb } from "@commonplace/db";
import {
  activePaperCount,
  rankStoredTrending,
  rankTrending,
  refreshDiscovery,
  refreshTrending,
  storedActiveCount,
  storedCategoryCounts,
} from "@commonplace/catalogue";
import { fmt, int, loadAverage, machine, percentile, table } from "./lib/report.ts";
import { writeSection } from "./lib/results-section.ts";
import { startServices } from "./lib/services.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PAPERS = arg("papers", 100_000);
const VOTES = arg("votes", 300_000);
const ROUNDS = arg("rounds", 40);
const PAGE = { limit: 21, offset: 0 };

async function time(label: string, fn: () => Promise<unknown>): Promise<(string | number)[]> {
  const ms: number[] = [];
  await fn(); // warm
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return [label, fmt(percentile(ms, 50)), fmt(percentile(ms, 95)), fmt(percentile(ms, 99))];
}

const services = await startServices("discovery");
const db = createDb(services.databaseUrl);
try {
  const seedStart = performance.now();
  const users = 5000;
  await db.$executeRawUnsafe(`
    INSERT INTO "User" (id, email, handle, name, "updatedAt")
    SELECT 'u' || g, 'u' || g || '@example.org', 'u' || g, 'User ' || g, now() FROM generate_series(1, ${users}) g`);
  // Papers published over the last two years; 40 categories, one to three per paper.
  await db.$executeRawUnsafe(`
    INSERT INTO "Paper" (id, "canonicalKey", title, "normTitle", source, categories, "publishedAt", "updatedAt")
    SELECT 'p' || g, 'bench:' || g, 'Paper ' || g, 'paper ' || g, 'bench',
      ARRAY['cat.' || (g % 40)] || CASE WHEN g % 3 = 0 THEN ARRAY['cat.' || ((g / 3) % 40)] ELSE ARRAY[]::text[] END,
      now() - ((g % 730) || ' days')::interval - ((g % 86400) || ' seconds')::interval, now()
    FROM generate_series(1, ${PAPERS}) g`);
  // Votes over the last 40 days (a quarter outside the 30-day window), skewed towards few papers.
  await db.$executeRawUnsafe(`
    INSERT INTO "Upvote" ("userId", "paperId", "createdAt")
    SELECT DISTINCT ON (u, p) 'u' || u, 'p' || p, at FROM (
      SELECT 1 + (g::bigint * 7919) % ${users} AS u, 1 + floor(${PAPERS} * power(random(), 3))::int AS p,
        now() - random() * 40 * interval '1 day' AS at
      FROM generate_series(1, ${VOTES}) g) v
    ON CONFLICT DO NOTHING`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Annotation" (id, "paperId", "authorId", visibility, body, "createdAt", "updatedAt")
    SELECT 'a' || g, 'p' || (1 + floor(${PAPERS} * power(random(), 2))::int), 'u' || (1 + g % ${users}), 'PUBLIC', 'note', now() - random() * 40 * interval '1 day', now()
    FROM generate_series(1, ${Math.round(VOTES / 10)}) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ReadingList" (id, title, visibility, "ownerId", "createdById", "updatedAt")
    SELECT 'l' || g, 'List ' || g, 'PUBLIC', 'u' || g, 'u' || g, now() FROM generate_series(1, 500) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ReadingListItem" (id, "listId", "paperId", position, "addedById", "createdAt", "updatedAt")
    SELECT DISTINCT ON (l, p) 'i' || l || '_' || p, 'l' || l, 'p' || p, lpad(p::text, 7, '0'), 'u' || l, now() - random() * 40 * interval '1 day', now() FROM (
      SELECT 1 + g % 500 AS l, 1 + floor(${PAPERS} * random())::int AS p FROM generate_series(1, ${Math.round(VOTES / 30)}) g) x
    ON CONFLICT DO NOTHING`);
  await db.$executeRawUnsafe(`ANALYZE`);
  const votes = await db.upvote.count();
  const seeded = (performance.now() - seedStart) / 1000;

  const rebuilds: number[] = [];
  const updated = async () =>
    Number((await db.$queryRaw<{ n: bigint }[]>`SELECT n_tup_upd + n_tup_ins AS n FROM pg_stat_user_tables WHERE relname = 'TrendingScore'`)[0]?.n ?? 0);
  let rewritten = 0;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    await refreshDiscovery(db);
    rebuilds.push(performance.now() - t0);
    // Rows written by the second rebuild (table statistics reach pg_stat at most once a second).
    if (r < 2) await new Promise((resolve) => setTimeout(resolve, 1500));
    rewritten = r === 0 ? await updated() : r === 1 ? (await updated()) - rewritten : rewritten;
  }
  rebuilds.sort((a, b) => a - b);
  const now = new Date();
  await refreshTrending(db, now);
  const stored = await rankStoredTrending(db, { limit: 200, now });
  const computed = await rankTrending(db, { limit: 200, now });
  const same = stored.length === computed.length && stored.every((s, i) => s.id === computed[i]!.id && Math.abs(s.score - computed[i]!.score) < 1e-9);

  const rows = [
    await time("trending page: computed per request (before)", () => Promise.all([rankTrending(db, PAGE), activePaperCount(db)])),
    await time("trending page: stored (now)", () => Promise.all([rankStoredTrending(db, PAGE), storedActiveCount(db)])),
    await time("trending page 10 (offset 200): stored", () => rankStoredTrending(db, { limit: 21, offset: 200 })),
    await time(
      "category counts: recounted per request (before)",
      () => db.$queryRaw`SELECT c AS category, count(*)::int AS count FROM "Paper", unnest(categories) AS c GROUP BY c ORDER BY count DESC, c`,
    ),
    await time("category counts: stored (now)", () => storedCategoryCounts(db)),
    // The floor under the same load: one round trip that does no work.
    await time("floor: SELECT 1 round trip", () => db.$queryRaw`SELECT 1`),
  ];
  const out: string[] = [];
  const p95 = (label: string) => Number(rows.find((r) => r[0] === label)![2]);
  out.push(`## Discovery from worker-kept tables (issue 17.2) — ${new Date().toISOString().slice(0, 10)}\n`);
  out.push(`${machine()}; load average ${loadAverage()}.`);
  out.push(
    `${int(PAPERS)} papers, ${int(votes)} upvotes (${int(await db.trendingScore.count())} papers active in the 30-day window), ` +
      `${int(await db.annotation.count())} public annotations, ${int(await db.readingListItem.count())} public list adds; seeded in ${fmt(seeded)} s. ` +
      `${ROUNDS} rounds per row, in-process (PostgreSQL on loopback), no HTTP.\n`,
  );
  out.push(table(["query", "p50 ms", "p95 ms", "p99 ms"], rows));
  out.push(
    `\nStored ÷ computed p95: trending ${fmt(p95("trending page: stored (now)") / p95("trending page: computed per request (before)"), 3)}×, ` +
      `categories ${fmt(p95("category counts: stored (now)") / p95("category counts: recounted per request (before)"), 3)}×.`,
  );
  out.push(
    `Worker rebuild of both tables (every minute, one worker at a time): p50 ${fmt(percentile(rebuilds, 50))} ms, max ${fmt(rebuilds.at(-1)!)} ms (5 runs).`,
  );
  out.push(
    `Rows a second rebuild rewrote: ${int(rewritten)} of ${int(await db.trendingScore.count())} (only papers whose key moved; before, every row every minute).`,
  );
  out.push(`Stored top 200 equals the ranking computed from the events at the rebuild instant: ${same ? "yes" : "NO"}.`);
  const body = out.join("\n");
  console.log(`\n${body}`);
  if (!process.argv.includes("--no-write")) await writeSection("discovery", body);
} finally {
  await db.$disconnect();
  await services.stop();
}
