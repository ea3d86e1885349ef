import { z } from "zod";
import type { Db } from "@commonplace/db";
import { clip, MAX_ABSTRACT_CHARS } from "@commonplace/formats";
import { resolvePaperId } from "../catalogue/redirect.ts";

/** A paper as the API shows it (tRPC and REST v1 share this shape). */
export const paperView = z.object({
  id: z.string(),
  title: z.string(),
  abstract: z.string().nullable(),
  authors: z.array(z.object({ name: z.string() })),
  year: z.number().int().nullable(),
  /** The publication day from the paper's source (YYYY-MM-DD), when known; `year` alone otherwise. */
  publishedAt: z.string().nullable(),
  /** When the paper was added to this server (ISO), distinct from its publication. */
  addedAt: z.string(),
  categories: z.array(z.string()),
  identifiers: z.object({ arxiv: z.string().nullable(), doi: z.string().nullable() }),
  links: z.array(z.object({ kind: z.string(), url: z.string() })),
  venue: z.string().nullable(),
  journalRef: z.string().nullable(),
  source: z.string(),
  version: z.number().int(),
  upvotes: z.number().int(),
  hasFullText: z.boolean(),
});
export type PaperView = z.infer<typeof paperView>;

export const paperWithText = paperView.extend({ fullText: z.string().nullable() });
export type PaperWithText = z.infer<typeof paperWithText>;

const linkSchema = z.array(z.object({ kind: z.string(), url: z.string() })).catch([]);

export async function getPaper(db: Db, id: string, options: { fullText?: boolean } = {}): Promise<PaperWithText | null> {
  const find = (paperId: string) =>
    db.paper.findUnique({
      where: { id: paperId },
      include: { authors: { orderBy: { position: "asc" }, include: { author: { select: { name: true } } } } },
    });
  // A merged paper's id leads to the paper it was merged into (the caller sees the survivor's id).
  const paper = (await find(id)) ?? (await find(await resolvePaperId(db, id)));
  if (!paper) return null;
  const links = linkSchema.parse(paper.links);
  if (paper.arxivId && !links.some((l) => l.kind === "abs")) links.unshift({ kind: "abs", url: `https://arxiv.org/abs/${paper.arxivId}` });
  if (paper.doi && !links.some((l) => l.kind === "doi")) links.push({ kind: "doi", url: `https://doi.org/${paper.doi}` });
  return {
    id: paper.id,
    title: paper.title,
    // Bounded on display too (rows stored before the ingest cap): a page never carries a megabyte abstract.
    abstract: paper.abstract === null ? null : clip(paper.abstract, MAX_ABSTRACT_CHARS),
    authors: paper.authors.map((a) => ({ name: a.author.name })),
    year: paper.year,
    publishedAt: paper.publishedAt?.toISOString().slice(0, 10) ?? null,
    addedAt: paper.createdAt.toISOString(),
    categories: paper.categories,
    identifiers: { arxiv: paper.arxivId, doi: paper.doi },
    links,
    venue: paper.venue,
    journalRef: paper.journalRef,
    source: paper.source,
    version: paper.latestVersion,
    upvotes: paper.upvoteCount,
    hasFullText: Boolean(paper.fullText),
    fullText: options.fullText ? paper.fullText : null,
  };
}
