import type { Db } from "@commonplace/db";

// The per-paper cache (RelatedPapers): public candidates only, the same for every viewer; what a viewer gets
// is filtered again when read (related.ts). A row is current while its text fingerprint matches the paper's,
// it is younger than RELATED_TTL_MS, and the library has not grown by more than a tenth since: new papers
// reach older papers' lists within a day, or sooner after a large import.

export const RELATED_TTL_MS = 24 * 3600 * 1000;
const GROWTH = 1.1;

export interface CachedRelated {
  relatedIds: string[];
  textHash: string;
  librarySize: number;
  computedAt: Date;
}

export function readCached(db: Db, paperId: string): Promise<CachedRelated | null> {
  return db.relatedPapers.findUnique({ where: { paperId } });
}

export async function writeCached(db: Db, paperId: string, row: CachedRelated): Promise<void> {
  await db.relatedPapers.upsert({ where: { paperId }, create: { paperId, ...row }, update: row });
}

/**
 * Papers in the catalogue, from PostgreSQL's statistics (kept by autovacuum's analyze, which runs after about a
 * tenth of a table changed — the same scale as GROWTH): no count over the table on a page view. A table never
 * analysed yet (a new, small library) is counted.
 */
export async function librarySize(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT reltuples::float8 AS n FROM pg_class WHERE oid = '"Paper"'::regclass`;
  if (row && row.n >= 0) return Math.round(row.n);
  const [count] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Paper"`;
  return count?.n ?? 0;
}

export type Freshness = "current" | "expired" | "changed";

/** "changed": computed for another text (never shown); "expired": shown only while search cannot refresh it. */
export function freshness(row: CachedRelated, textHash: string, size: number, now = Date.now()): Freshness {
  if (row.textHash !== textHash) return "changed";
  if (now - row.computedAt.getTime() > RELATED_TTL_MS || size > row.librarySize * GROWTH) return "expired";
  return "current";
}
