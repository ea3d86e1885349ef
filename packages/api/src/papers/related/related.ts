import type { Db } from "@commonplace/db";
import type { SearchClient } from "@commonplace/search";
import { resolvePaperId } from "../../catalogue/redirect.ts";
import { loadCards } from "../../discovery/cards.ts";
import { AppError, serviceUnavailable, unreachableService } from "../../errors/index.ts";
import { freshness, librarySize, readCached, writeCached, type CachedRelated } from "./cache.ts";
import { CACHED_CANDIDATES, keepRelated, relatedTextHash, searchCandidates, subjectSelect, type RelatedSubject } from "./candidates.ts";
import type { RelatedView } from "./schemas.ts";

// Issue 16.6: a paper's related papers. Cached per paper (cache.ts), computed on first request through the
// long-query search path (candidates.ts). Search down: a cached list, even an expired one, is still shown
// (flagged stale); with none, the answer is the search service's 503, which the paper page shows as a note.

/** One computation per paper at a time in this process, and at most two at once (each is a long search). */
const inFlight = new Map<string, Promise<CachedRelated>>();
let running = 0;
const waiting: (() => void)[] = [];
const MAX_RUNNING = 2;

async function limited<T>(run: () => Promise<T>): Promise<T> {
  // A finished computation hands its slot straight to the next one waiting.
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await run();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

async function compute(db: Db, client: SearchClient, subject: RelatedSubject, textHash: string, size: number): Promise<CachedRelated> {
  // Stamped when the search starts: a list that read an index the worker then rebuilt is among those it forgets.
  const computedAt = new Date();
  const ids = await limited(() => searchCandidates(client, subject));
  const row = { relatedIds: (await keepRelated(db, subject, ids)).slice(0, CACHED_CANDIDATES), textHash, librarySize: size, computedAt };
  await writeCached(db, subject.id, row);
  return row;
}

function computeOnce(db: Db, client: SearchClient, subject: RelatedSubject, textHash: string, size: number): Promise<CachedRelated> {
  const key = `${subject.id}:${textHash}`;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = compute(db, client, subject, textHash, size).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

export async function relatedPapers(db: Db, client: SearchClient, paperId: string, limit: number): Promise<RelatedView> {
  const find = (id: string) => db.paper.findUnique({ where: { id }, select: subjectSelect });
  // The common case in one round trip: the id is the paper's own (a merged id leads to its survivor, asked again).
  const [found, cachedById, size] = await Promise.all([find(paperId), readCached(db, paperId), librarySize(db)]);
  let subject = found;
  let cached = cachedById;
  if (!subject) {
    subject = await find(await resolvePaperId(db, paperId));
    if (!subject) throw new AppError("not_found", "No paper with this id.");
    cached = await readCached(db, subject.id);
  }
  const textHash = relatedTextHash(subject);
  const state = cached ? freshness(cached, textHash, size) : "changed";
  let row: CachedRelated;
  let stale = false;
  if (cached && state === "current") row = cached;
  else {
    try {
      row = await computeOnce(db, client, subject, textHash, size);
    } catch (error) {
      if (error instanceof AppError || unreachableService(error) !== "search") throw error;
      if (!cached || state === "changed") throw serviceUnavailable("search");
      row = cached;
      stale = true;
    }
  }
  // Checked again on every read: a paper merged or deleted since the list was computed is not shown.
  const ids = (await keepRelated(db, subject, row.relatedIds)).slice(0, limit);
  return { papers: await loadCards(db, ids), computedAt: row.computedAt.toISOString(), stale };
}
