import { createBoss, startBoss, type Boss } from "@commonplace/jobs";
import { createSearchClient, type SearchClient } from "@commonplace/search";
import { createDb, type Db } from "@commonplace/db";
import { env } from "../env.ts";

// One client per process. Next.js dev re-evaluates modules on reload, so the instance lives on globalThis.
const store = globalThis as unknown as { __commonplaceDb?: Db };

export function db(): Db {
  store.__commonplaceDb ??= createDb(env().DATABASE_URL);
  return store.__commonplaceDb;
}

const searchStore = globalThis as unknown as { __commonplaceSearch?: SearchClient };

export function search(): SearchClient {
  const { MEILI_HOST, MEILI_MASTER_KEY, MEILI_INDEX_PREFIX } = env();
  searchStore.__commonplaceSearch ??= createSearchClient({ host: MEILI_HOST, apiKey: MEILI_MASTER_KEY, indexPrefix: MEILI_INDEX_PREFIX });
  return searchStore.__commonplaceSearch;
}

const bossStore = globalThis as unknown as { __commonplaceBoss?: Promise<Boss> };

/** A producer-only pg-boss (no maintenance): the web app enqueues, workers consume. */
export function boss(): Promise<Boss> {
  bossStore.__commonplaceBoss ??= startBoss(createBoss(env().DATABASE_URL, { role: "producer" })).catch((error) => {
    bossStore.__commonplaceBoss = undefined;
    throw error;
  });
  return bossStore.__commonplaceBoss;
}
