import type { SearchClient } from "./client.ts";
import { sortClause, type FacetCounts, type ParsedSearchParams, type SearchHit, type SearchResult } from "./params.ts";
import { PAPER_FIELDS } from "./settings.ts";
import { MARK_POST, MARK_PRE, sentinelToHtml } from "./snippet.ts";

// Short queries: Meilisearch does what it is good at, untouched.

interface ShortHit {
  id: string;
  title: string;
  authors: string[];
  year: number | null;
  categories: string[];
  _rankingScore?: number;
  _formatted?: { abstract?: string | null; fullText?: string | null; title?: string };
}

export const SNIPPET_WORDS = 40;

export async function searchShort(
  client: SearchClient,
  params: ParsedSearchParams,
  filter: string[],
): Promise<Omit<SearchResult, "processingTimeMs" | "strategy">> {
  const response = await client.meili.index(client.indexes.papers).search<ShortHit>(params.q, {
    filter,
    sort: sortClause(params.sort),
    limit: params.limit,
    offset: params.offset,
    facets: [...PAPER_FIELDS.facets],
    attributesToSearchOn: [...PAPER_FIELDS.humanSearchable],
    attributesToRetrieve: ["id", "title", "authors", "year", "categories"],
    attributesToCrop: ["abstract", "fullText"],
    attributesToHighlight: ["abstract", "fullText"],
    cropLength: SNIPPET_WORDS,
    cropMarker: "…",
    highlightPreTag: MARK_PRE,
    highlightPostTag: MARK_POST,
    showRankingScore: true,
  });
  const dist = response.facetDistribution ?? {};
  const facet = (name: string): FacetCounts => ({ ...(dist[name] ?? {}) });
  return {
    hits: response.hits.map(toHit),
    total: response.estimatedTotalHits ?? response.hits.length,
    facets: { year: facet("year"), categories: facet("categories"), authors: facet("authors"), source: facet("source") },
  };
}

function toHit(hit: ShortHit): SearchHit {
  return {
    id: hit.id,
    title: hit.title,
    authors: hit.authors,
    year: hit.year ?? null,
    categories: hit.categories ?? [],
    snippet: pickSnippet(hit._formatted),
    ...(hit._rankingScore === undefined ? {} : { score: hit._rankingScore }),
  };
}

/** The abstract if the query matched there, else the full text if it did, else the abstract's opening. */
function pickSnippet(formatted: ShortHit["_formatted"]): string {
  const abstract = formatted?.abstract ?? "";
  const fullText = formatted?.fullText ?? "";
  if (abstract.includes(MARK_PRE)) return sentinelToHtml(abstract);
  if (fullText.includes(MARK_PRE)) return sentinelToHtml(fullText);
  return sentinelToHtml(abstract || fullText);
}
