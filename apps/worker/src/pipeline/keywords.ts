import { TAGS_PER_TARGET } from "@commonplace/catalogue";
import type { PersistEntry, Tx } from "./persist.ts";
import type { RunTrust } from "./trust.ts";
import type { ItemResult } from "./types.ts";

// Imported keywords (BibTeX `keywords`, RIS `KW`, CSL `keyword`) become the importer's own tags on the papers
// (issue 15.3) — never anyone else's and never part of the shared record. Written in the batch's transaction,
// so a chunk resumed after a crash tags exactly what it committed. An operator's import has no person: no tags.

export async function tagImportedKeywords(tx: Tx, trust: RunTrust, entries: PersistEntry[], results: ItemResult[]): Promise<void> {
  const userId = trust.actorId;
  if (!userId) return;
  const wanted = new Map<string, string[]>();
  entries.forEach((e, i) => {
    const r = results[i];
    if (!("paper" in e) || !e.keywords?.length || !r || r.outcome === "FAILED") return;
    wanted.set(r.paperId, [...new Set([...(wanted.get(r.paperId) ?? []), ...e.keywords])]);
  });
  if (wanted.size === 0) return;
  const existing = await tx.paperTag.findMany({ where: { userId, paperId: { in: [...wanted.keys()] } }, select: { paperId: true, tag: true } });
  const data = [...wanted].flatMap(([paperId, tags]) => {
    const have = new Set(existing.filter((t) => t.paperId === paperId).map((t) => t.tag));
    const fresh = tags.filter((t) => !have.has(t)).slice(0, Math.max(0, TAGS_PER_TARGET - have.size));
    return fresh.map((tag) => ({ userId, paperId, tag }));
  });
  if (data.length) await tx.paperTag.createMany({ data, skipDuplicates: true });
}
