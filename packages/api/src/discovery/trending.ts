import { Prisma, type Db } from "@commonplace/db";
import { publicAnnotationSql } from "../policy/public.ts";
import { loadCards, type PaperCard } from "./cards.ts";

/**
 * Trending papers.
 *
 *   score(p, now) =   Σ_{upvotes u of p}                 decay(now − u.createdAt)
 *                   + ACTIVITY_WEIGHT · Σ_{people a active on p} decay(now − latest public activity of a on p)
 *                   + RECENCY_PRIOR  · decay(now − (p.publishedAt ?? p.createdAt))
 *
 *   decay(age) = 2^(−age / HALF_LIFE),   HALF_LIFE = 3 days.
 *
 * - An upvote is worth 1 when cast and halves every three days.
 * - Public activity is a public annotation (policy/public.ts: PUBLIC, not deleted, in no list or a PUBLIC
 *   list) or an add of the paper to a PUBLIC list. Each person counts once per paper (their latest
 *   such act), so one busy annotator cannot push a paper up alone. PRIVATE, TEAM and UNLISTED activity never
 *   counts: trending is public, and must not reveal what teams read.
 * - The recency prior (worth a fraction of one upvote) lets brand-new papers surface before anyone votes,
 *   and orders papers nobody has touched lately from newest to oldest.
 * - Only events within WINDOW (10 half-lives, where decay < 0.1%) and not after `now` are read, and papers
 *   dated after `now` are not candidates (with a fixed `now`, the ranking is the one of that instant).
 *
 * Computed in one SQL statement. Candidates are the papers with events in the window (found through the
 * createdAt indexes of Upvote, Annotation and ReadingListItem) plus the `offset + limit` newest papers:
 * a paper with no recent events scores only its prior, which falls with age, so no older paper can
 * outrank those. The work therefore grows with recent activity, not with the size of the corpus.
 */
export const HALF_LIFE_MS = 3 * 24 * 3600 * 1000;
export const ACTIVITY_WEIGHT = 0.5;
export const RECENCY_PRIOR = 0.3;
export const WINDOW_MS = 10 * HALF_LIFE_MS;
/** Ages are capped at this many half-lives before exponentiating (2^-1000 is still a normal float8). */
const MAX_HALF_LIVES = 1000;

export function decay(ageMs: number): number {
  return 2 ** -Math.min(Math.max(ageMs, 0) / HALF_LIFE_MS, MAX_HALF_LIVES);
}

export interface ScoreInput {
  upvotes: Date[];
  /** Public acts on the paper (annotations, PUBLIC list adds) with who did them. */
  activity: { actorId: string; at: Date }[];
  publishedAt: Date | null;
  createdAt: Date;
}

/** The formula above in TypeScript: the reference the SQL is tested against. */
export function trendingScore(input: ScoreInput, now: Date): number {
  const t = now.getTime();
  const inWindow = (d: Date) => d.getTime() <= t && t - d.getTime() < WINDOW_MS;
  const votes = input.upvotes.filter(inWindow).reduce((s, d) => s + decay(t - d.getTime()), 0);
  const latest = new Map<string, number>();
  for (const a of input.activity) if (inWindow(a.at)) latest.set(a.actorId, Math.max(latest.get(a.actorId) ?? -Infinity, a.at.getTime()));
  const activity = [...latest.values()].reduce((s, at) => s + decay(t - at), 0);
  const prior = decay(t - (input.publishedAt ?? input.createdAt).getTime());
  return votes + ACTIVITY_WEIGHT * activity + RECENCY_PRIOR * prior;
}

export interface TrendingOptions {
  limit: number;
  offset?: number;
  /** Defaults to the current time; tests and feeds pass a fixed instant. */
  now?: Date;
}

export type TrendingCard = PaperCard & { score: number };

/** The `limit` papers from `offset` by trending score (highest first), as cards with their score. */
export async function trendingPapers(db: Db, options: TrendingOptions): Promise<TrendingCard[]> {
  const ranked = await rankTrending(db, options);
  const cards = await loadCards(
    db,
    ranked.map((r) => r.id),
  );
  const scores = new Map(ranked.map((r) => [r.id, r.score]));
  return cards.map((card) => ({ ...card, score: scores.get(card.id)! }));
}

export async function rankTrending(db: Db, options: TrendingOptions): Promise<{ id: string; score: number }[]> {
  const limit = Math.max(0, Math.floor(options.limit));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  if (limit === 0) return [];
  const nowIso = (options.now ?? new Date()).toISOString();
  const sinceIso = new Date(Date.parse(nowIso) - WINDOW_MS).toISOString();
  // Timestamps are stored as UTC `timestamp(3)`: compare in UTC whatever the session time zone.
  const now = Prisma.sql`(${nowIso}::timestamptz AT TIME ZONE 'UTC')`;
  const since = Prisma.sql`(${sinceIso}::timestamptz AT TIME ZONE 'UTC')`;
  const decaySql = (at: Prisma.Sql) =>
    Prisma.sql`power(2::float8, -least(greatest(extract(epoch FROM (${now} - ${at}))::float8 * 1000, 0) / ${HALF_LIFE_MS}::float8, ${MAX_HALF_LIVES}::float8))`;
  const newest = offset + limit;
  return db.$queryRaw<{ id: string; score: number }[]>`
    WITH votes AS (
      SELECT u."paperId", sum(${decaySql(Prisma.sql`u."createdAt"`)}) AS s
      FROM "Upvote" u WHERE u."createdAt" > ${since} AND u."createdAt" <= ${now}
      GROUP BY u."paperId"
    ), acts AS (
      SELECT e."paperId", e."actorId", max(e.at) AS at FROM (
        SELECT a."paperId", a."authorId" AS "actorId", a."createdAt" AS at
        FROM "Annotation" a LEFT JOIN "ReadingList" l ON l.id = a."listId"
        WHERE a."createdAt" > ${since} AND a."createdAt" <= ${now} AND ${publicAnnotationSql}
        UNION ALL
        SELECT i."paperId", i."addedById", i."createdAt"
        FROM "ReadingListItem" i JOIN "ReadingList" l ON l.id = i."listId"
        WHERE i."createdAt" > ${since} AND i."createdAt" <= ${now} AND l.visibility = 'PUBLIC'
      ) e GROUP BY e."paperId", e."actorId"
    ), activity AS (
      SELECT "paperId", sum(${decaySql(Prisma.sql`at`)}) AS s FROM acts GROUP BY "paperId"
    ), candidates AS (
      SELECT "paperId" AS id FROM votes
      UNION SELECT "paperId" FROM activity
      UNION (SELECT id FROM "Paper" WHERE "publishedAt" <= ${now} ORDER BY "publishedAt" DESC, id LIMIT ${newest})
      UNION (SELECT id FROM "Paper" WHERE "publishedAt" IS NULL AND "createdAt" <= ${now} ORDER BY "createdAt" DESC, id LIMIT ${newest})
    )
    SELECT p.id,
      (coalesce(v.s, 0) + ${ACTIVITY_WEIGHT}::float8 * coalesce(x.s, 0)
        + ${RECENCY_PRIOR}::float8 * ${decaySql(Prisma.sql`coalesce(p."publishedAt", p."createdAt")`)})::float8 AS score
    FROM candidates c
    JOIN "Paper" p ON p.id = c.id
    LEFT JOIN votes v ON v."paperId" = p.id
    LEFT JOIN activity x ON x."paperId" = p.id
    ORDER BY score DESC, coalesce(p."publishedAt", p."createdAt") DESC, p.id
    LIMIT ${limit} OFFSET ${offset}`;
}

/** Below this many papers with upvotes or public activity in the window, a ranking says nothing: show newest. */
export const MIN_ACTIVE_PAPERS = 3;

/** How many papers had an upvote or public activity (the acts trending counts) within WINDOW before `now`. */
export async function activePaperCount(db: Db, now = new Date()): Promise<number> {
  const nowIso = now.toISOString();
  const sinceIso = new Date(now.getTime() - WINDOW_MS).toISOString();
  const upper = Prisma.sql`(${nowIso}::timestamptz AT TIME ZONE 'UTC')`;
  const lower = Prisma.sql`(${sinceIso}::timestamptz AT TIME ZONE 'UTC')`;
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (
      SELECT u."paperId" FROM "Upvote" u WHERE u."createdAt" > ${lower} AND u."createdAt" <= ${upper}
      UNION
      SELECT a."paperId" FROM "Annotation" a LEFT JOIN "ReadingList" l ON l.id = a."listId"
      WHERE a."createdAt" > ${lower} AND a."createdAt" <= ${upper} AND a."deletedAt" IS NULL AND ${publicAnnotationSql}
      UNION
      SELECT i."paperId" FROM "ReadingListItem" i JOIN "ReadingList" l ON l.id = i."listId"
      WHERE i."createdAt" > ${lower} AND i."createdAt" <= ${upper} AND l.visibility = 'PUBLIC'
    ) active`;
  return row?.n ?? 0;
}
