import { liveBus } from "../live/services.ts";
import { PublicCache } from "./cache.ts";

export { PublicCache } from "./cache.ts";
export type { CachedPage, PageRecording, PublicCacheOptions } from "./cache.ts";

// One public cache per process (started by the web server only), on the process's live bus; kept on
// globalThis like the bus, so Next.js dev reloads share it. Bounded: 5,000 values and ~64 MB by estimate,
// least recently used out first.
const store = globalThis as unknown as { __commonplacePublicCache?: PublicCache };

export function publicCache(): PublicCache {
  store.__commonplacePublicCache ??= new PublicCache(liveBus());
  return store.__commonplacePublicCache;
}

/** The web server calls this once at boot; until then (and in any other process) the cache is bypassed. */
export function startPublicCache(): PublicCache {
  const cache = publicCache();
  cache.start();
  return cache;
}

/** The invalidation keys the migration's triggers send. */
export const tag = {
  paper: (id: string) => `paper:${id}`,
  user: (id: string) => `user:${id}`,
  list: (id: string) => `list:${id}`,
  team: (id: string) => `team:${id}`,
};
