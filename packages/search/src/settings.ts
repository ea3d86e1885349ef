import type { Settings } from "meilisearch";
import type { SearchClient } from "./client.ts";
import { documentTerms, splitDocument, type PaperDocument } from "./documents.ts";
import { awaitTask, runTask, SearchTaskError } from "./tasks.ts";

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
    // Stems must match exactly: document frequencies are counted on this field.
    disableOnAttributes: ["terms"],
    // "2017" is not a typo of "2018".
    disableOnNumbers: true,
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
  // Exhaustive counts (hitsPerPage) are capped by this; term statistics need true counts.
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["eng"] }],
  searchCutoffMs: 1500,
};

/**
 * The terms index answers the long path's candidate queries: a paper's stems in one attribute, ranked by
 * the `words` rule alone. The candidate pool is re-ranked with BM25 in the web process, so Meilisearch's
 * other rules (typo, proximity, attribute, exactness) only cost time there: at 100k papers a 200-hit
 * candidate query on the papers index's `terms` cost ~12 ms of Meilisearch CPU, on this index ~4.5 ms,
 * with the same recall against exhaustive BM25 (bench/RESULTS.md, issue 17.3). No typos (stems are
 * matched exactly), no prefix expansion, no word-pair proximity or facet-search structures to build.
 */
export const TERMS_SETTINGS: Settings = {
  searchableAttributes: ["terms"],
  filterableAttributes: [...PAPER_FIELDS.filterable],
  sortableAttributes: [...PAPER_FIELDS.sortable],
  displayedAttributes: ["*"],
  rankingRules: ["words"],
  typoTolerance: { enabled: false },
  prefixSearch: "disabled",
  proximityPrecision: "byAttribute",
  facetSearch: false,
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  searchCutoffMs: 1500,
};

/**
 * Create both indexes of `names` if needed and apply their settings; resolves once Meilisearch applied them.
 * A papers index that holds documents but has no terms index beside it was built by a version without one:
 * the terms index is then filled from it first (fillTermsIndex), so long queries keep working after an upgrade.
 */
export async function ensureIndex(client: SearchClient, names: IndexPair = client.indexes): Promise<void> {
  const [papers, terms] = await Promise.all([documentCount(client, names.papers), documentCount(client, names.terms)]);
  if (terms === null && papers) await fillTermsIndex(client, names);
  await Promise.all([ensureOne(client, names.papers, PAPER_SETTINGS), ensureOne(client, names.terms, TERMS_SETTINGS)]);
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

const FILL_PAGE = 5_000;

/**
 * Builds the terms index from the papers index's documents (their stems recomputed from title and abstract,
 * as toPaperDocument does) in a temporary index renamed into place once complete: an attempt cut short
 * leaves no half-filled terms index, and the next ensureIndex starts again. Two workers racing: the second
 * rename finds the index there and its copy is dropped.
 */
async function fillTermsIndex(client: SearchClient, names: IndexPair): Promise<void> {
  const tmp = `${names.terms}_fill_${Date.now()}`;
  try {
    await ensureOne(client, tmp, TERMS_SETTINGS);
    const fields = ["id", "title", "abstract", ...TERMS_FIELDS.filter((f) => f !== "id" && f !== "terms")];
    const pending: number[] = [];
    for (let offset = 0; ; offset += FILL_PAGE) {
      const page = await client.fetchDocuments<PaperDocument>(names.papers, { offset, limit: FILL_PAGE, fields });
      if (page.results.length === 0) break;
      const docs = page.results.map((d) => splitDocument({ ...d, terms: documentTerms(d.title, d.abstract).join(" ") }).terms);
      pending.push((await client.meili.index(tmp).addDocuments(docs, { primaryKey: "id" })).taskUid);
      if (pending.length >= 3) await awaitTask(client, pending.shift()!, `fill ${tmp}`);
      if (page.results.length < FILL_PAGE) break;
    }
    for (const uid of pending) await awaitTask(client, uid, `fill ${tmp}`);
    await runTask(client, client.meili.swapIndexes([{ indexes: [tmp, names.terms], rename: true }]), `rename ${tmp}`);
  } catch (error) {
    await client.meili.deleteIndexIfExists(tmp).catch(() => undefined);
    const raced = error instanceof SearchTaskError && error.task.error?.code === "index_already_exists";
    if (!raced) throw error;
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

export function isNotFound(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } } | null)?.cause?.code;
  return code === "index_not_found";
}
