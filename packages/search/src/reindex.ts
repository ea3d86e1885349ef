import type { SearchClient } from "./client.ts";
import { toPaperDocument, upsertDocuments, type PaperDocument, type PaperInput } from "./documents.ts";
import { ensureIndex, isNotFound } from "./settings.ts";
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
  /** The temporary uid the new documents were built in (gone after the swap). */
  builtIn: string;
}

/**
 * Rebuild the papers index without downtime: build `<papers>_tmp_<ts>` with current settings,
 * swap it with the live index atomically, delete the old one. Searches hit the old index until
 * the swap and the new one after; there is no moment without an index.
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
  const live = client.indexes.papers;
  const tmp = `${live}_tmp_${options.suffix ?? Date.now()}`;
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

    const liveExists = await exists(client, live);
    // Atomic swap; on the first build ever there is nothing to swap with, so the new index is
    // renamed into place instead (with rename, the first uid is renamed to the second).
    const swap = liveExists ? { indexes: [live, tmp] as [string, string], rename: false } : { indexes: [tmp, live] as [string, string], rename: true };
    await runTask(client, client.meili.swapIndexes([swap]), `swap ${live}`);
    if (liveExists) await runTask(client, client.meili.deleteIndex(tmp), `delete old ${live}`);
    return { indexed, builtIn: tmp };
  } catch (error) {
    // Leave no half-built index behind; the live one was never touched.
    await client.meili.deleteIndexIfExists(tmp).catch(() => undefined);
    throw error;
  }
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
