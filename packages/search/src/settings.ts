import type { Settings } from "meilisearch";
import type { SearchClient } from "./client.ts";
import { runTask, SearchTaskError } from "./tasks.ts";

/**
 * The two indexes every paper is written to: `papers` (what people search and see) and `terms` (each paper's
 * stemmed terms, for the long-query path's candidate pool and term statistics; see TERMS_SETTINGS).
 */
export interface IndexPair {
  papers: string;
  terms: string;
}

export interface IndexNames extends IndexPair {
  prefix: string;
}

export function indexNames(prefix: string): IndexNames {
  if (!/^[A-Za-z0-9_-]*$/.test(prefix)) throw new Error(`invalid index prefix ${JSON.stringify(prefix)}`);
  return { prefix, papers: `${prefix}papers`, terms: `${prefix}papers_terms` };
}

/** Fields of the papers index. */
export const PAPER_FIELDS = {
  /** What short (typed) queries search: everything a human wrote (the stems live in the terms index). */
  searchable: ["title", "authors", "abstract", "fullText"],
  /** `id`: restricting a search to a set of papers (a person's tag, issue 15.3) — never offered as a public filter. */
  filterable: ["year", "categories", "authors", "source", "id"],
  sortable: ["publishedAt", "upvotes"],
  facets: ["year", "categories", "authors", "source"],
} as const;

/**
 * Fields of the terms index: the stems, plus what the long path filters, sorts and counts facets on in
 * process (candidateFields in long-query/candidates.ts); never titles, abstracts or full text.
 */
export const TERMS_FIELDS = ["id", "terms", "year", "publishedAt", "categories", "authors", "source", "upvotes"] as const;

/** The most hits any one Meilisearch query can count; also bounds document-frequency counts. */
export const MAX_TOTAL_HITS = 10_000_000;

/** Word lengths from which Meilisearch allows one and two typos (snippet marking follows the same rule). */
export const MIN_WORD_SIZE_FOR_TYPOS = { oneTypo: 5, twoTypos: 9 } as const;

export const PAPER_SETTINGS: Settings = {
  // Order is priority for the `attribute` ranking rule: a title match beats an abstract match.
  searchableAttributes: [...PAPER_FIELDS.searchable],
  filterableAttributes: [...PAPER_FIELDS.filterable],
  sortableAttributes: [...PAPER_FIELDS.sortable],
  displayedAttributes: ["*"],
  // "sort" right after "words": when a sort is asked for (newest, upvotes) it is strict among
  // papers matching the same number of query words, instead of only breaking ties after
  // typo/proximity/attribute; without a sort parameter the rule is a no-op. Upvotes break
  // remaining ties among equally relevant papers.
  rankingRules: ["words", "sort", "typo", "proximity", "attribute", "exactness", "upvotes:desc"],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { ...MIN_WORD_SIZE_FOR_TYPOS },
    // "2017" is not a typo of "2018".
    disableOnNumbers: true,
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["eng"] }],
  searchCutoffMs: 1500,
};

/**
 * The terms index answers the long path's candidate queries: a paper's stems in one attribute, ranked by
 * `words` alone. The candidate pool is re-ranked with BM25 in the web process, so the papers index's other
 * rules (typo, proximity, attribute, exactness) mostly cost time there: at 100k papers a long query cost
 * Meilisearch ~12 ms of CPU on the papers index's `terms`, ~4.7 ms here, with the same recall@10 against
 * exhaustive BM25 (0.49 vs 0.50). They did pick slightly better pools on CISI (1,460 documents, nearly
 * every strong term asked alone): nDCG@10 0.426 before, 0.420 here; `attribute` plus prefix search got
 * 0.424 back but cost ~9.3 ms per long query at 100k (bench/RESULTS.md, issue 17.3/17.4). No typos (stems
 * are matched exactly; document frequencies are counted here with phrases), no prefix expansion, no
 * word-pair proximity or facet-search structures to build, nothing sortable (the long path sorts in process).
 */
export const TERMS_SETTINGS: Settings = {
  searchableAttributes: ["terms"],
  filterableAttributes: [...PAPER_FIELDS.filterable],
  displayedAttributes: ["*"],
  rankingRules: ["words"],
  typoTolerance: { enabled: false },
  prefixSearch: "disabled",
  proximityPrecision: "byAttribute",
  facetSearch: false,
  // Exhaustive counts (hitsPerPage) are capped by this; term statistics need true counts.
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["eng"] }],
  searchCutoffMs: 1500,
};

/**
 * Create both indexes of `names` if needed and apply their settings; resolves once Meilisearch applied them.
 * A papers index holding documents with no terms index beside it was built by a version without one: the
 * terms index is then not created empty (long queries would miss every paper already indexed) but refused
 * with TermsIndexMissingError; rebuilding both (reindexPapers) ends it, and the worker does that on its own.
 */
export async function ensureIndex(client: SearchClient, names: IndexPair = client.indexes): Promise<void> {
  if (await termsIndexMissing(client, names)) throw new TermsIndexMissingError(names);
  await Promise.all([ensureOne(client, names.papers, PAPER_SETTINGS), ensureOne(client, names.terms, TERMS_SETTINGS)]);
}

/** A papers index with documents but no terms index beside it (written by a version without one). */
export async function termsIndexMissing(client: SearchClient, names: IndexPair = client.indexes): Promise<boolean> {
  const [papers, terms] = await Promise.all([documentCount(client, names.papers), documentCount(client, names.terms)]);
  return terms === null && Boolean(papers);
}

export class TermsIndexMissingError extends Error {
  constructor(names: IndexPair) {
    super(
      `The search index ${names.papers} has no terms index (${names.terms}) beside it: both must be rebuilt (npm run reindex; the worker does it on its own).`,
    );
    this.name = "TermsIndexMissingError";
  }
}

/** One live index as the worker's index check sees it (apps/worker outbox/index-check.ts). */
export interface IndexHealth {
  documents: number;
  /**
   * Its searchable, filterable and sortable attributes and ranking rules are this version's. An index Meilisearch
   * created on its own (a document written to an index that was deleted meanwhile) has none of them.
   */
  settingsCurrent: boolean;
}

/** Both indexes of `names`: null for one that does not exist. Reads only (stats and settings). */
export async function indexHealth(client: SearchClient, names: IndexPair = client.indexes): Promise<Record<keyof IndexPair, IndexHealth | null>> {
  const [papers, terms] = await Promise.all([healthOf(client, names.papers, PAPER_SETTINGS), healthOf(client, names.terms, TERMS_SETTINGS)]);
  return { papers, terms };
}

async function healthOf(client: SearchClient, uid: string, wanted: Settings): Promise<IndexHealth | null> {
  const documents = await documentCount(client, uid);
  if (documents === null) return null;
  try {
    return { documents, settingsCurrent: settingsMatch(await client.meili.index(uid).getSettings(), wanted) };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** The settings a query depends on: attributes in order where order ranks, as sets where it does not. */
function settingsMatch(actual: Settings, wanted: Settings): boolean {
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => (typeof x === "string" ? x : JSON.stringify(x))) : []);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const sorted = (v: unknown) => list(v).sort();
  return (
    same(list(actual.searchableAttributes), list(wanted.searchableAttributes)) &&
    same(list(actual.rankingRules), list(wanted.rankingRules)) &&
    same(sorted(actual.filterableAttributes), sorted(wanted.filterableAttributes)) &&
    same(sorted(actual.sortableAttributes), sorted(wanted.sortableAttributes))
  );
}

/** Documents in `uid`, or null when there is no such index. */
async function documentCount(client: SearchClient, uid: string): Promise<number | null> {
  try {
    return (await client.meili.index(uid).getStats()).numberOfDocuments;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

async function ensureOne(client: SearchClient, uid: string, settings: Settings): Promise<void> {
  try {
    await client.meili.getRawIndex(uid);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await runTask(client, client.meili.createIndex(uid, { primaryKey: "id" }), `create index ${uid}`).catch(async (createError: unknown) => {
      const raced = createError instanceof SearchTaskError && createError.task.error?.code === "index_already_exists";
      if (!raced) throw createError;
    });
  }
  await runTask(client, client.meili.index(uid).updateSettings(settings), `settings ${uid}`);
}

/** Meilisearch answered "no such index": through meilisearch-js (the code on `cause`) or the keep-alive reads (on the error). */
export function isNotFound(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return e?.cause?.code === "index_not_found" || e?.code === "index_not_found";
}
