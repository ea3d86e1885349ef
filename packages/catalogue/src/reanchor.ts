import { reanchorAll, type AnySelector, type ReanchorOutput } from "@commonplace/anchoring";
import type { Prisma } from "@commonplace/db";
import { publish } from "@commonplace/db/live";

// Re-anchoring a paper's annotations onto its new canonical text, inside the transaction that changes it:
// used by the worker's persist stage (a trusted import) and by the API when an administrator accepts a
// proposal or reverts a change. Nothing is dropped: ANCHORED ones get fresh selectors and positions;
// LOW_CONFIDENCE ones keep their original selectors with the best-guess range; ORPHANED ones keep their
// selectors and lose their range. Events (ids only) go out at commit.

type Tx = Prisma.TransactionClient;

export interface ReanchorSummary {
  papers: number;
  anchored: number;
  lowConfidence: number;
  orphaned: number;
}

function selectorsOf(json: unknown): AnySelector[] {
  return Array.isArray(json)
    ? json.filter((s): s is AnySelector => typeof s === "object" && s !== null && typeof (s as { type?: unknown }).type === "string")
    : [];
}

export async function reanchorPaper(tx: Tx, paperId: string, oldText: string, newText: string, version: number): Promise<Omit<ReanchorSummary, "papers">> {
  // Page notes (threads created without selectors) are on the whole paper: there is nothing to re-anchor.
  const rows = (
    await tx.annotation.findMany({
      where: { paperId, parentId: null },
      select: { id: true, authorId: true, listId: true, selectors: true, anchorStatus: true, start: true, end: true, textVersion: true },
    })
  ).filter((r) => r.selectors !== null);
  const counts = { anchored: 0, lowConfidence: 0, orphaned: 0 };
  if (rows.length === 0) return counts;
  // Only ANCHORED selectors describe `oldText`; flagged ones still hold an older text's selectors, so the
  // old→new diff (which shifts position hints) would mislead them.
  const fresh = rows.filter((r) => r.anchorStatus === "ANCHORED");
  const flagged = rows.filter((r) => r.anchorStatus !== "ANCHORED");
  const results: ReanchorOutput[] = [
    ...reanchorAll(
      oldText || undefined,
      newText,
      fresh.map((r) => ({ id: r.id, selector: selectorsOf(r.selectors) })),
    ),
    ...reanchorAll(
      undefined,
      newText,
      flagged.map((r) => ({ id: r.id, selector: selectorsOf(r.selectors) })),
    ),
  ];
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const out of results) {
    const row = byId.get(out.id)!;
    const range = out.result.orphan ? { start: null, end: null } : { start: out.result.start, end: out.result.end };
    const confidence = out.result.orphan ? 0 : out.result.confidence;
    const quote = out.status === "ANCHORED" && !out.result.orphan ? newText.slice(out.result.start, out.result.end) : undefined;
    await tx.annotation.update({
      where: { id: out.id },
      data: {
        ...range,
        anchorStatus: out.status,
        anchorConfidence: confidence,
        textVersion: version,
        ...(out.status === "ANCHORED" ? { selectors: out.selector as unknown as Prisma.InputJsonValue, quote } : {}),
      },
    });
    if (out.status === "ANCHORED") counts.anchored++;
    else if (out.status === "LOW_CONFIDENCE") counts.lowConfidence++;
    else counts.orphaned++;
    const moved = out.status !== row.anchorStatus || range.start !== row.start || range.end !== row.end;
    if (moved) {
      const event = { kind: "annotation.reanchored", id: out.id };
      await publish(tx, { topic: `paper:${paperId}`, ...event });
      if (row.listId) await publish(tx, { topic: `list:${row.listId}`, ...event });
    }
    if (out.status !== "ANCHORED" && row.anchorStatus === "ANCHORED") {
      await publish(tx, { topic: `user:${row.authorId}`, kind: "annotation.needs-attention", id: out.id });
    }
  }
  return counts;
}
