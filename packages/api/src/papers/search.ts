import { z } from "zod";
import { ensureIndex, isLongQuery, searchPapers, searchParamsSchema, type SearchResult } from "@commonplace/search";
import { search } from "../lib/services.ts";
import { AppError, serviceUnavailable, unreachableService } from "../errors/index.ts";
import { addressKey } from "../security/rate-limit-store.ts";
import { takeRequest, withSlots } from "../security/rate-limits.ts";

export { searchParamsSchema };

export const searchHitView = z.object({
  id: z.string(),
  title: z.string(),
  authors: z.array(z.string()),
  year: z.number().int().nullable(),
  snippet: z.string(),
  categories: z.array(z.string()),
  /** As indexed (the outbox brings a vote to the index within about a second); the paper page reads PostgreSQL. */
  upvotes: z.number().int(),
});

const facetCounts = z.record(z.string(), z.number());
export const searchResultView = z.object({
  hits: z.array(searchHitView),
  total: z.number().int(),
  facets: z.object({ year: facetCounts, categories: facetCounts, authors: facetCounts, source: facetCounts }),
  processingTimeMs: z.number(),
  strategy: z.enum(["short", "long"]),
});
export type SearchResultView = z.infer<typeof searchResultView>;

export interface SearchCaller {
  user: { id: string } | null;
  ip: string | null;
}

/**
 * Papers are public; search runs through packages/search (short: Meilisearch; long: BM25 re-rank).
 * Each caller has a request budget (anonymous per address, lower; signed-in per account), and long
 * queries (several Meilisearch round trips and a re-rank each) hold a slot: at most 2 per caller and 4
 * anonymous ones in all, so a flood of pasted abstracts cannot slow everyone's short searches.
 * An unreachable Meilisearch is a 503 naming the search service.
 */
export async function runSearch(
  caller: SearchCaller,
  input: z.input<typeof searchParamsSchema>,
  options: { onlyIds?: readonly string[] } = {},
): Promise<SearchResultView> {
  const parsed = searchParamsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid search.");
  const params = parsed.data;
  await takeRequest(caller.user ? "searchSignedIn" : "searchAnonymous", { userId: caller.user?.id, address: caller.ip });
  const run = options.onlyIds ? () => withIdFilter(() => searchPapers(search(), params, options)) : () => searchPapers(search(), params, options);
  const callerKey = caller.user ? `u:${caller.user.id}` : caller.ip ? `a:${addressKey(caller.ip)}` : null;
  const slots =
    !isLongQuery(params.q) || !callerKey
      ? []
      : [{ name: "longSearchPerCaller" as const, key: callerKey }, ...(caller.user ? [] : [{ name: "longSearchAnonymousTotal" as const, key: "all" }])];
  let result: SearchResult;
  try {
    result = slots.length ? await withSlots(slots, "Too many long searches are running.", run) : await run();
  } catch (error) {
    if (!(error instanceof AppError) && unreachableService(error) !== null) throw serviceUnavailable("search", error);
    throw error;
  }
  return { ...result, hits: result.hits.map(({ score: _score, ...hit }) => hit) };
}

/**
 * A restriction to a set of papers filters on `id`, filterable since issue 15.3. An index created before then gets
 * the setting when the worker next drains the outbox; until that happens, apply the settings here once and retry.
 */
async function withIdFilter<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== "invalid_search_filter") throw error;
    await ensureIndex(search());
    return run();
  }
}
