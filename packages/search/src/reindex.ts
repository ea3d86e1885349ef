import type { SearchClient } from "./client.ts";
import { toPaperDocument, upsertSkippingRefused, type PaperDocument, type PaperInput, type RefusedPaper } from "./documents.ts";
import { ensureIndex, isNotFound, type IndexPair } from "./settings.ts";
import { runTask } from "./tasks.ts";

export interface ReindexOptions {
  /** Documents per addDocuments task (default 1000). */
  batchSize?: number;
  /** Called after each batch is indexed. */
  onProgress?: (indexed: number) => void;
  /** For tests: a fixed suffix instead of Date.now(). */
  suffix?: string;
  /** Refusals tolerated before the rebuild stops (default MAX_REFUSED_IN_REBUILD). */
  maxRefused?: number;
  /**
   * Called with the refused papers once every batch is in, before the swap (so a failure there leaves the live
   * indexes as they were): the worker queues them for delivery's retries. Not called when none were refused.
   */
  beforeSwap?: (refused: RefusedPaper[]) => Promise<void>;
}

/** How long a failed rebuild waits for its temporary indexes to be deleted. */
const CLEANUP_WAIT_MS = 10_000;

/**
 * Past this many refused papers a rebuild stops and the live indexes stay: so many bad documents point at the
 * settings or the data as a whole, not at a few papers.
 */
export const MAX_REFUSED_IN_REBUILD = 100;

export interface ReindexResult {
  indexed: number;
  /** Papers not in the new indexes; the caller keeps them for retry (the worker queues them in the outbox). */
  refused: RefusedPaper[];
  /** The temporary uids the new documents were built in (gone after the swap). */
  builtIn: IndexPair;
}

/**
 * Rebuild both indexes without downtime: build `<papers>_tmp_<ts>` and `<terms>_tmp_<ts>` with current
 * settings, swap both with the live ones in one atomic swap, delete the old ones. Searches hit the old
 * indexes until the swap and the new ones after; there is no moment without an index, and never a papers
 * index from one build beside a terms index from another.
 *
 * Writes that reach the live index while the rebuild runs are lost at the swap unless they are
 * replayed: the worker should pause index sync (or re-run outbox entries created after
 * `startedAt`) around a reindex.
 *
 * One bad paper does not stop a rebuild (which would leave a lost index lost): a paper whose document cannot
 * be built, or that Meilisearch refuses, is left out and returned in `refused`. A refused batch is split in
 * halves until the refused documents are alone (a few tasks per bad paper, not one per paper). Meilisearch
 * failing as a whole (not `invalid_request`), or more than MAX_REFUSED_IN_REBUILD refusals, fails the rebuild.
 */
export async function reindexPapers(
  client: SearchClient,
  papers: AsyncIterable<PaperInput | PaperDocument> | Iterable<PaperInput | PaperDocument>,
  options: ReindexOptions = {},
): Promise<ReindexResult> {
  const suffix = `_tmp_${options.suffix ?? Date.now()}`;
  const live: IndexPair = { papers: client.indexes.papers, terms: client.indexes.terms };
  const tmp: IndexPair = { papers: live.papers + suffix, terms: live.terms + suffix };
  const batchSize = options.batchSize ?? 1000;
  try {
    await ensureIndex(client, tmp);
    let batch: PaperDocument[] = [];
    let indexed = 0;
    const refused: RefusedPaper[] = [];
    const maxRefused = options.maxRefused ?? MAX_REFUSED_IN_REBUILD;
    const refuse = (paper: RefusedPaper) => {
      refused.push(paper);
      if (refused.length > maxRefused)
        throw new Error(`more than ${maxRefused} papers were refused (the first: ${refused[0]!.id}: ${refused[0]!.reason}); the rebuild stopped`);
    };
    const flush = async () => {
      const out = await upsertSkippingRefused(client, batch, refuse, tmp);
      indexed += batch.length - out;
      batch = [];
      options.onProgress?.(indexed);
    };
    for await (const paper of papers) {
      try {
        batch.push(isDocument(paper) ? paper : toPaperDocument(paper));
      } catch (error) {
        refuse({ id: paper.id, reason: error instanceof Error ? error.message : String(error) });
      }
      if (batch.length >= batchSize) await flush();
    }
    if (batch.length) await flush();
    if (refused.length) await options.beforeSwap?.(refused);

    // Atomic swap of both pairs; an index built for the first time (or the terms index an older version
    // did not have) has nothing to swap with, so the new one is renamed into place instead (with rename,
    // the first uid is renamed to the second).
    const kinds = ["papers", "terms"] as const;
    const liveExists = await Promise.all(kinds.map((k) => exists(client, live[k])));
    const swaps = kinds.map((k, i) =>
      liveExists[i] ? { indexes: [live[k], tmp[k]] as [string, string], rename: false } : { indexes: [tmp[k], live[k]] as [string, string], rename: true },
    );
    await runTask(client, client.meili.swapIndexes(swaps), `swap ${live.papers} and ${live.terms}`);
    for (const [i, k] of kinds.entries()) if (liveExists[i]) await runTask(client, client.meili.deleteIndex(tmp[k]), `delete old ${live[k]}`);
    return { indexed, refused, builtIn: tmp };
  } catch (error) {
    // Leave no half-built index behind; the live ones were never touched.
    // Waited for a little (deleteIndexIfExists only enqueues), so a caller that looks next usually finds them gone; not
    // longer: the caller may hold the reindex lock, and a stuck task queue would keep deliveries paused. What is
    // left is deleted by the next rebuild (deleteAbandonedBuilds).
    const deleted = Promise.all(
      [tmp.papers, tmp.terms].map((uid) => runTask(client, client.meili.deleteIndex(uid), `delete unfinished ${uid}`).catch(() => undefined)),
    );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([deleted, new Promise((resolve) => (timer = setTimeout(resolve, CLEANUP_WAIT_MS)))]);
    clearTimeout(timer);
    throw error;
  }
}

/**
 * Delete the temporary indexes of rebuilds that never finished (a worker killed mid-rebuild leaves its
 * `<papers>_tmp_<ts>` and `<terms>_tmp_<ts>` behind: at a million papers, gigabytes of Meilisearch's disk).
 * Only safe while no rebuild runs: the worker calls it holding the reindex lock. Resolves to the uids deleted.
 */
export async function deleteAbandonedBuilds(client: SearchClient): Promise<string[]> {
  const prefixes = [`${client.indexes.papers}_tmp_`, `${client.indexes.terms}_tmp_`];
  const { results } = await client.meili.getIndexes({ limit: 10_000 });
  const abandoned = results.map((i) => i.uid).filter((uid) => prefixes.some((p) => uid.startsWith(p)));
  for (const uid of abandoned) await runTask(client, client.meili.deleteIndex(uid), `delete abandoned ${uid}`);
  return abandoned;
}

function isDocument(p: PaperInput | PaperDocument): p is PaperDocument {
  return typeof (p as PaperDocument).terms === "string";
}

async function exists(client: SearchClient, uid: string): Promise<boolean> {
  try {
    await client.meili.getRawIndex(uid);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}
