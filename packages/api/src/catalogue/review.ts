import { TRPCError } from "@trpc/server";
import type { Db, Prisma } from "@commonplace/db";
import { z } from "zod";
import { applyFields } from "./apply.ts";
import { RECORD_NAMES, type PartialRecord, type RecordName } from "@commonplace/catalogue";

// Administrators review what untrusted sources proposed (accept → a recorded change; reject → kept as
// decided), read a paper's history, and revert any change. Every state change happens in one transaction
// with the record it changes; two administrators deciding the same proposal at once: the second gets CONFLICT.

const TX = { maxWait: 10_000, timeout: 60_000 };

/** Full texts are long: lists show that they differ and how long they are, not the text. */
export function displayValues(json: unknown): Record<string, unknown> {
  const values = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of RECORD_NAMES) {
    if (!(name in values)) continue;
    const v = values[name];
    out[name] = name === "fullText" && typeof v === "string" ? `[full text, ${v.length} characters]` : v;
  }
  return out;
}

export const proposalView = z.object({
  id: z.string(),
  paper: z.object({ id: z.string(), title: z.string() }),
  status: z.enum(["OPEN", "ACCEPTED", "REJECTED"]),
  fields: z.record(z.string(), z.unknown()),
  current: z.record(z.string(), z.unknown()),
  source: z.object({ format: z.string().nullable(), ref: z.string().nullable(), runId: z.string().nullable() }),
  proposer: z.object({ id: z.string(), handle: z.string(), name: z.string() }).nullable(),
  createdAt: z.date(),
  decidedAt: z.date().nullable(),
});
export type ProposalView = z.infer<typeof proposalView>;

export const changeView = z.object({
  id: z.string(),
  kind: z.string(),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
  source: z.object({ format: z.string().nullable(), ref: z.string().nullable(), runId: z.string().nullable() }),
  actor: z.object({ id: z.string(), handle: z.string(), name: z.string() }).nullable(),
  trusted: z.boolean(),
  revertOfId: z.string().nullable(),
  revertedAt: z.date().nullable(),
  createdAt: z.date(),
});

async function people(db: Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  const rows = wanted.length ? await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, handle: true, name: true } }) : [];
  return new Map(rows.map((u) => [u.id, u]));
}

export async function listProposals(db: Db, input: { status: "OPEN" | "ACCEPTED" | "REJECTED"; paperId?: string; limit: number; cursor?: string }) {
  const rows = await db.paperProposal.findMany({
    where: { status: input.status, ...(input.paperId ? { paperId: input.paperId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    include: { paper: { select: { id: true, title: true } } },
  });
  const page = rows.slice(0, input.limit);
  const who = await people(
    db,
    page.map((r) => r.proposerId),
  );
  return {
    proposals: page.map((r) => ({
      id: r.id,
      paper: r.paper,
      status: r.status,
      fields: displayValues(r.fields),
      current: displayValues(r.current),
      source: { format: r.format, ref: r.ref, runId: r.runId },
      proposer: r.proposerId ? (who.get(r.proposerId) ?? null) : null,
      createdAt: r.createdAt,
      decidedAt: r.decidedAt,
    })),
    nextCursor: rows.length > input.limit ? page[page.length - 1]!.id : null,
  };
}

async function openProposal(tx: Prisma.TransactionClient, id: string) {
  const [row] = await tx.$queryRaw<{ id: string; status: string }[]>`SELECT id, status::text FROM "PaperProposal" WHERE id = ${id} FOR UPDATE`;
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No proposal with this id." });
  if (row.status !== "OPEN") throw new TRPCError({ code: "CONFLICT", message: `This proposal was already ${row.status.toLowerCase()}.` });
  return tx.paperProposal.findUniqueOrThrow({ where: { id } });
}

/** Accept all of a proposal, or only some of its fields. */
export async function acceptProposal(db: Db, adminId: string, id: string, only?: RecordName[]) {
  return db.$transaction(async (tx) => {
    const proposal = await openProposal(tx, id);
    const fields = proposal.fields as PartialRecord;
    const chosen = only ? (Object.fromEntries(Object.entries(fields).filter(([k]) => only.includes(k as RecordName))) as PartialRecord) : fields;
    const { changeId, changed } = await applyFields(tx, proposal.paperId, chosen, { kind: "accept", actorId: adminId, proposalId: id });
    if (changeId) await tx.paperChange.update({ where: { id: changeId }, data: { runId: proposal.runId, ref: proposal.ref, format: proposal.format } });
    await tx.paperProposal.update({ where: { id }, data: { status: "ACCEPTED", decidedById: adminId, decidedAt: new Date(), changeId } });
    return { id, status: "ACCEPTED" as const, changeId, changed };
  }, TX);
}

export async function rejectProposal(db: Db, adminId: string, id: string) {
  return db.$transaction(async (tx) => {
    await openProposal(tx, id);
    await tx.paperProposal.update({ where: { id }, data: { status: "REJECTED", decidedById: adminId, decidedAt: new Date() } });
    return { id, status: "REJECTED" as const, changeId: null, changed: [] as RecordName[] };
  }, TX);
}

export async function paperHistory(db: Db, paperId: string) {
  const rows = await db.paperChange.findMany({ where: { paperId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200 });
  const who = await people(
    db,
    rows.map((r) => r.actorId),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    before: displayValues(r.before),
    after: displayValues(r.after),
    source: { format: r.format, ref: r.ref, runId: r.runId },
    actor: r.actorId ? (who.get(r.actorId) ?? null) : null,
    trusted: r.trusted,
    revertOfId: r.revertOfId,
    revertedAt: r.revertedAt,
    createdAt: r.createdAt,
  }));
}

/** Put back the values a change replaced (its `before`), as a new change of kind "revert". */
export async function revertChange(db: Db, adminId: string, changeId: string) {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "PaperChange" WHERE id = ${changeId} FOR UPDATE`;
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No change with this id." });
    const change = await tx.paperChange.findUniqueOrThrow({ where: { id: changeId } });
    if (change.revertedAt) throw new TRPCError({ code: "CONFLICT", message: "This change was already reverted." });
    const before = change.before as PartialRecord;
    if (Object.keys(before).length === 0) throw new TRPCError({ code: "BAD_REQUEST", message: "This change replaced no values; there is nothing to revert." });
    const result = await applyFields(tx, change.paperId, before, { kind: "revert", actorId: adminId, revertOfId: changeId });
    await tx.paperChange.update({ where: { id: changeId }, data: { revertedAt: new Date() } });
    return { id: changeId, changeId: result.changeId, changed: result.changed };
  }, TX);
}
