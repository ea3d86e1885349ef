import { Meilisearch } from "meilisearch";
import { createSearchReads, type SearchReads } from "./search-transport.ts";
import { indexNames, type IndexNames } from "./settings.ts";

export interface SearchClientConfig {
  host: string;
  apiKey?: string;
  /** Prefix for every index uid (e.g. "test_42_"); letters, digits, - and _. */
  indexPrefix?: string;
  /** How long to wait for one Meilisearch task before failing (default 120 s). */
  taskTimeoutMs?: number;
  /** How long one search request may take before it fails (default 10 s). */
  searchTimeoutMs?: number;
  /** Ask Meilisearch for compressed responses (default false; see below). */
  compressResponses?: boolean;
}

/**
 * Everything the rest of the package needs: the query paths' reads (`search`, `multiSearch`,
 * `fetchDocuments`, on keep-alive connections), meilisearch-js for writes and administration,
 * and the resolved index uids.
 */
export interface SearchClient extends SearchReads {
  meili: Meilisearch;
  indexes: IndexNames;
  taskTimeoutMs: number;
}

export function createSearchClient(config: SearchClientConfig): SearchClient {
  const taskTimeoutMs = config.taskTimeoutMs ?? 120_000;
  const meili = new Meilisearch({
    host: config.host,
    apiKey: config.apiKey,
    defaultWaitOptions: { timeout: taskTimeoutMs, interval: 25 },
    // Measured: with gzip, any response over a few KB arrives in several small writes, and
    // Nagle + delayed ACK stall it ~40 ms (a 5 ms search became 45-50 ms). Identity responses
    // do not. Turn compression on only across slow links where bytes cost more than 40 ms.
    requestInit: config.compressResponses ? undefined : { headers: { "accept-encoding": "identity" } },
  });
  const reads = createSearchReads(config.host, config.apiKey, config.searchTimeoutMs ?? 10_000);
  return { ...reads, meili, indexes: indexNames(config.indexPrefix ?? ""), taskTimeoutMs };
}
