import type { SearchClient } from "./client.ts";
import { toPaperDocument, upsertDocuments, type PaperDocument, type PaperInput } from "./documents.ts";
import { ensureIndex, isNotFound, type IndexPair } from "./settings.ts";
import { runTask } from "./tasks.ts";

export interface ReindexOptions {
  /** Documents per addDocuments task (default 1000). */
  batchSize?: number;
  /** Called after each batch is indexed. */
  onProgress?: (indexed: number) => void;
  /** For tests: a fixed suffix instead of Date.now(). */
  suffix?: string;
}

export interface ReindexResult {
  indexed: number;
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
    const flush = async () => {
      await upsertDocuments(client, batch, tmp);
      indexed += batch.length;
      batch = [];
      options.onProgress?.(indexed);
    };
    for await (const paper of papers) {
      batch.push(isDocument(paper) ? paper : toPaperDocument(paper));
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
    return { indexed, builtIn: tmp };
  } catch (error) {
    // Leave no half-built index behind; the live ones were never touched.
    for (const uid of [tmp.papers, tmp.terms]) await client.meili.deleteIndexIfExists(uid).catch(() => undefined);
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
