import { createHash } from "node:crypto";
import type { Db } from "@commonplace/db";
import { searchPapers, type SearchClient } from "@commonplace/search";

// Finding a paper's related papers: its own title and abstract, asked as one long query of the search path
// that already handles pasted abstracts (packages/search, strategy "long": discriminative terms, a candidate
// pool, BM25), with the same (empty) filter the search procedures use — the index holds only public records
// (a private or team PDF's text never reaches it), so what it returns anyone may see. Then the paper itself
// and its other versions are dropped, here in PostgreSQL, where versions and merges are known.

/** Ids kept per paper: more than a page shows, so that papers merged or deleted later still leave a full list. */
export const CACHED_CANDIDATES = 16;
/** Asked of search: the cached ones plus room for the paper itself and its other versions. */
const SEARCH_LIMIT = CACHED_CANDIDATES + 8;
/** The search contract's longest query. */
const MAX_QUERY_CHARS = 20_000;

export interface RelatedSubject {
  id: string;
  title: string;
  abstract: string | null;
  arxivId: string | null;
  doi: string | null;
  canonicalKey: string;
  normTitle: string;
}

export const subjectSelect = { id: true, title: true, abstract: true, arxivId: true, doi: true, canonicalKey: true, normTitle: true } as const;

/** What is searched: the title, then the abstract (the canonical record only: never an uploaded PDF's text). */
export function relatedQuery(subject: Pick<RelatedSubject, "title" | "abstract">): string {
  return `${subject.title}\n${subject.abstract ?? ""}`.trim().slice(0, MAX_QUERY_CHARS);
}

/** Fingerprint of the searched text: the cache is recomputed when it changes (a correction, a new version). */
export function relatedTextHash(subject: Pick<RelatedSubject, "title" | "abstract">): string {
  return createHash("sha256").update(relatedQuery(subject)).digest("base64url");
}

/** Ids of the most similar indexed papers, best first (the paper itself usually among them). */
export async function searchCandidates(client: SearchClient, subject: RelatedSubject): Promise<string[]> {
  const result = await searchPapers(client, { q: relatedQuery(subject), limit: SEARCH_LIMIT, facets: [] }, { strategy: "long" });
  return result.hits.map((hit) => hit.id);
}

/** An unversioned canonical key: a colliding record is stored as `<key>#<its id>` (worker dedupe). */
const baseKey = (key: string) => key.replace(/#.*$/, "");

/** The same work as the subject: itself, another record of its arXiv id, DOI or canonical key, or the same title. */
export function sameWork(subject: RelatedSubject, other: Omit<RelatedSubject, "title" | "abstract">): boolean {
  return (
    other.id === subject.id ||
    (subject.arxivId !== null && other.arxivId === subject.arxivId) ||
    (subject.doi !== null && other.doi === subject.doi) ||
    baseKey(other.canonicalKey) === baseKey(subject.canonicalKey) ||
    (subject.normTitle !== "" && other.normTitle === subject.normTitle)
  );
}

/**
 * The candidates still in the catalogue that are not the subject or another version of it, in order. A merged
 * paper's id (PaperRedirect) is gone from the catalogue and is dropped even while the index still lists it.
 */
export async function keepRelated(db: Db, subject: RelatedSubject, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const [rows, redirected] = await Promise.all([
    db.paper.findMany({ where: { id: { in: [...ids] } }, select: { id: true, arxivId: true, doi: true, canonicalKey: true, normTitle: true } }),
    db.paperRedirect.findMany({ where: { fromId: { in: [...ids] } }, select: { fromId: true } }),
  ]);
  const gone = new Set(redirected.map((r) => r.fromId));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return [...new Set(ids)].filter((id) => {
    const row = byId.get(id);
    return row !== undefined && !gone.has(id) && !sameWork(subject, row);
  });
}
