import { annotatableSource } from "@commonplace/anchoring";
import { reanchorPaper, type ReanchorSummary } from "@commonplace/catalogue";
import type { Prisma } from "@commonplace/db";
import type { Decision, ExistingPaper } from "./types.ts";

// Stage 5b (inside persist's transaction): when a paper's annotatable text changes — a new arXiv version,
// a re-extracted PDF, a full text arriving where there was only the abstract — re-anchor its annotations
// (reanchorPaper, shared with the API's accept and revert of catalogue changes). Nothing is dropped: ANCHORED ones get fresh selectors and
// positions; LOW_CONFIDENCE ones keep their original selectors with the best-guess range; ORPHANED ones
// keep their selectors and lose their range. Both are listed for their authors (annotations.needsAttention).
// Events (ids only) go out at commit: paper:<id> (and list:<id>) "annotation.reanchored", and
// user:<author> "annotation.needs-attention" when one of theirs is newly flagged.

type Tx = Prisma.TransactionClient;
type Update = Extract<Decision, { kind: "update" }>;

export { reanchorPaper, type ReanchorSummary };

/** Re-anchors every paper whose annotatable text differs between its first `before` and last `after` in the batch. */
export async function reanchorChangedPapers(tx: Tx, updates: Update[]): Promise<ReanchorSummary> {
  const byPaper = new Map<string, { before: ExistingPaper; after: ExistingPaper }>();
  for (const d of updates) byPaper.set(d.after.id, { before: byPaper.get(d.after.id)?.before ?? d.before, after: d.after });
  const summary: ReanchorSummary = { papers: 0, anchored: 0, lowConfidence: 0, orphaned: 0 };
  for (const { before, after } of byPaper.values()) {
    const oldText = annotatableSource(before).text;
    const newText = annotatableSource(after).text;
    if (oldText === newText) continue;
    const counts = await reanchorPaper(tx, after.id, oldText, newText, after.latestVersion);
    summary.papers++;
    summary.anchored += counts.anchored;
    summary.lowConfidence += counts.lowConfidence;
    summary.orphaned += counts.orphaned;
  }
  return summary;
}
