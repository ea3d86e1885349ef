import { Prisma, type Db } from "@commonplace/db";
import { HALF_LIFE_MS, RECENCY_PRIOR, activitySql, decaySql, scoreSql, utcInstant, type TrendingPage } from "./trending.ts";

// Discovery read from tables the worker keeps (issue 17.2), so that every web instance answers Trending and the
// category counts with an index read instead of aggregating every vote of the last month:
// - TrendingScore: one row per paper with upvotes or public activity in the window, holding its rank key
//   (trending.ts). A full rebuild runs every minute in the worker (refreshDiscovery); a vote updates its
//   paper's row at once (refreshTrending with paperIds). A row is only ever replaced by one computed at a later
//   instant, so a slow rebuild cannot undo a vote that committed while it ran, and only when its key moved.
// - CategoryCount: papers per category, rebuilt with the scores.
// - DiscoveryRefresh: when each was last rebuilt, so a reader can tell a store nobody keeps (no worker yet).

/**
 * Tables holding data derived from a paper's rows, one row per paper keyed by "paperId", that the worker
 * recomputes. The one list of them: a merge deletes the duplicate's rows here (instead of moving them) and
 * the next rebuild rescores the survivor; anything added to the store that references a paper goes here.
 */
export const DERIVED_PAPER_TABLES = ["TrendingScore"] as const;

export const DISCOVERY_REFRESH_MS = 60_000;
/** A store not rebuilt for this long (or "rebuilt" in the future: a clock that went back) is stale. */
export const DISCOVERY_STALE_MS = 3 * DISCOVERY_REFRESH_MS;
/** Clock skew between processes tolerated: rows computed later than this after a reader's `now` are not read. */
const SKEW_MS = 60_000;
const notAfter = (now: Date) => utcInstant(new Date(now.getTime() + SKEW_MS));
/** pg advisory lock key: one rebuild at a time across every worker and web instance. */
export const DISCOVERY_LOCK_KEY = 0x636f6d70; // "comp"

/** What the statements below run on: the client, or the transaction that holds the rebuild lock. */
type Sql = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;
/** A rebuild of every table at 100k papers takes about a second; give a busy machine room. */
const REBUILD_TIMEOUT_MS = 120_000;

/** Rebuilds the trending rows as of `now` (of `paperIds` only, when given: papers whose events just changed). */
export async function refreshTrending(db: Db, now = new Date(), paperIds?: string[]): Promise<void> {
  if (paperIds && paperIds.length === 0) return;
  await db.$transaction((tx) => writeTrending(tx, now, paperIds), { timeout: REBUILD_TIMEOUT_MS });
}

/**
 * A rank key moves only when its paper's events change (a vote, an act, one leaving the window); between
 * two rebuilds it differs by rounding alone. Rows whose key moved less than this are left as they are.
 */
const KEY_EPSILON = 1e-9;

async function writeTrending(tx: Sql, now: Date, paperIds?: string[]): Promise<void> {
  const at = utcInstant(now);
  // The rank key (trending.ts): log2 of the score at `now`, plus `now` in half-lives.
  const key = Prisma.sql`(ln(${scoreSql(now)}) / ln(2::float8) + ${now.getTime() / HALF_LIFE_MS}::float8)`;
  const scope = paperIds ? Prisma.sql`AND t."paperId" = ANY(${paperIds}::text[])` : Prisma.empty;
  // One statement: upsert the active papers' keys, then delete the rows of papers no longer active (their
  // events left the window) that nobody wrote later, and rows "computed" well after `now` (a clock that has
  // since gone back). Since the key is the same at every instant, a row whose key did not move is not
  // rewritten: a rebuild touches the papers whose events changed, not all 78k rows a minute (which left the
  // table and its index full of dead rows for every reader to step over).
  await tx.$executeRaw`
    WITH ${activitySql(now, paperIds)}, active AS (SELECT "paperId" FROM votes UNION SELECT "paperId" FROM activity),
    written AS (
      INSERT INTO "TrendingScore" ("paperId", "rankKey", "computedAt")
      SELECT p.id, ${key}, ${at}
      FROM active c JOIN "Paper" p ON p.id = c."paperId"
      LEFT JOIN votes v ON v."paperId" = p.id LEFT JOIN activity x ON x."paperId" = p.id
      ON CONFLICT ("paperId") DO UPDATE SET "rankKey" = EXCLUDED."rankKey", "computedAt" = EXCLUDED."computedAt"
      WHERE "TrendingScore"."computedAt" <= EXCLUDED."computedAt" AND abs("TrendingScore"."rankKey" - EXCLUDED."rankKey") > ${KEY_EPSILON}::float8
      RETURNING 1)
    DELETE FROM "TrendingScore" t
    WHERE ((t."computedAt" < ${at} AND NOT EXISTS (SELECT 1 FROM active c WHERE c."paperId" = t."paperId")) OR t."computedAt" > ${notAfter(now)}) ${scope}`;
  if (!paperIds) await markRefreshed(tx, "trending", now);
}

/** Recounts papers per category. */
export async function refreshCategoryCounts(db: Db, now = new Date()): Promise<void> {
  await db.$transaction((tx) => writeCategoryCounts(tx, now), { timeout: REBUILD_TIMEOUT_MS });
}

async function writeCategoryCounts(tx: Sql, now: Date): Promise<void> {
  await tx.$executeRaw`DELETE FROM "CategoryCount"`;
  await tx.$executeRaw`INSERT INTO "CategoryCount" (category, count) SELECT c, count(*)::int FROM "Paper", unnest(categories) AS c GROUP BY c`;
  await markRefreshed(tx, "categories", now);
}

function markRefreshed(tx: Sql, name: string, now: Date) {
  return tx.$executeRaw`
    INSERT INTO "DiscoveryRefresh" (name, "refreshedAt") VALUES (${name}, ${utcInstant(now)})
    ON CONFLICT (name) DO UPDATE SET "refreshedAt" = EXCLUDED."refreshedAt"`;
}

/**
 * Rebuilds both tables in one transaction, unless another process is rebuilding them right now (then returns
 * false at once). The lock is a transaction lock: it ends with the transaction, whatever happens to it.
 */
export async function refreshDiscovery(db: Db, now = new Date()): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${DISCOVERY_LOCK_KEY}) AS ok`;
      if (!lock?.ok) return false;
      await writeTrending(tx, now);
      await writeCategoryCounts(tx, now);
      return true;
    },
    { timeout: REBUILD_TIMEOUT_MS },
  );
}

/** Whether the discovery tables are missing or older than DISCOVERY_STALE_MS at `now`. */
export async function discoveryIsStale(db: Db, now = new Date()): Promise<boolean> {
  const rows = await db.discoveryRefresh.findMany({ select: { name: true, refreshedAt: true } });
  if (rows.length < 2) return true;
  return rows.some((r) => Math.abs(now.getTime() - r.refreshedAt.getTime()) > DISCOVERY_STALE_MS);
}

/**
 * The trending page at `now` from the store: the stored active papers and the `offset + limit` newest papers
 * (key of their prior alone), each paper once with its highest key. Scores are reported as trending.ts
 * defines them at `now`.
 */
export async function rankStoredTrending(db: Db, options: TrendingPage): Promise<{ id: string; score: number }[]> {
  const limit = Math.max(0, Math.floor(options.limit));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const now = options.now ?? new Date();
  if (limit === 0) return [];
  const newest = offset + limit;
  const at = utcInstant(now);
  // The key of a paper with no events: log2(RECENCY_PRIOR · 2^(−(t − published)/H)) + t/H, whatever t.
  const priorKey = (column: Prisma.Sql) =>
    Prisma.sql`(${Math.log2(RECENCY_PRIOR)}::float8 + extract(epoch FROM ${column})::float8 * 1000 / ${HALF_LIFE_MS}::float8)`;
  const nowHalfLives = now.getTime() / HALF_LIFE_MS;
  return db.$queryRaw<{ id: string; score: number }[]>`
    WITH keyed AS (
      (SELECT "paperId" AS id, "rankKey" AS key, true AS active FROM "TrendingScore" WHERE "computedAt" <= ${notAfter(now)}
       ORDER BY "rankKey" DESC LIMIT ${newest})
      UNION ALL
      (SELECT id, ${priorKey(Prisma.sql`"publishedAt"`)}, false FROM "Paper" WHERE "publishedAt" <= ${at} ORDER BY "publishedAt" DESC, id LIMIT ${newest})
      UNION ALL
      (SELECT id, ${priorKey(Prisma.sql`"createdAt"`)}, false FROM "Paper" WHERE "publishedAt" IS NULL AND "createdAt" <= ${at} ORDER BY "createdAt" DESC, id LIMIT ${newest})
    ), best AS (
      SELECT DISTINCT ON (id) id, key, active FROM keyed ORDER BY id, key DESC
    )
    SELECT p.id,
      (CASE WHEN b.active THEN power(2::float8, b.key - ${nowHalfLives}::float8)
            ELSE ${RECENCY_PRIOR}::float8 * ${decaySql(now, Prisma.sql`coalesce(p."publishedAt", p."createdAt")`)} END)::float8 AS score
    FROM best b JOIN "Paper" p ON p.id = b.id
    ORDER BY b.key DESC, coalesce(p."publishedAt", p."createdAt") DESC, p.id
    LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * Papers in the store (those with upvotes or public activity in the window when last scored), counted up to
 * `atMost`: callers only need to know whether there are enough to rank, and counting every row at 100k active
 * papers costs more than the ranking itself.
 */
export async function storedActiveCount(db: Db, now = new Date(), atMost = 1000): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "TrendingScore" WHERE "computedAt" <= ${notAfter(now)} LIMIT ${atMost}) active`;
  return row?.n ?? 0;
}

/** Every category with its number of papers, most papers first. */
export function storedCategoryCounts(db: Db): Promise<{ category: string; count: number }[]> {
  return db.categoryCount.findMany({ orderBy: [{ count: "desc" }, { category: "asc" }], select: { category: true, count: true } });
}
