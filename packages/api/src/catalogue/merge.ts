import type { Db, Prisma } from "@commonplace/db";
import { OUTBOX_CHANNEL } from "@commonplace/jobs";
import { annotatableSource } from "@commonplace/anchoring";
import { isEmptyValue, reanchorPaper, RECORD_NAMES, type PartialRecord, type RecordValues } from "@commonplace/catalogue";
import { AppError } from "../errors/index.ts";
import { applyFields, currentValues } from "./apply.ts";
import { moveRows, assertNothingLeft } from "./merge-rows.ts";

// An administrator merges a duplicate paper into another (issue 15.6), in one transaction — a failure
// anywhere leaves both papers as they were:
// 1. the survivor takes what it lacks from the duplicate (empty fields, identifiers), as a recorded change
//    of kind "merge" (revertible like any change); its own annotations move only if its text really changes;
// 2. the duplicate's annotations are re-anchored onto the survivor's text, only when that text differs;
// 3. list items, annotations (threads whole), upvotes (one per person), PDFs, history and proposals move
//    (merge-rows.ts), and nothing that references the duplicate may remain;
// 4. the duplicate is deleted, its id redirects to the survivor (PaperRedirect; earlier redirects to the
//    duplicate are re-pointed), and the search index drops it through the outbox.

const TX = { maxWait: 10_000, timeout: 120_000 };
/** Never taken from the duplicate: the survivor has a title, and its version numbering is its own. */
const NOT_FILLED = new Set(["title", "latestVersion"]);

async function lockPair(tx: Prisma.TransactionClient, survivorId: string, mergedId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Paper" WHERE id IN (${survivorId}, ${mergedId}) ORDER BY id FOR UPDATE`;
  for (const [id, role] of [
    [survivorId, "paper to keep"],
    [mergedId, "duplicate"],
  ] as const) {
    if (rows.some((r) => r.id === id)) continue;
    const redirect = await tx.paperRedirect.findUnique({ where: { fromId: id }, select: { toId: true } });
    if (redirect) throw new AppError("conflict", `The ${role} (${id}) was already merged into ${redirect.toId}.`, { code: "already_merged" });
    throw new AppError("not_found", `No paper with the id ${id} (the ${role}).`);
  }
}

/** What the survivor lacks and the duplicate has. */
function fillsFrom(survivor: RecordValues, merged: RecordValues): PartialRecord {
  const out: Record<string, unknown> = {};
  for (const name of RECORD_NAMES) {
    if (NOT_FILLED.has(name) || !isEmptyValue(survivor[name]) || isEmptyValue(merged[name])) continue;
    out[name] = merged[name];
  }
  // A year alone never replaces nothing-but-a-day: the day and its year travel together.
  if ("publishedAt" in out && merged.year !== null) out.year = merged.year;
  return out as PartialRecord;
}

export interface MergeResult {
  survivorId: string;
  mergedId: string;
  changeId: string;
  filled: string[];
  moved: { listItems: number; annotations: number; upvotes: number; pdfs: number };
}

export async function mergePapers(db: Db, adminId: string, survivorId: string, mergedId: string): Promise<MergeResult> {
  if (survivorId === mergedId) throw new AppError("invalid_input", "A paper cannot be merged into itself.", { code: "same_paper" });
  return db.$transaction(async (tx) => {
    await lockPair(tx, survivorId, mergedId);
    const { canonicalKey: mergedKey, ...merged } = await currentValues(tx, mergedId);
    const { canonicalKey: _survivorKey, ...survivor } = await currentValues(tx, survivorId);
    void _survivorKey;
    const fills = fillsFrom(survivor, merged);
    // Identifiers are unique: the duplicate gives its up before the survivor takes them.
    await tx.paper.update({ where: { id: mergedId }, data: { doi: null, arxivId: null, canonicalKey: `merged:${mergedId}` } });
    const ref = `${merged.title} (${mergedId})`.slice(0, 500);
    const applied = await applyFields(tx, survivorId, fills, { kind: "merge", actorId: adminId, ref, format: "merge" });
    const changeId =
      applied.changeId ??
      (await tx.paperChange.create({ data: { paperId: survivorId, kind: "merge", actorId: adminId, trusted: true, ref, format: "merge" } })).id;

    const target = { ...survivor, ...fills };
    const fromText = annotatableSource(merged).text;
    const toText = annotatableSource(target).text;
    if (fromText !== toText) await reanchorPaper(tx, mergedId, fromText, toText, target.latestVersion);
    else await tx.annotation.updateMany({ where: { paperId: mergedId }, data: { textVersion: target.latestVersion } });

    const moved = await moveRows(tx, survivorId, mergedId);
    await assertNothingLeft(tx, mergedId);
    await tx.paperRedirect.updateMany({ where: { toId: mergedId }, data: { toId: survivorId } });
    await tx.paper.delete({ where: { id: mergedId } });
    await tx.paperRedirect.create({ data: { fromId: mergedId, toId: survivorId, mergedById: adminId, fromTitle: merged.title, fromKey: mergedKey } });

    await tx.searchOutbox.createMany({
      data: [
        { paperId: mergedId, op: "delete" },
        { paperId: survivorId, op: "upsert" },
      ],
    });
    await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
    return { survivorId, mergedId, changeId, filled: Object.keys(fills), moved };
  }, TX);
}
