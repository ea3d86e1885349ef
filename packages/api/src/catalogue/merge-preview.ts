import { z } from "zod";
import type { Db } from "@commonplace/db";
import { AppError } from "../errors/index.ts";
import { rowCounts } from "./merge-rows.ts";

// Before an administrator merges: both papers side by side, with what each carries, so the one to keep is
// chosen knowingly (merge.ts does the merge).

const counts = z.object({ listItems: z.number().int(), annotations: z.number().int(), upvotes: z.number().int(), pdfs: z.number().int() });
export const mergeSide = z.object({
  id: z.string(),
  title: z.string(),
  authors: z.array(z.string()),
  year: z.number().int().nullable(),
  doi: z.string().nullable(),
  arxivId: z.string().nullable(),
  hasFullText: z.boolean(),
  counts,
});
export const mergePreviewView = z.object({ survivor: mergeSide, merged: mergeSide });

async function side(db: Db, id: string, role: string): Promise<z.infer<typeof mergeSide>> {
  const paper = await db.paper.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      year: true,
      doi: true,
      arxivId: true,
      fullText: true,
      authors: { orderBy: { position: "asc" }, take: 6, select: { author: { select: { name: true } } } },
    },
  });
  if (!paper) {
    const redirect = await db.paperRedirect.findUnique({ where: { fromId: id }, select: { toId: true } });
    if (redirect) throw new AppError("conflict", `The ${role} (${id}) was already merged into ${redirect.toId}.`, { code: "already_merged" });
    throw new AppError("not_found", `No paper with the id ${id} (the ${role}).`);
  }
  return {
    id: paper.id,
    title: paper.title,
    authors: paper.authors.map((a) => a.author.name),
    year: paper.year,
    doi: paper.doi,
    arxivId: paper.arxivId,
    hasFullText: Boolean(paper.fullText),
    counts: await rowCounts(db, id),
  };
}

export async function mergePreview(db: Db, survivorId: string, mergedId: string) {
  if (survivorId === mergedId) throw new AppError("invalid_input", "A paper cannot be merged into itself.", { code: "same_paper" });
  return { survivor: await side(db, survivorId, "paper to keep"), merged: await side(db, mergedId, "duplicate") };
}
