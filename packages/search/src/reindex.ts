import type { SearchClient } from "./client.ts";
import { deleteDocuments, toPaperDocument, upsertDocuments, type PaperDocument, type PaperInput } from "./documents.ts";
import { ensureIndex, isNotFound, type IndexPair } from "./settings.ts";
import { isRefusedDocuments, runTask } from "./tasks.ts";

export interface ReindexOptions {
  /** Documents per addDocuments task (default 1000). */
  batchSize?: number;
  /** Called after each batch is indexed. */
  onProgress?: (indexed: number) => void;
  /** For tests: a fixed suffix instead of Date.now(). */
  suffix?: string;
  /** Refusals tolerated before the rebuild stops (default MAX_REFUSED_IN_REBUILD). */
  maxRefused?: number;
}

/** A paper left out of a rebuild, and why (its document could not be built, or Meilisearch refused it). */
export interface RefusedPaper {
  id: string;
  reason: string;
}

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
      const before = refused.length;
      await upsertSkippingRefused(client, batch, tmp, refuse);
      // A pair half-written (the terms task took what the papers task refused): out of both indexes.
      const out = refused.slice(before).map((r) => r.id);
      if (out.length) await deleteDocuments(client, out, tmp);
      indexed += batch.length - out.length;
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
    // Waited for (deleteIndexIfExists only enqueues), so a caller that looks next finds them gone.
    for (const uid of [tmp.papers, tmp.terms]) await runTask(client, client.meili.deleteIndex(uid), `delete unfinished ${uid}`).catch(() => undefined);
    throw error;
  }
}

/** Upsert `docs`; when Meilisearch refuses the batch, halves until each refused document is alone and passed to `refuse`. */
async function upsertSkippingRefused(client: SearchClient, docs: PaperDocument[], names: IndexPair, refuse: (paper: RefusedPaper) => void): Promise<void> {
  try {
    await upsertDocuments(client, docs, names);
  } catch (error) {
    if (!isRefusedDocuments(error)) throw error;
    if (docs.length === 1) return refuse({ id: docs[0]!.id, reason: error.message });
    const half = Math.ceil(docs.length / 2);
    await upsertSkippingRefused(client, docs.slice(0, half), names, refuse);
    await upsertSkippingRefused(client, docs.slice(half), names, refuse);
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
