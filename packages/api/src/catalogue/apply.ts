import { TRPCError } from "@trpc/server";
import { normalizeTitle } from "@commonplace/formats";
import { OUTBOX_CHANNEL } from "@commonplace/jobs";
import { Prisma } from "@commonplace/db";
import { annotatableSource } from "@commonplace/anchoring";
import { fieldValuesOf, pick, reanchorPaper, RECORD_NAMES, type PartialRecord, type RecordName, type RecordValues } from "@commonplace/catalogue";
import { assertIdentifiersFree, canonicalKeyFor } from "./identifiers.ts";

// Writing values into a paper's canonical record, as one recorded change: an accepted proposal, a revert,
// an administrator's correction ("edit") and what a merge fills in all come through here. In the caller's
// transaction: the paper row is locked, its columns, authors and version rows updated, annotations
// re-anchored only when the text they anchor to really changed, the search index told (outbox), and a
// PaperChange written with the before/after of exactly the fields that changed.

type Tx = Prisma.TransactionClient;

export interface ChangeSource {
  kind: "accept" | "revert" | "edit" | "merge";
  actorId: string;
  proposalId?: string;
  revertOfId?: string;
  /** Where the values came from: a correction's note, the merged paper. */
  ref?: string | null;
  format?: string | null;
}

export async function currentValues(tx: Tx, paperId: string): Promise<RecordValues & { canonicalKey: string }> {
  await tx.$queryRaw`SELECT id FROM "Paper" WHERE id = ${paperId} FOR UPDATE`;
  const paper = await tx.paper.findUnique({
    where: { id: paperId },
    include: { authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } } },
  });
  if (!paper) throw new TRPCError({ code: "NOT_FOUND", message: "No paper with this id." });
  return {
    ...fieldValuesOf({ ...paper, authors: paper.authors.map((a) => a.author.name) }),
    doi: paper.doi,
    arxivId: paper.arxivId,
    canonicalKey: paper.canonicalKey,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function applyFields(
  tx: Tx,
  paperId: string,
  values: PartialRecord,
  source: ChangeSource,
): Promise<{ changeId: string | null; changed: RecordName[] }> {
  const { canonicalKey, ...before } = await currentValues(tx, paperId);
  const changed = RECORD_NAMES.filter((n) => n in values && !same(values[n], before[n]));
  if (changed.length === 0) return { changeId: null, changed };
  const after: RecordValues = { ...before, ...values };
  if (!after.title.trim() || !normalizeTitle(after.title)) throw new TRPCError({ code: "BAD_REQUEST", message: "A paper needs a title." });
  const idsChanged = changed.includes("doi") || changed.includes("arxivId");
  if (idsChanged) await assertIdentifiersFree(tx, paperId, { doi: after.doi, arxivId: after.arxivId });

  await tx.paper.update({
    where: { id: paperId },
    data: {
      title: after.title,
      normTitle: normalizeTitle(after.title),
      abstract: after.abstract,
      publishedAt: after.publishedAt ? new Date(after.publishedAt) : null,
      year: after.year,
      categories: after.categories,
      journalRef: after.journalRef,
      venue: after.venue,
      fullText: after.fullText,
      latestVersion: after.latestVersion,
      ...(idsChanged ? { doi: after.doi, arxivId: after.arxivId, canonicalKey: await canonicalKeyFor(tx, paperId, canonicalKey, after) } : {}),
    },
  });
  if (changed.includes("authors")) await replaceAuthors(tx, paperId, after.authors);
  const version = { title: after.title, abstract: after.abstract, fullText: after.fullText };
  if (after.latestVersion > before.latestVersion) {
    await tx.paperVersion.upsert({
      where: { paperId_version: { paperId, version: after.latestVersion } },
      create: { paperId, version: after.latestVersion, ...version, publishedAt: after.publishedAt ? new Date(after.publishedAt) : null },
      update: version,
    });
  } else {
    await tx.paperVersion.updateMany({ where: { paperId, version: after.latestVersion }, data: version });
  }
  const oldText = annotatableSource(before).text;
  const newText = annotatableSource(after).text;
  if (oldText !== newText) await reanchorPaper(tx, paperId, oldText, newText, after.latestVersion);

  await tx.searchOutbox.create({ data: { paperId, op: "upsert" } });
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;

  const diff = Object.fromEntries(changed.map((n) => [n, after[n]])) as PartialRecord;
  const change = await tx.paperChange.create({
    data: {
      paperId,
      kind: source.kind,
      before: pick(before, diff) as Prisma.InputJsonValue,
      after: diff as Prisma.InputJsonValue,
      actorId: source.actorId,
      trusted: true,
      proposalId: source.proposalId ?? null,
      revertOfId: source.revertOfId ?? null,
      ref: source.ref?.slice(0, 500) ?? null,
      format: source.format ?? null,
    },
  });
  return { changeId: change.id, changed };
}

/** Authors are shared rows keyed by normalized name (as the worker writes them); the order is the paper's. */
async function replaceAuthors(tx: Tx, paperId: string, names: string[]): Promise<void> {
  await tx.paperAuthor.deleteMany({ where: { paperId } });
  let position = 0;
  for (const name of names) {
    const normName = normalizeTitle(name);
    if (!normName) continue;
    const author = await tx.author.upsert({ where: { normName }, create: { name, normName }, update: {} });
    await tx.paperAuthor.create({ data: { paperId, authorId: author.id, position: position++ } });
  }
}
