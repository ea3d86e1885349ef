import type { SearchClient } from "./client.ts";
import type { IndexPair, TERMS_FIELDS } from "./settings.ts";
import { awaitTask, isRefusedDocuments } from "./tasks.ts";
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

/**
 * A paper as search sees it. Written as two documents (splitDocument): everything but `terms` to the papers
 * index, `terms` with the fields the long path filters, sorts and counts on to the terms index.
 */
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

type TermsDocument = Pick<PaperDocument, (typeof TERMS_FIELDS)[number]>;

/** The papers index's document (no stems) and the terms index's. */
export function splitDocument(doc: PaperDocument): { paper: Omit<PaperDocument, "terms">; terms: TermsDocument } {
  const { terms, ...paper } = doc;
  const { id, year, publishedAt, categories, authors, source, upvotes } = doc;
  return { paper, terms: { id, terms, year, publishedAt, categories, authors, source, upvotes } };
}

/**
 * Enqueue an upsert into both indexes and return the tasks' uids without waiting (none: nothing to send).
 * Meilisearch indexes tasks queued back to back as one batch, so bulk senders keep several in flight and
 * confirm each with awaitTask before treating its documents as indexed.
 */
export async function enqueueUpsert(client: SearchClient, docs: readonly PaperDocument[], names: IndexPair = client.indexes): Promise<number[]> {
  if (docs.length === 0) return [];
  const split = docs.map(splitDocument);
  const papers = await client.meili.index(names.papers).addDocuments(
    split.map((d) => d.paper),
    { primaryKey: "id" },
  );
  const terms = await client.meili.index(names.terms).addDocuments(
    split.map((d) => d.terms),
    { primaryKey: "id" },
  );
  return [papers.taskUid, terms.taskUid];
}

/** Enqueue a deletion by id from both indexes without waiting (none: nothing to send); confirm with awaitTask. */
export async function enqueueDelete(client: SearchClient, ids: readonly string[], names: IndexPair = client.indexes): Promise<number[]> {
  if (ids.length === 0) return [];
  const papers = await client.meili.index(names.papers).deleteDocuments([...ids]);
  const terms = await client.meili.index(names.terms).deleteDocuments([...ids]);
  return [papers.taskUid, terms.taskUid];
}

/** Add or replace documents in both indexes; resolves only once Meilisearch has indexed them. */
export async function upsertDocuments(client: SearchClient, docs: readonly PaperDocument[], names: IndexPair = client.indexes): Promise<void> {
  for (const uid of await enqueueUpsert(client, docs, names)) await awaitTask(client, uid, `upsert ${docs.length} docs`);
}

/** A paper left out of the index, and why (its document could not be built, or Meilisearch refused it). */
export interface RefusedPaper {
  id: string;
  reason: string;
}

/**
 * Upsert `docs` into both indexes; when Meilisearch refuses the batch's documents (isRefusedDocuments: an invalid
 * id or field, not a failure of Meilisearch as a whole, which is thrown), halve it until each refused document is
 * alone: a few tasks per bad document instead of one per document. Each refused one goes to `refuse` and is
 * removed from both indexes (the terms task may have taken what the papers task refused). Resolves to how many
 * were refused.
 */
export async function upsertSkippingRefused(
  client: SearchClient,
  docs: readonly PaperDocument[],
  refuse: (paper: RefusedPaper) => void,
  names: IndexPair = client.indexes,
): Promise<number> {
  const refused: string[] = [];
  const attempt = async (part: readonly PaperDocument[]): Promise<void> => {
    try {
      await upsertDocuments(client, part, names);
    } catch (error) {
      if (!isRefusedDocuments(error)) throw error;
      if (part.length === 1) {
        refused.push(part[0]!.id);
        return refuse({ id: part[0]!.id, reason: error.message });
      }
      const half = Math.ceil(part.length / 2);
      await attempt(part.slice(0, half));
      await attempt(part.slice(half));
    }
  };
  await attempt(docs);
  if (refused.length) await deleteDocuments(client, refused, names);
  return refused.length;
}

/** Remove documents by id from both indexes (missing ids are fine); resolves only once they are gone. */
export async function deleteDocuments(client: SearchClient, ids: readonly string[], names: IndexPair = client.indexes): Promise<void> {
  for (const uid of await enqueueDelete(client, ids, names)) await awaitTask(client, uid, `delete ${ids.length} docs`);
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
