import type { SearchClient } from "./client.ts";
import { runTask } from "./tasks.ts";
import { analyze } from "./text/tokenize.ts";

/** What the worker hands us: a paper as the database knows it. */
export interface PaperInput {
  id: string;
  title: string;
  abstract?: string | null;
  authors: string[];
  year?: number | null;
  publishedAt?: Date | string | null;
  categories: string[];
  source: string;
  upvotes: number;
  fullText?: string | null;
  arxivId?: string | null;
  doi?: string | null;
}

/** One Meilisearch document. `terms` is derived; never show it to people. */
export interface PaperDocument {
  id: string;
  title: string;
  abstract: string | null;
  authors: string[];
  year: number | null;
  /** Seconds since the Unix epoch (sortable). */
  publishedAt: number | null;
  categories: string[];
  source: string;
  upvotes: number;
  fullText: string | null;
  arxivId: string | null;
  doi: string | null;
  /** Stemmed, stopword-free title+abstract terms, space-separated (long-query path). */
  terms: string;
}

/** Full text is searchable but bounded, so a million papers stay a manageable index. */
export const FULL_TEXT_MAX_CHARS = 20_000;
/** Meilisearch primary keys: letters, digits, hyphen and underscore, at most 511 bytes. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,511}$/;

export function toPaperDocument(paper: PaperInput): PaperDocument {
  if (!ID_PATTERN.test(paper.id)) throw new Error(`paper id ${JSON.stringify(paper.id)} is not a valid Meilisearch id`);
  const publishedAt = toEpochSeconds(paper.publishedAt);
  const year = paper.year ?? (publishedAt === null ? null : new Date(publishedAt * 1000).getUTCFullYear());
  const abstract = blankToNull(paper.abstract);
  return {
    id: paper.id,
    title: stripControl(paper.title).trim(),
    abstract,
    authors: paper.authors.map((a) => stripControl(a).trim()).filter(Boolean),
    year,
    publishedAt,
    categories: [...new Set(paper.categories)],
    source: paper.source,
    upvotes: paper.upvotes,
    fullText: truncate(blankToNull(paper.fullText), FULL_TEXT_MAX_CHARS),
    arxivId: paper.arxivId ?? null,
    doi: paper.doi ?? null,
    terms: documentTerms(paper.title, abstract).join(" "),
  };
}

/** The bag of terms BM25 sees for a paper (title + abstract), shared with term statistics. */
export function documentTerms(title: string, abstract: string | null | undefined): string[] {
  return analyze(`${title}\n${abstract ?? ""}`);
}

/** Add or replace documents; resolves only once Meilisearch has indexed them. */
export async function upsertDocuments(client: SearchClient, docs: readonly PaperDocument[], indexUid = client.indexes.papers): Promise<void> {
  if (docs.length === 0) return;
  await runTask(client, client.meili.index(indexUid).addDocuments([...docs], { primaryKey: "id" }), `upsert ${docs.length} docs`);
}

/**
 * Enqueue an upsert and return its task uid without waiting (null: nothing to send). Meilisearch
 * indexes tasks queued back to back as one batch, so bulk senders keep several in flight and
 * confirm each with awaitTask before treating its documents as indexed.
 */
export async function enqueueUpsert(client: SearchClient, docs: readonly PaperDocument[], indexUid = client.indexes.papers): Promise<number | null> {
  if (docs.length === 0) return null;
  return (await client.meili.index(indexUid).addDocuments([...docs], { primaryKey: "id" })).taskUid;
}

/** Enqueue a deletion by id without waiting (null: nothing to send); confirm with awaitTask. */
export async function enqueueDelete(client: SearchClient, ids: readonly string[], indexUid = client.indexes.papers): Promise<number | null> {
  if (ids.length === 0) return null;
  return (await client.meili.index(indexUid).deleteDocuments([...ids])).taskUid;
}

/** Remove documents by id (missing ids are fine); resolves only once they are gone. */
export async function deleteDocuments(client: SearchClient, ids: readonly string[], indexUid = client.indexes.papers): Promise<void> {
  if (ids.length === 0) return;
  await runTask(client, client.meili.index(indexUid).deleteDocuments([...ids]), `delete ${ids.length} docs`);
}

function toEpochSeconds(value: Date | string | null | undefined): number | null {
  if (value === null || value === undefined || value === "") return null;
  const ms = (value instanceof Date ? value : new Date(value)).getTime();
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
}

function blankToNull(text: string | null | undefined): string | null {
  const clean = text ? stripControl(text) : "";
  return clean.trim() ? clean : null;
}

/** Control characters (bar tab/newline) have no meaning in paper text; snippets use two as sentinels. */
function stripControl(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ");
}

function truncate(text: string | null, max: number): string | null {
  if (text === null || text.length <= max) return text;
  // Cut at a word boundary and never split a surrogate pair.
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return space > max * 0.9 ? cut.slice(0, space) : cut.replace(/[\uD800-\uDBFF]$/, "");
}
