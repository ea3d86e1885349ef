import { fieldsDigest, fieldValuesOf, FIELD_NAMES, pick, sameFieldValue } from "@commonplace/catalogue";
import type { Prisma } from "@commonplace/db";
import { insertPaperChanges, type ChangeInsert } from "./bulk-write.ts";
import { newId } from "./ids.ts";
import type { RunTrust } from "./trust.ts";
import type { Decision, ExistingPaper } from "./types.ts";

// Part of stage 5 (persist), same transaction: where every paper's values came from. Each created paper
// gets a "created" PaperChange naming its run, item and format and the person who imported it; each update
// a change with the before/after of the fields it touched ("import" from a trusted source, "fill" where an
// untrusted one only filled empty fields); each untrusted item that disagrees with the record a PaperProposal
// (one open proposal per paper and content: importing the same file twice proposes once).

type Tx = Prisma.TransactionClient;

const valuesOf = (p: ExistingPaper) => fieldValuesOf(p);

export async function recordProvenance(tx: Tx, trust: RunTrust, decisions: readonly Decision[]): Promise<void> {
  const changes: ChangeInsert[] = [];
  const source = (d: Decision) => ({ runId: trust.runId, ref: d.item.ref.slice(0, 500), format: d.item.source, actorId: trust.actorId });
  for (const d of decisions) {
    if (d.kind === "create") {
      changes.push({ id: newId(), paperId: d.paper.id, kind: "created", before: null, after: null, trusted: true, ...source(d) });
    } else if (d.kind === "update") {
      const before = valuesOf(d.before);
      const after = valuesOf(d.after);
      const touched = FIELD_NAMES.filter((n) => !sameFieldValue(n, before[n], after[n]) || (n === "fullText" && before.fullText !== after.fullText));
      const diff = Object.fromEntries(touched.map((n) => [n, after[n]]));
      changes.push({
        id: newId(),
        paperId: d.after.id,
        kind: d.trusted ? "import" : "fill",
        trusted: d.trusted,
        before: pick(before, diff),
        after: diff,
        ...source(d),
      });
    }
  }
  await insertPaperChanges(tx, changes);

  for (const d of decisions) {
    if (d.kind === "create" || !d.proposal) continue;
    const paper = d.kind === "update" ? d.after : d.paper;
    const digest = fieldsDigest(d.proposal);
    const open = await tx.paperProposal.count({ where: { paperId: paper.id, status: "OPEN", digest } });
    if (open) continue;
    await tx.paperProposal.create({
      data: {
        id: newId(),
        paperId: paper.id,
        digest,
        fields: d.proposal as Prisma.InputJsonValue,
        current: pick(valuesOf(paper), d.proposal) as Prisma.InputJsonValue,
        runId: trust.runId,
        ref: d.item.ref.slice(0, 500),
        format: d.item.source,
        proposerId: trust.actorId,
      },
    });
  }
}
