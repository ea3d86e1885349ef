import { Prisma, type Db } from "@commonplace/db";

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
 * - Public activity is a public annotation (publicAnnotationSql below: PUBLIC, not deleted, in no list or a
 *   PUBLIC list) or an add of the paper to a PUBLIC list. Each person counts once per paper (their latest
 *   such act), so one busy annotator cannot push a paper up alone. PRIVATE, TEAM and UNLISTED activity never
 *   counts: trending is public, and must not reveal what teams read.
 * - The recency prior (worth a fraction of one upvote) lets brand-new papers surface before anyone votes,
 *   and orders papers nobody has touched lately from newest to oldest.
 * - Only events within WINDOW (10 half-lives, where decay < 0.1%) and not after `now` are read, and papers
 *   dated after `now` are not candidates (with a fixed `now`, the ranking is the one of that instant).
 *
 * Every term decays with the same half-life, so score(p, t) · 2^(t / HALF_LIFE) is the same at every t (as long
 * as no event leaves the window). Its log, the rank key, is what the worker stores per active paper
 * (TrendingScore, refreshTrending below) and what every web instance sorts by: a paper nobody touched has the
 * key log2(RECENCY_PRIOR) + published / HALF_LIFE, so it needs no row at all.
 */
export const HALF_LIFE_MS = 3 * 24 * 3600 * 1000;
export const ACTIVITY_WEIGHT = 0.5;
export const RECENCY_PRIOR = 0.3;
export const WINDOW_MS = 10 * HALF_LIFE_MS;
/** Ages are capped at this many half-lives before exponentiating (2^-1000 is still a normal float8). */
export const MAX_HALF_LIVES = 1000;
/** Below this many papers with upvotes or public activity in the window, a ranking says nothing: show newest. */
export const MIN_ACTIVE_PAPERS = 3;

/**
 * What "public" means for an annotation — the one definition, which the API's policy (policy/public.ts)
 * re-exports for its Prisma form: PUBLIC, not deleted, and in no list or in a list that is PUBLIC now. SQL
 * over annotation `a` LEFT JOINed to its list `l` ("ReadingList" l ON l.id = a."listId").
 */
export const publicAnnotationSql = Prisma.sql`(a.visibility = 'PUBLIC' AND a."deletedAt" IS NULL AND (a."listId" IS NULL OR l.visibility = 'PUBLIC'))`;

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

/** `now` as SQL: timestamps are stored as UTC `timestamp(3)`, so compare in UTC whatever the session time zone. */
export const utcInstant = (at: Date) => Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** decay(now − at) in SQL, exactly as `decay` computes it. */
export function decaySql(now: Date, at: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`power(2::float8, -least(greatest(extract(epoch FROM (${utcInstant(now)} - ${at}))::float8 * 1000, 0) / ${HALF_LIFE_MS}::float8, ${MAX_HALF_LIVES}::float8))`;
}

/**
 * CTEs `votes` and `activity` ("paperId", s): the decayed upvote and public-activity sums of every paper with
 * such events in the window before `now` (only of `paperIds`, when given). Found through the createdAt indexes,
 * so the work grows with recent activity, not with the corpus.
 */
export function activitySql(now: Date, paperIds?: string[]): Prisma.Sql {
  const upper = utcInstant(now);
  const lower = utcInstant(new Date(now.getTime() - WINDOW_MS));
  const only = (column: Prisma.Sql) => (paperIds ? Prisma.sql`AND ${column} = ANY(${paperIds}::text[])` : Prisma.empty);
  return Prisma.sql`votes AS (
      SELECT u."paperId", sum(${decaySql(now, Prisma.sql`u."createdAt"`)}) AS s
      FROM "Upvote" u WHERE u."createdAt" > ${lower} AND u."createdAt" <= ${upper} ${only(Prisma.sql`u."paperId"`)}
      GROUP BY u."paperId"
    ), acts AS (
      SELECT e."paperId", e."actorId", max(e.at) AS at FROM (
        SELECT a."paperId", a."authorId" AS "actorId", a."createdAt" AS at
        FROM "Annotation" a LEFT JOIN "ReadingList" l ON l.id = a."listId"
        WHERE a."createdAt" > ${lower} AND a."createdAt" <= ${upper} AND ${publicAnnotationSql} ${only(Prisma.sql`a."paperId"`)}
        UNION ALL
        SELECT i."paperId", i."addedById", i."createdAt"
        FROM "ReadingListItem" i JOIN "ReadingList" l ON l.id = i."listId"
        WHERE i."createdAt" > ${lower} AND i."createdAt" <= ${upper} AND l.visibility = 'PUBLIC' ${only(Prisma.sql`i."paperId"`)}
      ) e GROUP BY e."paperId", e."actorId"
    ), activity AS (
      SELECT "paperId", sum(${decaySql(now, Prisma.sql`at`)}) AS s FROM acts GROUP BY "paperId"
    )`;
}

/** The full score at `now` of paper `p`, with the `votes` and `activity` CTEs LEFT JOINed as v and x. */
export const scoreSql = (now: Date) =>
  Prisma.sql`(coalesce(v.s, 0) + ${ACTIVITY_WEIGHT}::float8 * coalesce(x.s, 0) + ${RECENCY_PRIOR}::float8 * ${decaySql(now, Prisma.sql`coalesce(p."publishedAt", p."createdAt")`)})::float8`;

export interface TrendingPage {
  limit: number;
  offset?: number;
  /** Defaults to the current time; tests pass a fixed instant. */
  now?: Date;
}

const pageOf = (options: TrendingPage) => ({
  limit: Math.max(0, Math.floor(options.limit)),
  offset: Math.max(0, Math.floor(options.offset ?? 0)),
  now: options.now ?? new Date(),
});

/**
 * The ranking at `now` computed from the events themselves (the reference the stored ranking is checked
 * against, and how it is rebuilt). Candidates are the papers with events in the window plus the
 * `offset + limit` newest papers: a paper with no recent events scores only its prior, which falls with age,
 * so no older paper can outrank those.
 */
export async function rankTrending(db: Db, options: TrendingPage): Promise<{ id: string; score: number }[]> {
  const { limit, offset, now } = pageOf(options);
  if (limit === 0) return [];
  const newest = offset + limit;
  const at = utcInstant(now);
  return db.$queryRaw<{ id: string; score: number }[]>`
    WITH ${activitySql(now)}, candidates AS (
      SELECT "paperId" AS id FROM votes
      UNION SELECT "paperId" FROM activity
      UNION (SELECT id FROM "Paper" WHERE "publishedAt" <= ${at} ORDER BY "publishedAt" DESC, id LIMIT ${newest})
      UNION (SELECT id FROM "Paper" WHERE "publishedAt" IS NULL AND "createdAt" <= ${at} ORDER BY "createdAt" DESC, id LIMIT ${newest})
    )
    SELECT p.id, ${scoreSql(now)} AS score
    FROM candidates c
    JOIN "Paper" p ON p.id = c.id
    LEFT JOIN votes v ON v."paperId" = p.id
    LEFT JOIN activity x ON x."paperId" = p.id
    ORDER BY score DESC, coalesce(p."publishedAt", p."createdAt") DESC, p.id
    LIMIT ${limit} OFFSET ${offset}`;
}

/** How many papers had an upvote or public activity (the acts trending counts) within WINDOW before `now`. */
export async function activePaperCount(db: Db, now = new Date()): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    WITH ${activitySql(now)}
    SELECT count(*)::int AS n FROM (SELECT "paperId" FROM votes UNION SELECT "paperId" FROM activity) active`;
  return row?.n ?? 0;
}
