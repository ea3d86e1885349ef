import { z } from "zod";
import type { Db } from "@commonplace/db";
import { decideSite } from "../policy/site.ts";
import { resolvePaperId } from "./redirect.ts";
import { listProposals, paperHistory, proposalView } from "./review.ts";

// A paper's history as its page shows it (/papers/<id>/history): every change of the record, when, what
// it changed (before → after) and from which kind of source. The values are the public record's, so anyone
// may read them; who imported which file is not public: people are named only for administrators' acts
// (an edit, an accepted proposal, a revert, a merge), and import file names and correction notes only to
// administrators (catalogue.review), who also see every open proposal and may revert. Everyone else sees
// the suggestions they made themselves.

const ADMIN_ACTS = new Set(["edit", "accept", "revert", "merge"]);

const person = z.object({ id: z.string(), handle: z.string(), name: z.string() });

export const historyEntry = z.object({
  id: z.string(),
  kind: z.string(),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
  source: z.object({ format: z.string().nullable(), ref: z.string().nullable() }),
  actor: person.nullable(),
  revertOfId: z.string().nullable(),
  revertedAt: z.date().nullable(),
  createdAt: z.date(),
  /** Whether the caller may revert it now. */
  revertible: z.boolean(),
});

export const paperRecordView = z.object({
  paperId: z.string(),
  /** The caller may accept, reject and revert (catalogue.review). */
  canReview: z.boolean(),
  /** The caller's corrections are applied at once (catalogue.edit). */
  canEdit: z.boolean(),
  canMerge: z.boolean(),
  changes: z.array(historyEntry),
  proposals: z.array(proposalView),
  mergedFrom: z.array(z.object({ id: z.string(), title: z.string(), mergedAt: z.date() })),
});
export type PaperRecordView = z.infer<typeof paperRecordView>;

export async function paperRecord(db: Db, userId: string | null, requestedId: string): Promise<PaperRecordView | null> {
  const paperId = await resolvePaperId(db, requestedId);
  if (!(await db.paper.count({ where: { id: paperId } }))) return null;
  const allowed = async (action: "catalogue.review" | "catalogue.edit" | "catalogue.merge") => (await decideSite(db, userId, action)) === "allow";
  const [canReview, canEdit, canMerge] = await Promise.all([allowed("catalogue.review"), allowed("catalogue.edit"), allowed("catalogue.merge")]);

  const rows = await paperHistory(db, paperId);
  const changes = rows.map((c) => {
    const named = canReview || ADMIN_ACTS.has(c.kind);
    const refShown = canReview || c.kind === "edit" || c.kind === "merge";
    return {
      id: c.id,
      kind: c.kind,
      before: c.before,
      after: c.after,
      source: { format: c.source.format, ref: refShown ? c.source.ref : null },
      actor: named ? c.actor : null,
      revertOfId: c.revertOfId,
      revertedAt: c.revertedAt,
      createdAt: c.createdAt,
      revertible: canReview && !c.revertedAt && c.kind !== "created" && Object.keys(c.before).length > 0,
    };
  });

  const open = userId ? (await listProposals(db, { status: "OPEN", paperId, limit: 100 })).proposals : [];
  const proposals = canReview ? open : open.filter((p) => p.proposer?.id === userId);
  const merged = await db.paperRedirect.findMany({ where: { toId: paperId }, orderBy: { createdAt: "desc" }, take: 100 });
  return {
    paperId,
    canReview,
    canEdit,
    canMerge,
    changes,
    proposals,
    mergedFrom: merged.map((r) => ({ id: r.fromId, title: r.fromTitle, mergedAt: r.createdAt })),
  };
}
