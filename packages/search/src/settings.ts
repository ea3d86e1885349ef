import type { Settings } from "meilisearch";
import type { SearchClient } from "./client.ts";
import { runTask, SearchTaskError } from "./tasks.ts";

export interface IndexNames {
  prefix: string;
  papers: string;
}

export function indexNames(prefix: string): IndexNames {
  if (!/^[A-Za-z0-9_-]*$/.test(prefix)) throw new Error(`invalid index prefix ${JSON.stringify(prefix)}`);
  return { prefix, papers: `${prefix}papers` };
}

/** Fields that exist in the index. `terms` is internal: stemmed title+abstract for long queries. */
export const PAPER_FIELDS = {
  searchable: ["title", "authors", "abstract", "fullText", "terms"],
  /** What short (typed) queries search: everything a human wrote, never the stem field. */
  humanSearchable: ["title", "authors", "abstract", "fullText"],
  /** `id`: restricting a search to a set of papers (a person's tag, issue 15.3) — never offered as a public filter. */
  filterable: ["year", "categories", "authors", "source", "id"],
  sortable: ["publishedAt", "upvotes"],
  facets: ["year", "categories", "authors", "source"],
} as const;

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

/** Create the papers index if needed and apply settings; resolves once Meilisearch applied them. */
export async function ensureIndex(client: SearchClient, uid: string = client.indexes.papers): Promise<void> {
  try {
    await client.meili.getRawIndex(uid);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await runTask(client, client.meili.createIndex(uid, { primaryKey: "id" }), `create index ${uid}`).catch(async (createError: unknown) => {
      // Two processes racing to create it is fine; anything else is not.
      const raced = createError instanceof SearchTaskError && createError.task.error?.code === "index_already_exists";
      if (!raced) throw createError;
    });
  }
  await runTask(client, client.meili.index(uid).updateSettings(PAPER_SETTINGS), `settings ${uid}`);
}

export function isNotFound(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } } | null)?.cause?.code;
  return code === "index_not_found";
}
