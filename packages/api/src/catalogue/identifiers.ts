import { contentHash } from "@commonplace/formats";
import type { Prisma } from "@commonplace/db";
import type { IdentifierValues } from "@commonplace/catalogue";
import { AppError } from "../errors/index.ts";

// A paper's identifiers are unique across the catalogue and form its canonical key (arXiv id > DOI > content
// hash, as the worker's normalize.ts writes it; the worker matches imports by all three). A correction that
// gives a paper an identifier another paper already has is a duplicate to merge, not an edit.

type Tx = Prisma.TransactionClient;

const LABEL: Record<keyof IdentifierValues, string> = { doi: "DOI", arxivId: "arXiv id" };

/** 409 naming the paper that already has one of these identifiers (other than `paperId`). */
export async function assertIdentifiersFree(tx: Tx, paperId: string, ids: Partial<IdentifierValues>): Promise<void> {
  for (const name of ["doi", "arxivId"] as const) {
    const value = ids[name];
    if (!value) continue;
    const holder = await tx.paper.findFirst({ where: { [name]: value, id: { not: paperId } }, select: { id: true, title: true } });
    if (holder) {
      throw new AppError(
        "conflict",
        `The ${LABEL[name]} ${value} belongs to another paper, “${holder.title}” (${holder.id}). If they are the same paper, an administrator can merge them.`,
        {
          code: "identifier_taken",
          field: name,
          details: { paperId: holder.id },
        },
      );
    }
  }
}

/**
 * The canonical key for a paper's (new) identifiers: unchanged when it still fits; the best identifier when
 * one is there; a content hash when the identifier it was keyed by is gone. Suffixed with the paper's id
 * if another paper holds that key (as the worker does for colliding hashes).
 */
export async function canonicalKeyFor(
  tx: Tx,
  paperId: string,
  currentKey: string,
  p: IdentifierValues & { title: string; authors: readonly string[]; fullText: string | null },
): Promise<string> {
  const wanted = p.arxivId ?? (p.doi ? `doi:${p.doi}` : null);
  if (wanted === currentKey) return currentKey;
  if (!wanted && currentKey.startsWith("hash:")) return currentKey;
  const key = wanted ?? `hash:${contentHash({ title: p.title, authors: p.authors, fullText: p.fullText ?? undefined })}`;
  const holder = await tx.paper.findUnique({ where: { canonicalKey: key }, select: { id: true } });
  return holder && holder.id !== paperId ? `${key}#${paperId}` : key;
}
