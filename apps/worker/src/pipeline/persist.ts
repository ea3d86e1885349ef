import { Prisma, type Db } from "@commonplace/db";
import { citationFieldsSchema, finishCitation, normalizeTitle, type CitationFields, type PaperLink } from "@commonplace/formats";
import { OUTBOX_CHANNEL } from "@commonplace/jobs";
import { insertIngestItems, insertOutboxUpserts, insertPaperAuthors, insertPapers, insertVersions, upsertAuthorRows } from "./bulk-write.ts";
import { CandidateIndex, decide } from "./dedupe.ts";
import { newId } from "./ids.ts";
import { keepUploadedPdfs, type KeptPdf } from "./keep-pdf.ts";
import { tagImportedKeywords } from "./keywords.ts";
import { recordProvenance } from "./provenance.ts";
import { reanchorChangedPapers } from "./reanchor.ts";
import { sameTitleCandidates } from "./title-candidates.ts";
import { catalogueView, isTrusted, loadRunTrust } from "./trust.ts";
import type { Decision, ExistingPaper, ItemResult, NormalizedPaper, VersionRow } from "./types.ts";

// Stage 5: one transaction per batch — load candidates, decide, write papers, versions, authors,
// the SearchOutbox rows for every paper written (same transaction: a paper is never committed without
// its index request), the IngestItem rows and the run counters. NOTIFY wakes drainers at commit.

export type Tx = Prisma.TransactionClient;

/** An item entering persist: a normalized paper, or a failure from an earlier stage (recorded only). */
/** `keywords`: the source's keywords as tag names, for the importer's own tags (keywords.ts). */
export type PersistEntry = { ref: string; paper: NormalizedPaper; keywords?: string[] } | { ref: string; failure: string; title?: string };

const TX_OPTIONS = { maxWait: 20_000, timeout: 120_000 };
const clip = (s: string | null | undefined, n: number) => (s == null ? null : s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Runs in the batch's transaction after its items are recorded (an ingest chunk commits its cursor there).
 * It may throw AbortBatchError to roll the batch back without the item-by-item retry.
 */
export type InBatchTx = (tx: Tx) => Promise<void>;

/** Rolls back a batch as a whole: retrying its items one by one cannot help (e.g. the chunk's lease is lost). */
export class AbortBatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AbortBatchError";
  }
}

export async function persistBatch(db: Db, runId: string, entries: PersistEntry[], inTx?: InBatchTx): Promise<ItemResult[]> {
  return db.$transaction(async (tx) => {
    const trust = await loadRunTrust(tx, runId);
    // What the shared catalogue may see of each item (a private PDF's text stays with its PaperPdf row).
    const views = entries.map((e) => ("paper" in e ? { ...e, paper: catalogueView(trust, e.paper) } : e));
    const papers = views.flatMap((e) => ("paper" in e ? [e.paper] : []));
    const merged = await loadMergedKeys(tx, papers);
    const index = new CandidateIndex(
      await loadCandidates(
        tx,
        papers,
        merged.map((m) => m.toId),
      ),
    );
    for (const { fromKey, toId } of merged) index.merged(fromKey, toId);
    const results: ItemResult[] = [];
    const decisions: Decision[] = [];
    const pdfs: KeptPdf[] = [];
    for (const [i, e] of views.entries()) {
      if (!("paper" in e)) {
        results.push({ ref: e.ref, outcome: "FAILED", reason: e.failure, title: e.title });
        continue;
      }
      const d = decide(index, e.paper, newId, isTrusted(trust, e.paper));
      decisions.push(d);
      // Later items in the batch must see earlier ones (a file listing v1 then v2 of a paper).
      if (d.kind === "create") index.put(d.paper);
      if (d.kind === "update") index.put(d.after);
      const paper = d.kind === "update" ? d.after : d.paper;
      const original = entries[i] as { paper: NormalizedPaper };
      if (original.paper.source === "pdf") pdfs.push({ paperId: paper.id, item: original.paper });
      const note =
        d.kind !== "create" && d.proposal
          ? `linked to the existing paper; ${Object.keys(d.proposal).length} differing value(s) proposed to the administrators`
          : null;
      results.push({
        ref: e.ref,
        outcome: d.kind === "create" ? "CREATED" : d.kind === "update" ? "UPDATED" : "DUPLICATE",
        paperId: paper.id,
        title: paper.title,
        note,
      });
    }
    await applyDecisions(tx, decisions);
    await recordProvenance(tx, trust, decisions);
    await keepUploadedPdfs(tx, trust, pdfs);
    await tagImportedKeywords(tx, trust, entries, results);
    await recordResults(tx, runId, results);
    await inTx?.(tx);
    return results;
  }, TX_OPTIONS);
}

/** Records items that never reached a paper transaction (used when a batch had to be split). */
export async function recordFailures(db: Db, runId: string, results: ItemResult[], inTx?: InBatchTx): Promise<void> {
  await db.$transaction(async (tx) => {
    await recordResults(tx, runId, results);
    await inTx?.(tx);
  }, TX_OPTIONS);
}

async function recordResults(tx: Tx, runId: string, results: ItemResult[]): Promise<void> {
  if (results.length === 0) return;
  await insertIngestItems(
    tx,
    runId,
    results.map((r) => ({
      ref: clip(r.ref, 500) ?? "",
      outcome: r.outcome,
      paperId: r.outcome === "FAILED" ? null : r.paperId,
      title: clip(r.title ?? null, 500),
      reason: r.outcome === "FAILED" ? clip(r.reason, 1000) : clip(r.note ?? null, 1000),
    })),
  );
  const count = (o: ItemResult["outcome"]) => results.filter((r) => r.outcome === o).length;
  const [c, u, d, f] = [count("CREATED"), count("UPDATED"), count("DUPLICATE"), count("FAILED")];
  // total = items known so far: never below what has been processed (streams reveal items as they go).
  await tx.$executeRaw`UPDATE "IngestRun" SET
      created = created + ${c}, updated = updated + ${u}, duplicate = duplicate + ${d}, failed = failed + ${f},
      total = GREATEST(total, created + updated + duplicate + failed + ${c + u + d + f})
    WHERE id = ${runId}`;
}

const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];

/** Items whose canonical key was a paper's that an administrator merged into another: that key → the paper kept. */
async function loadMergedKeys(tx: Tx, items: NormalizedPaper[]): Promise<{ fromKey: string; toId: string }[]> {
  if (items.length === 0) return [];
  return tx.paperRedirect.findMany({ where: { fromKey: { in: uniq(items.map((i) => i.canonicalKey)) } }, select: { fromKey: true, toId: true } });
}

/**
 * Every stored paper sharing an arXiv id, DOI or canonical key with the batch, and those sharing a
 * normalized title that the title rule could match (same title, compatible ids, first author's last
 * name and year within one). Titles are checked on light rows first (sameTitleCandidates): a common
 * title ("Introduction", or a synthetic corpus's templates) may be held by thousands of papers.
 */
export async function loadCandidates(tx: Tx, items: NormalizedPaper[], alsoIds: string[] = []): Promise<ExistingPaper[]> {
  if (items.length === 0) return [];
  const titleIds = await sameTitleCandidates(tx, items);
  const rows = await tx.paper.findMany({
    where: {
      OR: [
        { arxivId: { in: uniq(items.map((i) => i.arxivId)) } },
        { doi: { in: uniq(items.map((i) => i.doi)) } },
        { canonicalKey: { in: uniq(items.map((i) => i.canonicalKey)) } },
        { id: { in: [...titleIds, ...alsoIds] } },
      ],
    },
    include: {
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
      versions: { select: { version: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    canonicalKey: r.canonicalKey,
    arxivId: r.arxivId,
    doi: r.doi,
    title: r.title,
    normTitle: r.normTitle,
    abstract: r.abstract,
    authors: r.authors.map((a) => a.author.name),
    publishedAt: r.publishedAt,
    year: r.year,
    categories: r.categories,
    journalRef: r.journalRef,
    venue: r.venue,
    citation: toCitation(r.citation),
    links: toLinks(r.links),
    fullText: r.fullText,
    pages: Array.isArray(r.pages) ? (r.pages as string[]) : null,
    source: r.source,
    latestVersion: r.latestVersion,
    versions: r.versions.map((v) => v.version),
  }));
}

/** jsonb reorders object keys; rebuild links in one key order so comparisons see equal values. */
function toLinks(json: unknown): PaperLink[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((l: { kind?: unknown; url?: unknown }) =>
    l && typeof l.url === "string" && typeof l.kind === "string" ? [{ kind: l.kind as PaperLink["kind"], url: l.url }] : [],
  );
}

/** Paper.citation read back (jsonb reorders keys: rebuilt in one key order, like links); a malformed value is none. */
function toCitation(json: unknown): CitationFields | null {
  const parsed = citationFieldsSchema.safeParse(json);
  return parsed.success ? (finishCitation(parsed.data) ?? null) : null;
}

function paperColumns(p: ExistingPaper) {
  return {
    canonicalKey: p.canonicalKey,
    arxivId: p.arxivId,
    doi: p.doi,
    title: p.title,
    normTitle: p.normTitle,
    abstract: p.abstract,
    publishedAt: p.publishedAt,
    year: p.year,
    categories: p.categories,
    journalRef: p.journalRef,
    venue: p.venue,
    citation: p.citation ? (p.citation as Prisma.InputJsonValue) : Prisma.DbNull,
    links: p.links as unknown as Prisma.InputJsonValue,
    fullText: p.fullText,
    pages: p.pages ? (p.pages as Prisma.InputJsonValue) : Prisma.DbNull,
    source: p.source,
    latestVersion: p.latestVersion,
  };
}

function versionColumns(paperId: string, v: VersionRow) {
  return { id: newId(), paperId, version: v.version, title: v.title, abstract: v.abstract, fullText: v.fullText, publishedAt: v.publishedAt };
}

async function applyDecisions(tx: Tx, decisions: Decision[]): Promise<void> {
  const creates = decisions.filter((d): d is Extract<Decision, { kind: "create" }> => d.kind === "create");
  const updates = decisions.filter((d): d is Extract<Decision, { kind: "update" }> => d.kind === "update");
  // A batch can touch one paper several times (v1 then v2 in one file): write each paper's final state once.
  const finalState = new Map<string, ExistingPaper>();
  for (const d of creates) finalState.set(d.paper.id, d.paper);
  for (const d of updates) finalState.set(d.after.id, d.after);
  const createdIds = new Set(creates.map((d) => d.paper.id));
  const updatedIds = [...new Set(updates.map((d) => d.after.id))].filter((id) => !createdIds.has(id));
  const authorsTouched = new Set([...createdIds, ...updates.filter((d) => d.authorsChanged).map((d) => d.after.id)]);

  const authorIds = await upsertAuthors(
    tx,
    [...authorsTouched].flatMap((id) => finalState.get(id)?.authors ?? []),
  );

  await insertPapers(
    tx,
    [...createdIds].map((id) => finalState.get(id)!),
  );
  for (const id of updatedIds) {
    await tx.paper.update({ where: { id }, data: paperColumns(finalState.get(id)!) });
  }
  // Annotations stage (owned by annotations; see reanchor.ts): re-anchor papers whose text changed, same transaction.
  await reanchorChangedPapers(tx, updates);
  if (authorsTouched.size) {
    const ids = [...authorsTouched];
    const replaced = ids.filter((id) => !createdIds.has(id));
    if (replaced.length) await tx.paperAuthor.deleteMany({ where: { paperId: { in: replaced } } });
    await insertPaperAuthors(
      tx,
      ids.flatMap((paperId) =>
        (finalState.get(paperId)?.authors ?? []).flatMap((name, position) => {
          const authorId = authorIds.get(normalizeTitle(name));
          return authorId ? [{ paperId, authorId, position }] : [];
        }),
      ),
    );
  }

  const versions = [
    ...creates.map((d) => versionColumns(d.paper.id, d.version)),
    ...updates.flatMap((d) => (d.addVersion ? [versionColumns(d.after.id, d.addVersion)] : [])),
  ];
  await insertVersions(tx, versions);
  for (const d of updates) {
    if (!d.refreshCurrentVersion) continue;
    const p = finalState.get(d.after.id)!;
    await tx.paperVersion.updateMany({
      where: { paperId: p.id, version: p.latestVersion },
      data: { title: p.title, abstract: p.abstract, fullText: p.fullText },
    });
  }

  const toIndex = [...createdIds, ...updatedIds];
  if (toIndex.length) {
    await insertOutboxUpserts(tx, toIndex);
    await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
  }
}

/** Authors are shared rows keyed by normalized name; the first spelling seen is kept for display. */
async function upsertAuthors(tx: Tx, names: string[]): Promise<Map<string, string>> {
  const byNorm = new Map<string, string>();
  for (const name of names) {
    const norm = normalizeTitle(name);
    if (norm && !byNorm.has(norm)) byNorm.set(norm, name);
  }
  if (byNorm.size === 0) return new Map();
  return upsertAuthorRows(
    tx,
    [...byNorm].map(([normName, name]) => ({ id: newId(), name, normName })),
  );
}
